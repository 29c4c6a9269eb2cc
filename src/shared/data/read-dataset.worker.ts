/**
 * Downloads, parses and validates the dataset index off the main thread (issue 4): at 10,000
 * events that is ~0.7 s of work the page would otherwise do while it is also evaluating the app,
 * and a busy main thread even slows the download (the body is read in its gaps). Here it runs on
 * the other core, in parallel with the app's start-up; the page receives the validated data as a
 * structured clone. See ./read-dataset.ts for the page's side.
 *
 * The schema (and zod) is imported dynamically so this entry is tiny: the download starts as
 * soon as the worker runs, and the schema is evaluated while the bytes arrive.
 */
import { fetchJson } from './fetch-json';
import { toWire, type DatasetReply, type DatasetRequest } from './read-dataset-wire';

const schema = import('./validate-dataset');

self.onmessage = async ({ data }: MessageEvent<DatasetRequest>) => {
  let reply: DatasetReply;
  try {
    const json = await fetchJson(data.url);
    const { validateDataset } = await schema;
    reply = { ok: true, dataset: validateDataset(json, data.url) };
  } catch (e) {
    reply = { ok: false, error: toWire(e) };
  }
  self.postMessage(reply);
};
