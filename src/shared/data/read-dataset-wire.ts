/** What the page and the dataset worker (./read-dataset.worker.ts) say to each other. */
import type { DatasetFile } from '../../schema/dataset';
import { DataLoadError, type DataErrorKind } from './errors';

/*
 * There is no request message: the dataset's URL is the worker's name (`new Worker(…, { name })`,
 * `self.name` inside). A message to a starting worker is handed over only once the page's main
 * thread is free again, i.e. after it has evaluated the app (~0.3–0.4 s here), and the download
 * waited for it; the worker reads its name as soon as its script runs.
 */

/** An Error subclass does not survive a structured clone as itself: send its fields. */
export interface WireError {
  kind: DataErrorKind | null;
  url: string;
  detail: string;
  status: number | undefined;
}

/** The index file as read and validated; the page unpacks it (a packed file is also quicker to clone). */
export type DatasetReply = { ok: true; file: DatasetFile } | { ok: false; error: WireError };

export function toWire(e: unknown): WireError {
  if (e instanceof DataLoadError) return { kind: e.kind, url: e.url, detail: e.detail, status: e.status };
  return { kind: null, url: '', detail: e instanceof Error ? e.message : String(e), status: undefined };
}

export function fromWire(w: WireError): Error {
  return w.kind === null ? new Error(w.detail) : new DataLoadError(w.kind, w.url, w.detail, w.status);
}
