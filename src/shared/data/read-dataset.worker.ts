/**
 * Downloads, parses and validates the dataset index off the main thread (issue 4): at 10,000
 * events that is ~0.7 s of work the page would otherwise do while it is also evaluating the app,
 * and a busy main thread even slows the download (the body is read in its gaps). Here it runs on
 * the other core, in parallel with the app's start-up; the page receives the validated data as a
 * structured clone. See ./read-dataset.ts for the page's side.
 *
 * The schema (and zod) is imported only once the request is out, so this entry is tiny and the
 * download starts as soon as the page's message arrives; evaluating the schema (~0.1–0.25 s here)
 * then overlaps the download instead of delaying the message (an import at the top level ran
 * before it).
 */
import { fetchJson } from './fetch-json';
import { toWire, type DatasetReply, type DatasetRequest } from './read-dataset-wire';

self.onmessage = async ({ data }: MessageEvent<DatasetRequest>) => {
  let reply: DatasetReply;
  try {
    const [json, { validateDataset }] = await Promise.all([fetchJson(data.url), import('./validate-dataset')]);
    reply = { ok: true, dataset: validateDataset(json, data.url) };
  } catch (e) {
    reply = { ok: false, error: toWire(e) };
  }
  self.postMessage(reply);
};
