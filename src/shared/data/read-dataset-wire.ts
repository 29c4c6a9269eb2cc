/** What the page and the dataset worker (./read-dataset.worker.ts) say to each other. */
import type { DatasetFile } from '../../schema/dataset';
import type { Lang } from '../url-state';
import { DataLoadError, type DataErrorKind } from './errors';

/**
 * What the worker is asked: there is no request message, it is the worker's name
 * (`new Worker(…, { name })`, `self.name` inside). A message to a starting worker is handed
 * over only once the page's main thread is free again, i.e. after it has evaluated the app
 * (~0.3–0.4 s here), and the download waited for it; the worker reads its name as soon as its
 * script runs.
 */
export interface WorkerBrief {
  /** The index file to read. */
  url: string;
  /** The page's language, whose locale data the worker loads while the index downloads. */
  lang: Lang | null;
}

export const toWorkerName = (brief: WorkerBrief): string => JSON.stringify(brief);

export function fromWorkerName(name: string): WorkerBrief {
  const brief = JSON.parse(name) as Partial<WorkerBrief>;
  if (typeof brief.url !== 'string') throw new Error(`dataset worker: no URL in its name ${name}`);
  return { url: brief.url, lang: brief.lang ?? null };
}

/** An Error subclass does not survive a structured clone as itself: send its fields. */
export interface WireError {
  kind: DataErrorKind | null;
  url: string;
  detail: string;
  status: number | undefined;
}

/** The index file as read and validated; the page unpacks it (a packed file is also quicker to clone). */
export type DatasetReply = { ok: true; file: DatasetFile } | { ok: false; error: WireError };

/** The worker's first message, before its reply: it runs (see src/app/main.tsx for why that matters). */
export const WORKER_STARTED = 'started';

export type WorkerMessage = typeof WORKER_STARTED | DatasetReply;

export function toWire(e: unknown): WireError {
  if (e instanceof DataLoadError) return { kind: e.kind, url: e.url, detail: e.detail, status: e.status };
  return { kind: null, url: '', detail: e instanceof Error ? e.message : String(e), status: undefined };
}

export function fromWire(w: WireError): Error {
  return w.kind === null ? new Error(w.detail) : new DataLoadError(w.kind, w.url, w.detail, w.status);
}
