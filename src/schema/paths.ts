/**
 * File names inside the compiled output; the app resolves them relative to its base URL.
 * Kept apart from ./dataset.ts (and zod) so the page's first script can name the dataset file
 * without evaluating the schema library first (src/app/main.tsx).
 *
 * Event details and article texts are grouped a few to a file, not one file each: at 10,000
 * articles one file per item was ~18,800 files, and creating them (and deleting the previous
 * ones) was a third of the compile's time (issue 4). A group is small enough to fetch when one of
 * its items is opened, and neighbours in time share a file, so stepping to the next event usually
 * finds its quotes already loaded.
 */

export const DATASET_FILE = 'timeline.json';
/** Where the app finds the dataset file, relative to its base URL (public/data is copied to data/). */
export const APP_DATASET_PATH = `data/${DATASET_FILE}`;
/** The folder of event details files, beside the dataset file. */
export const EVENT_DETAILS_DIR = 'events';
/** The folder of article text files, beside the dataset file. */
export const ARTICLE_TEXTS_DIR = 'sources';
/** Events per details file, in the index's order (date order). */
export const EVENTS_PER_DETAILS_FILE = 16;
/** Articles per text file, in corpus (file name) order. */
export const ARTICLES_PER_TEXT_FILE = 8;

/** The details file of the event at `position` in the index, relative to the dataset file. */
export function eventDetailsPath(position: number): string {
  return `${EVENT_DETAILS_DIR}/${Math.floor(position / EVENTS_PER_DETAILS_FILE)}.json`;
}

/**
 * The text file of the article at `order` in the corpus, relative to the dataset file. The app
 * does not compute it: each article's record carries it (`Source.textUrl`).
 */
export function articleTextPath(order: number): string {
  return `${ARTICLE_TEXTS_DIR}/${Math.floor(order / ARTICLES_PER_TEXT_FILE)}.json`;
}
