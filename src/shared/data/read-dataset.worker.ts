/**
 * Downloads, parses and validates the dataset index off the main thread (issue 4): at 10,000
 * events that is ~0.7 s of work the page would otherwise do while it is also evaluating the app,
 * and a busy main thread even slows the download (the body is read in its gaps). Here it runs on
 * the other core, in parallel with the app's start-up; the page receives the validated data as a
 * structured clone. See ./read-dataset.ts for the page's side.
 *
 * It starts at once: the URL is the worker's name (see ./read-dataset-wire.ts), not a message.
 * The schema (and zod) is imported only once the request is out, so this entry is tiny and
 * evaluating the schema (~0.1–0.25 s here) overlaps the download.
 */
import { fetchJson } from './fetch-json';
import type { Lang } from '../url-state';
import { warmLocaleData } from '../warm-up';
import { fromWorkerName, toWire, WORKER_STARTED, type DatasetReply, type WorkerMessage } from './read-dataset-wire';

/** Only ever a head start for the page, which makes the same objects itself if this failed. */
function warmUp(lang: Lang): void {
  try {
    warmLocaleData(lang);
  } catch {
    // the page pays for its locale data itself
  }
}

async function read(name: string): Promise<DatasetReply> {
  try {
    const { url, lang } = fromWorkerName(name);
    const json = fetchJson(url);
    const schema = import('./validate-dataset');
    // While the index downloads this thread has nothing to do: load the page's locale data.
    // ICU's caches are per process, so the page's first date formatter, collator and plural
    // rules then take ~1 ms each instead of ~50 ms (Chromium 156, this machine), and the first
    // paint, which needs them, comes that much sooner.
    if (lang) warmUp(lang);
    const [parsed, { validateDatasetFile }] = await Promise.all([json, schema]);
    return { ok: true, file: validateDatasetFile(parsed, url) };
  } catch (e) {
    return { ok: false, error: toWire(e) };
  }
}

const say = (message: WorkerMessage) => self.postMessage(message);
say(WORKER_STARTED);
void read(self.name).then(say);
