/**
 * The page's first script, inlined into index.html by the build (vite.config.ts,
 * `startWorkerInline`): it starts the dataset worker while the HTML is still being parsed, before
 * the entry script, its styles and the fonts have been downloaded (issue 4). Started from the
 * entry instead, the worker's script was requested ~0.3 s in on this 2-core machine, queued behind
 * those downloads, and the index with it. The entry (./main.tsx, via
 * ../shared/data/read-dataset.ts) adopts the worker and what it has said meanwhile; where this
 * script did not run (the dev server, an old browser, a failure here) the entry starts one itself.
 *
 * It is inlined as source text, so it must not import anything at run time (a type is erased):
 * what it needs comes as arguments.
 */
import type { InlineWorker } from '../shared/data/read-dataset';

export interface InlineStartOptions {
  /** The worker's script and the index file, relative to the document. */
  worker: string;
  dataset: string;
  /** The interface languages, the default first: the worker warms the page's locale data. */
  langs: readonly string[];
  /** Where the entry finds the worker (`INLINE_WORKER_GLOBAL`). */
  global: string;
}

export function startDatasetWorkerInline(options: InlineStartOptions): void {
  try {
    const url = new URL(options.dataset, document.baseURI).href;
    const asked = new URLSearchParams(window.location.search).get('lang');
    const lang = asked !== null && options.langs.includes(asked) ? asked : options.langs[0];
    // The same brief as `toWorkerName` (../shared/data/read-dataset-wire.ts; a test compares them).
    const worker = new Worker(new URL(options.worker, document.baseURI), {
      type: 'module',
      name: JSON.stringify({ url, lang }),
    });
    // Nobody listens yet: keep what the worker says until the entry takes it over.
    const events: InlineWorker['events'] = [];
    worker.onmessage = (event) => events.push(event);
    worker.onerror = (event) => {
      event.preventDefault();
      events.push(event);
    };
    const started: InlineWorker = { worker, url, events };
    (window as unknown as Record<string, InlineWorker>)[options.global] = started;
  } catch {
    // The entry starts the worker itself.
  }
}
