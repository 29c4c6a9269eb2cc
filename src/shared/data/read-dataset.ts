/**
 * The page's side of the dataset worker (./read-dataset.worker.ts): the index is downloaded,
 * parsed and validated on another thread and arrives here as a structured clone.
 * This module does not import the schema (nor zod), so the page's first script can start the
 * worker before the rest of the app is evaluated (src/app/main.tsx); the main-thread
 * fallback, for browsers or tests without workers, is in ./get-dataset.ts.
 */
import type { DatasetFile } from '../../schema/dataset';
import type { Lang } from '../url-state';
import { INLINE_WORKER_GLOBAL } from './inline-worker';
import { fromWire, toWorkerName, WORKER_STARTED, type WorkerMessage } from './read-dataset-wire';

/** The worker could not run (no Worker, its script failed to load): read on the main thread. */
export class WorkerUnavailable extends Error {
  constructor(detail: string) {
    super(`dataset worker unavailable: ${detail}`);
    this.name = 'WorkerUnavailable';
  }
}

interface ReadOptions {
  signal?: AbortSignal;
  /** Called once the worker runs. */
  onStarted?: () => void;
  /** The page's language: the worker loads its locale data while the index downloads. */
  lang?: Lang;
}

/**
 * The worker the page's inline first script (src/app/inline-start.ts) started, with what it has
 * said so far: nobody listened yet.
 */
export interface InlineWorker {
  worker: Worker;
  url: string;
  events: (MessageEvent<WorkerMessage> | ErrorEvent)[];
}

function takeInlineWorker(url: string): InlineWorker | null {
  const slot = globalThis as unknown as Record<string, InlineWorker | undefined>;
  const found = slot[INLINE_WORKER_GLOBAL];
  if (!found) return null;
  slot[INLINE_WORKER_GLOBAL] = undefined;
  if (found.url === url) return found;
  found.worker.terminate(); // it reads another file than the page wants
  return null;
}

export function readInWorker(url: string, options: ReadOptions = {}): Promise<DatasetFile> {
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  if (typeof Worker === 'undefined') return Promise.reject(new WorkerUnavailable('no Worker in this environment'));
  const worker = new Worker(new URL('./read-dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: toWorkerName({ url, lang: options.lang ?? null }), // its request (see ./read-dataset-wire.ts)
  });
  return listen(worker, [], options);
}

function listen(
  worker: Worker,
  past: readonly (MessageEvent<WorkerMessage> | ErrorEvent)[],
  { signal, onStarted }: ReadOptions,
): Promise<DatasetFile> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    const onMessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data === WORKER_STARTED) {
        onStarted?.();
        return;
      }
      done();
      if (data.ok) resolve(data.file);
      else reject(fromWire(data.error));
    };
    // The worker catches its own failures, so an error event means its script did not run.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      done();
      reject(new WorkerUnavailable(event.message || 'the worker script failed to load'));
    };
    worker.onmessage = onMessage;
    worker.onerror = onError;
    for (const event of past) {
      if ('data' in event) onMessage(event);
      else onError(event);
    }
  });
}

let early: { url: string; promise: Promise<DatasetFile> } | null = null;

/**
 * Starts reading the dataset at once; the first query for the same URL takes the result.
 * Resolves when the worker runs, or has failed to start.
 */
export function startReadingDataset(url: string, lang: Lang): Promise<void> {
  let started = () => {};
  const running = new Promise<void>((resolve) => (started = resolve));
  const inline = takeInlineWorker(url);
  const promise = inline
    ? listen(inline.worker, inline.events, { onStarted: started })
    : readInWorker(url, { onStarted: started, lang });
  promise.catch(() => started()); // the query that takes it reports the failure
  early = { url, promise };
  return running;
}

/** The early read of `url`, once: a retry after a failure reads afresh. */
export function takeEarlyDataset(url: string): Promise<DatasetFile> | null {
  if (early?.url !== url) return null;
  const { promise } = early;
  early = null;
  return promise;
}
