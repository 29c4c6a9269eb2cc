/**
 * File names inside the compiled output; the app resolves them relative to its base URL.
 * Kept apart from ./dataset.ts (and zod) so the page's first script can name the dataset file
 * without evaluating the schema library first (src/app/main.tsx).
 *
 * Event details and article texts are grouped a few to a file, not one file each: at 10,000
 * articles one file per item was ~18,800 files, and creating them (and deleting the previous
 * ones) was seconds of every compile and most of its run-to-run spread (issue 4). A group is small
 * enough to fetch when one of its items is opened (16 events: ~50 KB, ~5 KB gzip; 16 articles:
 * ~100 KB, ~20 KB gzip).
 *
 * 16 rather than 8: creating and deleting files is dear on a disk mounted with `discard` (this
 * machine's), and a recompile deletes the previous output. At 10,000 articles, 2,335 files made the
 * writer threads fall behind and the compile wait ~0.5–0.8 s for them at its end; with 1,168 the
 * whole compile took ~8% less (interleaved runs into an existing output folder).
 */

export const DATASET_FILE = 'timeline.json';
/** Where the app finds the dataset file, relative to its base URL (public/data is copied to data/). */
export const APP_DATASET_PATH = `data/${DATASET_FILE}`;
/** The folder of event details files, beside the dataset file. */
export const EVENT_DETAILS_DIR = 'events';
/** The folder of article text files, beside the dataset file. */
export const ARTICLE_TEXTS_DIR = 'sources';
/** Events per details file, on average (`eventDetailsPath`). */
export const EVENTS_PER_DETAILS_FILE = 16;
/** Articles per text file, in corpus (file name) order. */
export const ARTICLES_PER_TEXT_FILE = 16;

/** FNV-1a, 32 bits, over the UTF-16 code units of `s`. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The details file of an event, relative to the dataset file: one of ⌈events / 16⌉ files, chosen
 * by a hash of its id. A hash, not the event's place in date order: the oldest events are the
 * background that hundreds of articles cite (the Korean war: 540 excerpts), and sixteen of them in
 * one file made 2.5 MB to fetch and validate for whichever of them was opened.
 */
export function eventDetailsPath(eventId: string, eventCount: number): string {
  const files = Math.max(1, Math.ceil(eventCount / EVENTS_PER_DETAILS_FILE));
  return `${EVENT_DETAILS_DIR}/${fnv1a(eventId) % files}.json`;
}

/**
 * The text file of the article at `order` in the corpus, relative to the dataset file. The app
 * does not compute it: each article's record carries it (`Source.textUrl`).
 */
export function articleTextPath(order: number): string {
  return `${ARTICLE_TEXTS_DIR}/${Math.floor(order / ARTICLES_PER_TEXT_FILE)}.json`;
}
