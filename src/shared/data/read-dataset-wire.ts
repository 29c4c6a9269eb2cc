/** What the page and the dataset worker (./read-dataset.worker.ts) say to each other. */
import type { Dataset } from '../../schema/dataset';
import { DataLoadError, type DataErrorKind } from './errors';

export interface DatasetRequest {
  url: string;
}

/** An Error subclass does not survive a structured clone as itself: send its fields. */
export interface WireError {
  kind: DataErrorKind | null;
  url: string;
  detail: string;
  status: number | undefined;
}

export type DatasetReply = { ok: true; dataset: Dataset } | { ok: false; error: WireError };

export function toWire(e: unknown): WireError {
  if (e instanceof DataLoadError) return { kind: e.kind, url: e.url, detail: e.detail, status: e.status };
  return { kind: null, url: '', detail: e instanceof Error ? e.message : String(e), status: undefined };
}

export function fromWire(w: WireError): Error {
  return w.kind === null ? new Error(w.detail) : new DataLoadError(w.kind, w.url, w.detail, w.status);
}
