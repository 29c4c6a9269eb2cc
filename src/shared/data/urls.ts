import { APP_DATASET_PATH, eventDetailsPath } from '../../schema/paths';

/**
 * Where timeline.json is, resolved against Vite's base and the document's base URL, so the site
 * works at the host root, under a sub-path (`vite build --base=/khatt/`) and with the default
 * relative base (`./`) on any static host.
 */
export function datasetUrl(base: string = import.meta.env.BASE_URL, documentBase: string = document.baseURI): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}${APP_DATASET_PATH}`, documentBase).href;
}

/**
 * An article text's URL: `textUrl` is relative to the dataset file. A dataset pointing the app at
 * another origin is refused here (the CSP would block it anyway; this gives a clear message).
 */
export function articleUrl(textUrl: string, datasetHref: string): string {
  const url = new URL(textUrl, datasetHref);
  if (url.origin !== new URL(datasetHref).origin)
    throw new Error(`refusing article text from another origin: ${url.href}`);
  return url.href;
}

/** The details file of an event of a dataset of `eventCount` events, beside the dataset file. */
export function eventDetailsUrl(eventId: string, eventCount: number, datasetHref: string): string {
  return new URL(eventDetailsPath(eventId, eventCount), datasetHref).href;
}
