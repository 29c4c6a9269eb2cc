/**
 * A compile worker (see parallel.ts): phase A reads and prepares the files it claims, phase B
 * finishes them once the main thread says which lines repeat across the corpus.
 */
import { workerData } from 'node:worker_threads';
import { finishArticle, readArticle, type ReadOutcome } from './article';
import { loadGazetteer } from './entities';
import { BATCH, claimAndPrepare, type FromWorker, type ToWorker, type WorkerData } from './parallel';

const data = workerData as WorkerData;
const { port, posted } = data;

function post(m: FromWorker): void {
  port.postMessage(m);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

try {
  const gazetteer = loadGazetteer();
  const indices: number[] = [];
  const reads: ReadOutcome[] = [];
  const keys: (string[] | null)[] = [];
  claimAndPrepare(data, (i, read, p) => {
    Atomics.add(posted, 1, 1);
    indices.push(i);
    reads.push(read);
    keys.push(p?.keys ?? null);
  });
  post({ kind: 'read', indices, reads: reads.map(({ text: _, ...rest }) => rest), keys });
  keys.length = 0;

  port.once('message', (m: ToWorker) => {
    try {
      const repeated = new Set(m.keys);
      type Batch = Extract<FromWorker, { kind: 'finished' }>;
      const emptyBatch = (): Batch => ({ kind: 'finished', indices: [], texts: [], articles: [] });
      let batch = emptyBatch();
      /** Finish article `i` into the batch, and send the batch once it is full. */
      const finish = (i: number, text: string) => {
        batch.indices.push(i);
        batch.texts.push(text);
        batch.articles.push(finishArticle(text, repeated, data.entries[i], gazetteer));
        Atomics.add(posted, 1, 1);
        if (batch.indices.length >= BATCH) {
          post(batch);
          batch = emptyBatch();
        }
      };
      // Its own articles, in the order it reported them (the main thread may take some: see
      // WorkerData.ownClaims), then help the main thread with the pool.
      const own = reads.flatMap((r, k) => (r.text === undefined ? [] : [k]));
      for (let c = Atomics.add(data.ownClaims, 0, 1); c < own.length; c = Atomics.add(data.ownClaims, 0, 1)) {
        const k = own[c]!;
        const text = reads[k]!.text!;
        // The worker's copy is not needed once sent back.
        reads[k] = { warnings: [] };
        finish(indices[k]!, text);
      }
      const { pool } = m;
      for (
        let k = Atomics.add(data.poolClaims, 0, 1);
        k < pool.indices.length;
        k = Atomics.add(data.poolClaims, 0, 1)
      ) {
        const i = pool.indices[k]!;
        // Read again here (see ToWorker). A file that cannot be read now is left out: the main
        // thread finishes what no worker sent back from its own copy of the text.
        const { text } = readArticle(data.seedsDir, data.files[i]!);
        if (text !== undefined) finish(i, text);
      }
      if (batch.indices.length > 0) post(batch);
      post({ kind: 'done' });
    } catch (e) {
      post({ kind: 'error', message: String((e as Error).stack ?? e) });
    }
  });
} catch (e) {
  post({ kind: 'error', message: String((e as Error).stack ?? e) });
}
