import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, toDatasetFile, type DatasetFile } from '../../schema/dataset';
import { DataLoadError } from './errors';
import { datasetQueryOptions } from './get-dataset';
import { readInWorker, startReadingDataset, takeEarlyDataset, WorkerUnavailable } from './read-dataset';
import { INLINE_WORKER_GLOBAL } from './inline-worker';
import { fromWorkerName, toWorkerName } from './read-dataset-wire';

const URL_ = 'http://127.0.0.1/data/timeline.json';
const file: DatasetFile = toDatasetFile({ schemaVersion: SCHEMA_VERSION, actors: [], places: [], events: [] });

function serve(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/**
 * A Worker that runs the real worker module (./read-dataset.worker.ts) in this process: Node has
 * no DOM Worker. Messages cross as structured clones, as between threads.
 */
class InProcessWorker {
  static created: InProcessWorker[] = [];
  /** Module evaluations still to come: a test waits for its workers to have sent their request. */
  static started: Promise<unknown>[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    InProcessWorker.created.push(this);
    this.start();
  }

  /** Runs the worker module with its own `self`: its name, and a postMessage back to this side. */
  protected start(): void {
    const scope = {
      name: this.options.name ?? '',
      postMessage: (reply: unknown) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) });
      },
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    InProcessWorker.started.push(import('./read-dataset.worker'));
  }

  postMessage(): void {
    throw new Error('the dataset worker takes no messages: its URL is its name');
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A Worker whose script never runs (a 404, a CSP refusal). */
class BrokenWorker extends InProcessWorker {
  protected override start(): void {
    queueMicrotask(() => this.onerror?.({ message: '', preventDefault: () => undefined }));
  }
}

/** What the page's inline first script (src/app/inline-start.ts) leaves: a worker nobody listened to yet. */
function startInline(WorkerClass: typeof InProcessWorker, url = URL_) {
  const events: unknown[] = [];
  const worker = new WorkerClass(new URL('http://127.0.0.1/assets/read-dataset.worker-abc.js'), {
    type: 'module',
    name: toWorkerName({ url, lang: 'ar' }),
  });
  worker.onmessage = (event) => events.push(event);
  worker.onerror = (event) => events.push(event);
  vi.stubGlobal(INLINE_WORKER_GLOBAL, { worker, url, events });
  return { worker, events };
}

afterEach(async () => {
  await Promise.all(InProcessWorker.started);
  vi.unstubAllGlobals();
  InProcessWorker.created = [];
  InProcessWorker.started = [];
});

describe('readInWorker', () => {
  it('gets the validated dataset from a module worker, which is then terminated', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    serve(file);
    await expect(readInWorker(URL_)).resolves.toEqual(file);
    const [worker] = InProcessWorker.created;
    expect(worker?.url.pathname).toMatch(/read-dataset\.worker\.ts$/);
    expect(worker?.options).toMatchObject({ type: 'module', name: JSON.stringify({ url: URL_, lang: null }) });
    expect(worker?.terminated).toBe(true);
  });

  it('rebuilds the worker’s DataLoadError on this side', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    serve('gone', 404);
    const error = await readInWorker(URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ kind: 'http', status: 404, url: URL_ });

    serve({ ...file, schemaVersion: 1 });
    expect(await readInWorker(URL_).catch((e: unknown) => e)).toMatchObject({ kind: 'invalid' });
  });

  it('says the worker is unavailable when its script does not run, or there are no workers', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    await expect(readInWorker(URL_)).rejects.toBeInstanceOf(WorkerUnavailable);
    vi.stubGlobal('Worker', undefined);
    await expect(readInWorker(URL_)).rejects.toBeInstanceOf(WorkerUnavailable);
  });

  it('stops the worker when the read is aborted', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    serve(file);
    const controller = new AbortController();
    const read = readInWorker(URL_, { signal: controller.signal });
    controller.abort(new Error('left the page'));
    await expect(read).rejects.toThrow('left the page');
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });
});

describe('the dataset query and the early read', () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('takes the read started before the app, once; a later query reads afresh', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const fetch = serve(file);
    startReadingDataset(URL_, 'ar');
    expect(takeEarlyDataset('http://127.0.0.1/other.json')).toBeNull();
    const index = await client().fetchQuery(datasetQueryOptions(URL_));
    expect(index.events).toEqual([]);
    expect(InProcessWorker.created).toHaveLength(1);
    expect(takeEarlyDataset(URL_)).toBeNull();

    await client().fetchQuery(datasetQueryOptions(URL_));
    expect(InProcessWorker.created).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says when the worker runs, or has failed to start; the worker is told the language', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    serve(file);
    await expect(startReadingDataset(URL_, 'en')).resolves.toBeUndefined();
    expect(fromWorkerName(InProcessWorker.created[0]!.options.name!)).toEqual({ url: URL_, lang: 'en' });
    await takeEarlyDataset(URL_);

    vi.stubGlobal('Worker', BrokenWorker);
    await expect(startReadingDataset(URL_, 'ar')).resolves.toBeUndefined();
    await expect(takeEarlyDataset(URL_)).rejects.toBeInstanceOf(WorkerUnavailable);
  });

  it('takes over the worker the inline first script started, with what it said before', async () => {
    const fetch = serve(file);
    const { worker, events } = startInline(InProcessWorker);
    await Promise.all(InProcessWorker.started);
    await vi.waitFor(() => expect(events).toHaveLength(2)); // "started", then the reply
    vi.stubGlobal('Worker', InProcessWorker);
    await expect(startReadingDataset(URL_, 'ar')).resolves.toBeUndefined();
    await expect(takeEarlyDataset(URL_)).resolves.toEqual(file);
    expect(InProcessWorker.created).toEqual([worker]);
    expect(worker.terminated).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((globalThis as Record<string, unknown>)[INLINE_WORKER_GLOBAL]).toBeUndefined();
  });

  it('listens to an inline worker still at work', async () => {
    serve(file);
    const { worker } = startInline(InProcessWorker);
    const running = startReadingDataset(URL_, 'ar');
    await expect(running).resolves.toBeUndefined();
    await expect(takeEarlyDataset(URL_)).resolves.toEqual(file);
    expect(InProcessWorker.created).toEqual([worker]);
  });

  it('reads itself when the inline worker failed to load, or reads another file', async () => {
    startInline(BrokenWorker);
    await new Promise((resolve) => setTimeout(resolve, 0)); // its error event has fired
    await expect(startReadingDataset(URL_, 'ar')).resolves.toBeUndefined();
    await expect(takeEarlyDataset(URL_)).rejects.toBeInstanceOf(WorkerUnavailable);

    serve(file);
    const { worker: other } = startInline(InProcessWorker, 'http://127.0.0.1/other/timeline.json');
    vi.stubGlobal('Worker', InProcessWorker);
    startReadingDataset(URL_, 'ar');
    await expect(takeEarlyDataset(URL_)).resolves.toEqual(file);
    expect(other.terminated).toBe(true);
    expect(InProcessWorker.created).toHaveLength(3); // the broken one, the other file's, and the page's own
  });

  it('reads on the main thread when the worker cannot run', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const fetch = serve(file);
    const index = await client().fetchQuery(datasetQueryOptions(URL_));
    expect(index.url).toBe(URL_);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
