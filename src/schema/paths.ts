/**
 * File names inside the compiled output; the app resolves them relative to its base URL.
 * Kept apart from ./dataset.ts (and zod) so the page's first script can name the dataset file
 * without evaluating the schema library first (src/app/main.tsx).
 */

export const DATASET_FILE = 'timeline.json';
/** Where the app finds the dataset file, relative to its base URL (public/data is copied to data/). */
export const APP_DATASET_PATH = `data/${DATASET_FILE}`;
/** The folder of event details files, beside the dataset file. */
export const EVENT_DETAILS_DIR = 'events';

/** Where an event's details file is, relative to the dataset file. */
export function eventDetailsPath(eventId: string): string {
  return `${EVENT_DETAILS_DIR}/${eventId}.json`;
}
