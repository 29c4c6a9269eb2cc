/**
 * The page's entry: the styles, the dataset worker, then the app (./boot.tsx).
 *
 * The app is loaded only once the worker runs (issue 4). A dedicated worker's thread is started
 * through the page's main thread: while that thread evaluates and renders the app (~0.3–0.5 s on a
 * 2-core machine) the worker waits, and with it the download, parsing and validation of the
 * index, which is what the first paint of a large dataset waits for. In a build the worker has
 * usually been started already, by an inline script at the top of index.html (./inline-start.ts),
 * and is adopted here. The worker says it has started; the app is fetched meanwhile (index.html
 * preloads it: vite.config.ts), so the wait costs the app a few tens of ms. A worker that cannot
 * start, or is slow to, does not hold it back: the read then fails over to the main thread
 * (../shared/data/get-dataset.ts).
 */
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '../shared/ui/event-types.css';
import './styles.css';

import { startReadingDataset } from '../shared/data/read-dataset';
import { datasetUrl } from '../shared/data/urls';
import { parseUrlState } from '../shared/url-state';

/** How long the app waits for the worker at most: a worker usually starts in 0.05–0.2 s here. */
const WORKER_START_WAIT_MS = 400;

// The timeline engine's chunk too, now rather than once the app has been evaluated: the chart is
// built while the index is read (./Explorer.tsx), and evaluating the chunk fills the wait below.
import('../features/timeline/Timeline').catch(() => undefined); // ./Explorer.tsx reports a failure

await Promise.race([
  startReadingDataset(datasetUrl(), parseUrlState(window.location.search).state.lang),
  new Promise((resolve) => setTimeout(resolve, WORKER_START_WAIT_MS)),
]);
await import('./boot');
