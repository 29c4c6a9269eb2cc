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
import { toWire, type DatasetReply } from './read-dataset-wire';

async function read(url: string): Promise<DatasetReply> {
  try {
    const [json, { validateDatasetFile }] = await Promise.all([fetchJson(url), import('./validate-dataset')]);
    return { ok: true, file: validateDatasetFile(json, url) };
  } catch (e) {
    return { ok: false, error: toWire(e) };
  }
}

void read(self.name).then((reply) => self.postMessage(reply));
