/**
 * A compile worker (see parallel.ts): phase A reads and prepares the files it claims, phase B
 * finishes them once the main thread says which lines repeat across the corpus.
 */
import { workerData } from 'node:worker_threads';
import type { PreparedArticle, ReadOutcome } from './article';
import { finishArticle, prepareArticle } from './article';
import { loadGazetteer } from './entities';
import { BATCH, claimAndPrepare, type FromWorker, type ToWorker, type WorkerData } from './parallel';

const data = workerData as WorkerData;
const { port, posted } = data;

function post(m: FromWorker): void {
  port.postMessage(m);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

console.error('worker ready at', ((performance.timeOrigin + performance.now()) % 100000) | 0);
try {
  const gazetteer = loadGazetteer();
  const indices: number[] = [];
  const reads: ReadOutcome[] = [];
  const prepared: (PreparedArticle | null)[] = [];
  claimAndPrepare(data, (i, read, p) => {
    indices.push(i);
    reads.push(read);
    prepared.push(p);
  });
  post({
    kind: 'read',
    indices,
    reads: reads.map(({ text: _, ...rest }) => rest),
    keys: prepared.map((p) => p?.keys ?? null),
  });

  port.once('message', (m: ToWorker) => {
    try {
      const repeated = new Set(m.keys);
      let batch: Extract<FromWorker, { kind: 'finished' }> = { kind: 'finished', indices: [], texts: [], articles: [] };
      indices.forEach((i, k) => {
        const p = prepared[k];
        const text = reads[k]!.text;
        if (!p || text === undefined) return;
        batch.indices.push(i);
        batch.texts.push(text);
        batch.articles.push(finishArticle(text, p, repeated, data.entries[i], gazetteer));
        prepared[k] = null;
        if (batch.indices.length >= BATCH) {
          post(batch);
          batch = { kind: 'finished', indices: [], texts: [], articles: [] };
        }
      });
      // Then help the main thread with what it read beyond its share.
      const { pool } = m;
      for (
        let k = Atomics.add(data.poolClaims, 0, 1);
        k < pool.indices.length;
        k = Atomics.add(data.poolClaims, 0, 1)
      ) {
        const i = pool.indices[k]!;
        const text = pool.texts[k]!;
        batch.indices.push(i);
        batch.texts.push(text);
        batch.articles.push(finishArticle(text, prepareArticle(text), repeated, data.entries[i], gazetteer));
        if (batch.indices.length >= BATCH) {
          post(batch);
          batch = { kind: 'finished', indices: [], texts: [], articles: [] };
        }
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
