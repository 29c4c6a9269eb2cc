import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../i18n/resources';
import { INLINE_WORKER_GLOBAL } from '../shared/data/inline-worker';
import { toWorkerName } from '../shared/data/read-dataset-wire';
import { APP_DATASET_PATH } from '../schema/paths';
import { datasetUrl } from '../shared/data/urls';
import { parseUrlState } from '../shared/url-state';
import { startDatasetWorkerInline } from './inline-start';

const PAGE = 'http://127.0.0.1:4173/khatt/';

class RecordingWorker {
  static made: RecordingWorker[] = [];
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    RecordingWorker.made.push(this);
  }
}

function runAt(search: string) {
  vi.stubGlobal('document', { baseURI: PAGE });
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('location', { search });
  vi.stubGlobal('Worker', RecordingWorker);
  startDatasetWorkerInline({
    worker: './assets/read-dataset.worker-abc.js',
    dataset: `./${APP_DATASET_PATH}`, // as vite.config.ts passes it
    langs: LANGUAGES,
    global: INLINE_WORKER_GLOBAL,
  });
  return (globalThis as Record<string, unknown>)[INLINE_WORKER_GLOBAL] as
    { worker: RecordingWorker; url: string; events: unknown[] } | undefined;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>)[INLINE_WORKER_GLOBAL];
  RecordingWorker.made = [];
});

describe('the inline first script', () => {
  it.each(['', '?lang=en', '?lang=ar', '?lang=fr', '?event=x&lang=en&actors=a'])(
    'asks the worker what the entry would ask, at %j',
    (search) => {
      const started = runAt(search);
      const url = datasetUrl('./', PAGE);
      expect(started?.url).toBe(url);
      expect(started?.worker.options).toEqual({
        type: 'module',
        name: toWorkerName({ url, lang: parseUrlState(search).state.lang }),
      });
      expect(started?.worker.url.href).toBe(`${PAGE}assets/read-dataset.worker-abc.js`);
    },
  );

  it('keeps what the worker says until the entry takes it over, and keeps load errors quiet', () => {
    const started = runAt('');
    const worker = started!.worker;
    worker.onmessage?.({ data: 'started' });
    const error = { preventDefault: vi.fn() };
    worker.onerror?.(error);
    expect(started?.events).toEqual([{ data: 'started' }, error]);
    expect(error.preventDefault).toHaveBeenCalled();
  });

  it('leaves nothing behind when it cannot start a worker; the entry then starts one', () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('document', { baseURI: PAGE });
    startDatasetWorkerInline({ worker: 'w.js', dataset: 'd.json', langs: LANGUAGES, global: INLINE_WORKER_GLOBAL });
    expect((globalThis as Record<string, unknown>)[INLINE_WORKER_GLOBAL]).toBeUndefined();
  });
});
