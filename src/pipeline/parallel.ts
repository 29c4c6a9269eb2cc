/**
 * The per-article work of a compile (article.ts), in the main thread and, for a large corpus, in
 * worker threads as well: reading, segmenting and analysing are two thirds of a compile and need
 * no other article, except for one corpus-wide fact, which lines repeat across articles. So it runs
 * in two phases with a barrier between them:
 *
 *   A. each thread claims chunks of files (an atomic counter, so a worker that starts late just
 *      takes fewer), reads them and computes their lines' features; the workers send back the
 *      keys of their lines and any file that could not be read;
 *   B. the main thread finds the repeated lines and sends them out; each thread finishes the
 *      articles it read and the workers send those back. A thread that runs out of work takes
 *      from the others: the workers from what the main thread read beyond its share (the pool),
 *      the main thread from what the workers have not started (reading those files again).
 *
 * compileCorpus stays synchronous (tests, and callers that are not async, use it as it is): the
 * main thread blocks on an Atomics counter the workers bump after each message and takes the
 * messages with receiveMessageOnPort. Results are placed by file index and every article is
 * compiled by the same pure code wherever it runs, so the output never depends on scheduling.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import {
  finishArticle,
  prepareArticle,
  readArticle,
  type FinishedArticle,
  type PreparedArticle,
  type ReadOutcome,
} from './article';
import type { CompileOptions } from './compile';
import type { Gazetteer } from './entities';
import type { ManifestEntry } from './manifest';
import { findRepeatedKeys } from './segment';

/** One file of the corpus, compiled as far as it can be alone. */
export interface CompiledArticle {
  read: ReadOutcome;
  /** Null when the file was not read (failed or skipped). */
  article: FinishedArticle | null;
}

/**
 * Below this many files a worker does not pay: starting one (a fresh V8, tsx, the gazetteer) and
 * warming its JIT, and sending its results back (about a tenth of what compiling them costs), ate
 * the gain. compileCorpus on two cores, with a worker vs without: 1,000 articles 3.0 s vs 2.8 s,
 * 2,000 even, 3,000 7.1 s vs 7.7 s, 10,000 18.8 s vs 26.4 s.
 */
export const WORKERS_FROM = 2000;
/** Files claimed at a time in phase A: small enough to share evenly, big enough to be cheap. */
const CHUNK = 16;
/** Articles per message in phase B, so no single structured clone holds half the corpus. */
export const BATCH = 250;
/**
 * A worker that neither posts nor reads or finishes an article for this long is given up on and the
 * main thread compiles its articles (an article takes milliseconds; starting takes a second or two).
 */
const SILENCE_MS = 60_000;

// ------------------------------------------------------------------------------------------------
// Messages

export interface WorkerData {
  port: MessagePort;
  /** [0]: the next file index to claim, shared by every thread. */
  claims: Int32Array;
  /** [0]: the next article of the phase-B pool to claim (see ToWorker), shared by every thread. */
  poolClaims: Int32Array;
  /**
   * [0]: the next of this worker's own articles (those it read, in the order it reported them) to
   * finish. The worker takes them in turn; once the pool is empty the main thread takes them too,
   * reading the file again (cheaper than waiting for a worker that fell behind).
   */
  ownClaims: Int32Array;
  /**
   * [0]: messages this worker has posted (the main thread sleeps on it); [1]: articles it has
   * read or finished, a heartbeat (a worker that dies — out of memory, say — posts nothing more).
   */
  posted: Int32Array;
  seedsDir: string;
  files: readonly string[];
  /** Manifest entries of the files, by index. */
  entries: (ManifestEntry | undefined)[];
}

export type FromWorker =
  /** Phase A: every file the worker claimed; the texts stay in the worker until phase B. */
  | { kind: 'read'; indices: number[]; reads: Omit<ReadOutcome, 'text'>[]; keys: (string[] | null)[] }
  | { kind: 'finished'; indices: number[]; texts: string[]; articles: FinishedArticle[] }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/**
 * The repeated lines, and the pool: articles the main thread read in phase A beyond its share
 * (it reads alone while the workers start). Every thread finishes its own articles, then claims
 * from the pool until it is empty, so all finish at about the same time. A worker reads a pool
 * article's file again: it claims only the pool's last few, and sending every pool text (a
 * fifth of the corpus) held both threads at the barrier, ~0.1 s each at 10,000 articles (the main
 * thread serialising, the worker deserialising before it could start).
 */
export type ToWorker = { kind: 'repeated'; keys: string[]; pool: { indices: number[] } };

// ------------------------------------------------------------------------------------------------
// The work itself, shared by the main thread and the workers

/** Phase A: claim chunks of files until none are left; read them and analyse their lines. */
export function claimAndPrepare(
  data: Pick<WorkerData, 'claims' | 'seedsDir' | 'files'>,
  onArticle: (index: number, read: ReadOutcome, prepared: PreparedArticle | null) => void,
): void {
  const { claims, files, seedsDir } = data;
  for (let i = Atomics.add(claims, 0, CHUNK); i < files.length; i = Atomics.add(claims, 0, CHUNK))
    for (let k = i; k < Math.min(i + CHUNK, files.length); k++) {
      const read = readArticle(seedsDir, files[k]!);
      onArticle(k, read, read.text === undefined ? null : prepareArticle(read.text));
    }
}

// ------------------------------------------------------------------------------------------------
// Main thread

/** Who does what when there are workers; the defaults share everything (tests pin the roles). */
export interface Roles {
  /** The main thread reads files in phase A too. */
  mainReads?: boolean;
  /** The main thread finishes articles in phase B too (else its reads all go to the pool). */
  mainFinishes?: boolean;
  /** Once the pool is empty, the main thread finishes workers' own articles too. */
  mainHelps?: boolean;
}

export const lastRun = { workers: 0, finishedInWorkers: 0 };

/**
 * Called with each file's result in file order, as soon as it and every file before it are
 * compiled (on the main thread, between articles): the corpus-wide work can start meanwhile.
 */
export type OnCompiled = (index: number, compiled: CompiledArticle) => void;

/** How many worker threads a compile of `files` articles starts (`CompileOptions.workers`). */
export function workerCount(mode: CompileOptions['workers'] = 'auto', files: number): number {
  const threads = Math.min(availableParallelism(), 8);
  return mode === 'never' || (mode === 'auto' && (threads < 2 || files < WORKERS_FROM)) ? 0 : Math.max(1, threads - 1);
}

export function compileArticles(
  opts: CompileOptions,
  gazetteer: Gazetteer,
  roles: Roles = {},
  onCompiled: OnCompiled = () => {},
): CompiledArticle[] {
  const count = workerCount(opts.workers, opts.files.length);
  lastRun.workers = count;
  lastRun.finishedInWorkers = 0;
  return count === 0
    ? compileInProcess(opts, gazetteer, onCompiled)
    : compileWithWorkers(opts, gazetteer, count, roles, onCompiled);
}

function compileInProcess(opts: CompileOptions, gazetteer: Gazetteer, onCompiled: OnCompiled): CompiledArticle[] {
  const n = opts.files.length;
  const reads: ReadOutcome[] = new Array(n);
  const keys: string[][] = [];
  claimAndPrepare({ claims: new Int32Array(1), seedsDir: opts.seedsDir, files: opts.files }, (i, r, p) => {
    reads[i] = r;
    if (p) keys.push(p.keys);
  });
  const repeated = findRepeatedKeys(keys);
  const total = keys.length;
  keys.length = 0;
  let done = 0;
  return reads.map((read, i) => {
    let compiled: CompiledArticle = { read, article: null };
    if (read.text !== undefined) {
      compiled = { read, article: finishArticle(read.text, repeated, opts.manifest?.get(opts.files[i]!), gazetteer) };
      opts.onProgress?.(++done, total);
    }
    onCompiled(i, compiled);
    return compiled;
  });
}

interface Handle {
  worker: Worker;
  port: MessagePort;
  posted: Int32Array;
  ownClaims: Int32Array;
  /** The articles the worker read (with a text), in the order of its ownClaims. */
  own: number[];
  /** Messages taken so far (the worker's counter says how many were posted). */
  taken: number;
  failed: boolean;
  /** Its 'done' was taken: nothing more will come. */
  ended: boolean;
}

/**
 * A worker keeps little alive (its texts, one batch of results), but V8 lets a heap grow far past
 * that before collecting: capped, the 10,000-article compile stays under 1 GB with a worker beside
 * the main thread. The cap grows with the corpus (10 KB an article over 256 MB).
 */
function heapLimit(files: number): { maxOldGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: 256 + Math.ceil(files / 100) };
}

/**
 * How to start a worker. Bundled (`npm run compile`: scripts/compile.mjs), the worker's bundle
 * lies beside this one as worker.mjs. From the TypeScript sources (vitest, `tsx cli.ts`), its .ts
 * entry needs tsx's loader: its require hook rather than its ESM loader, which starts a hooks
 * thread and resolves every import through it (a second of CPU per worker; the hook about half).
 * Either way a failure to load is posted like any other error, so the main thread, which blocks
 * while it waits, never waits in vain (a missing bundle otherwise hung it for SILENCE_MS).
 */
function startWorker(data: WorkerData): Worker {
  const here = import.meta.url;
  const load = here.endsWith('.ts')
    ? `require(${JSON.stringify(createRequire(here).resolve('tsx/cjs/api'))}).register();
       require(${JSON.stringify(fileURLToPath(new URL('./worker.ts', here)))});`
    : `import(${JSON.stringify(new URL('./worker.mjs', here).href)}).catch(fail);`;
  const boot = `
    const { workerData } = require('node:worker_threads');
    const fail = (e) => {
      workerData.port.postMessage({ kind: 'error', message: String((e && e.stack) || e) });
      Atomics.add(workerData.posted, 0, 1);
      Atomics.notify(workerData.posted, 0);
    };
    try {
      ${load}
    } catch (e) {
      fail(e);
    }`;
  // Without the parent's loader flags: the bootstrap registers tsx itself, only once.
  return new Worker(boot, {
    eval: true,
    workerData: data,
    transferList: [data.port],
    execArgv: [],
    resourceLimits: heapLimit(data.files.length),
  });
}

/** Stop using a worker that failed; the main thread compiles whatever it did not send back. */
function giveUp(h: Handle, why: string): null {
  process.emitWarning(`compile worker ${why}; its articles are compiled in the main thread`);
  h.failed = true;
  void h.worker.terminate();
  return null;
}

/** The worker's next message, blocking until it comes; null if it failed or fell silent. */
function next(h: Handle): FromWorker | null {
  if (h.failed) return null;
  let deadline = Date.now() + SILENCE_MS;
  let beat = Atomics.load(h.posted, 1);
  for (;;) {
    const posted = Atomics.load(h.posted, 0);
    if (Atomics.load(h.posted, 1) !== beat) {
      beat = Atomics.load(h.posted, 1);
      deadline = Date.now() + SILENCE_MS;
    }
    const m = receiveMessageOnPort(h.port);
    if (m) {
      h.taken++;
      const msg = m.message as FromWorker;
      if (msg.kind === 'error') return giveUp(h, `failed (${msg.message})`);
      return msg;
    }
    if (Date.now() > deadline) return giveUp(h, 'fell silent');
    // Posted but not yet delivered to the port: look again at once; else sleep until it posts.
    if (posted === h.taken) Atomics.wait(h.posted, 0, posted, 1000);
  }
}

function compileWithWorkers(
  opts: CompileOptions,
  gazetteer: Gazetteer,
  count: number,
  { mainReads = true, mainFinishes = true, mainHelps = true }: Roles,
  onCompiled: OnCompiled,
): CompiledArticle[] {
  const { files, seedsDir } = opts;
  const n = files.length;
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const poolClaims = new Int32Array(new SharedArrayBuffer(4));
  const entries = files.map((f) => opts.manifest?.get(f));
  const handles: Handle[] = [];
  for (let w = 0; w < count; w++) {
    const { port1, port2 } = new MessageChannel();
    const posted = new Int32Array(new SharedArrayBuffer(8));
    const ownClaims = new Int32Array(new SharedArrayBuffer(4));
    const worker = startWorker({ port: port2, claims, poolClaims, ownClaims, posted, seedsDir, files, entries });
    // Never keep the process alive for a worker: compileCorpus ends them before it returns.
    worker.unref();
    handles.push({ worker, port: port1, posted, ownClaims, own: [], taken: 0, failed: false, ended: false });
  }

  const reads: (ReadOutcome | undefined)[] = new Array(n);
  const keys: (readonly string[] | undefined)[] = new Array(n);
  const results: (FinishedArticle | null)[] = new Array(n).fill(null);
  const mine: number[] = [];
  try {
    // Phase A, in this thread as well while the workers start.
    if (mainReads)
      claimAndPrepare({ claims, seedsDir, files }, (i, read, p) => {
        reads[i] = read;
        if (p) {
          keys[i] = p.keys;
          mine.push(i);
        }
      });
    for (const h of handles) {
      const m = next(h);
      if (m?.kind !== 'read') continue;
      m.indices.forEach((i, k) => {
        reads[i] = m.reads[k]!;
        const ks = m.keys[k];
        if (ks) {
          keys[i] = ks;
          h.own.push(i);
        }
      });
    }
    // A worker that failed in phase A may have claimed files it never reported: read them here.
    for (let i = 0; i < n; i++) {
      if (reads[i] !== undefined) continue;
      const read = readArticle(seedsDir, files[i]!);
      reads[i] = read;
      if (read.text === undefined) continue;
      keys[i] = prepareArticle(read.text).keys;
      mine.push(i);
    }

    // The barrier: which lines repeat across the corpus (file order, as findRepeatedLines).
    const repeated = findRepeatedKeys(keys.filter((k) => k !== undefined));
    const repeatedList = [...repeated];
    // Which files were read; their keys are not needed any more (a corpus's worth of lines).
    const wasRead = Array.from(keys, (k) => k !== undefined);
    keys.length = 0;
    mine.sort((x, y) => x - y);
    const readCount = wasRead.filter(Boolean).length;
    // Keep a share that this thread finishes for sure, pool the rest.
    const keep = mainFinishes ? Math.min(mine.length, Math.floor(readCount / (count + 1) / 2)) : 0;
    const pool = mine.slice(keep);
    for (const h of handles)
      if (!h.failed)
        h.port.postMessage({ kind: 'repeated', keys: repeatedList, pool: { indices: pool } } satisfies ToWorker);

    // Phase B.
    const total = readCount;
    let done = 0;
    /** Files before this one were handed to `onCompiled`. */
    let delivered = 0;
    /** Hand over the files compiled so far, up to the first one still being compiled (`all`: none is). */
    const deliver = (all = false) => {
      for (; delivered < n; delivered++) {
        const i = delivered;
        if (!all && wasRead[i] && results[i] === null) return;
        onCompiled(i, { read: reads[i]!, article: results[i] ?? null });
      }
    };
    const take = (m: Extract<FromWorker, { kind: 'finished' }>) => {
      m.indices.forEach((i, k) => {
        reads[i]!.text = m.texts[k]!;
        results[i] = m.articles[k]!;
        lastRun.finishedInWorkers++;
        opts.onProgress?.(++done, total);
      });
      deliver();
    };
    // The batches the workers have posted, taken between articles without waiting: unpacking them
    // is then shared out like the articles are (left to the end it was a second or more of this
    // thread's time, with the worker idle).
    const poll = () => {
      for (const h of handles)
        while (!h.failed && !h.ended && Atomics.load(h.posted, 0) > h.taken) {
          const m = receiveMessageOnPort(h.port);
          if (!m) break; // Posted, not yet delivered.
          h.taken++;
          const msg = m.message as FromWorker;
          if (msg.kind === 'finished') take(msg);
          else if (msg.kind === 'done') h.ended = true;
          else if (msg.kind === 'error') giveUp(h, `failed (${msg.message})`);
        }
    };
    const finishHere = (i: number) => {
      // A file a worker read but, having failed, did not send back is read again here.
      if (reads[i]!.text === undefined) reads[i] = readArticle(seedsDir, files[i]!);
      const text = reads[i]!.text;
      if (text === undefined) return;
      results[i] = finishArticle(text, repeated, entries[i], gazetteer);
      opts.onProgress?.(++done, total);
      deliver();
      poll();
    };
    for (let k = 0; k < keep; k++) finishHere(mine[k]!);
    if (mainFinishes)
      for (let k = Atomics.add(poolClaims, 0, 1); k < pool.length; k = Atomics.add(poolClaims, 0, 1))
        finishHere(pool[k]!);
    // Then what the workers have not started of their own: one that is slower (they were, by a
    // few seconds of a 10,000-article compile) no longer keeps this thread waiting.
    if (mainFinishes && mainHelps)
      for (const h of handles) {
        if (h.failed) continue;
        for (let k = Atomics.add(h.ownClaims, 0, 1); k < h.own.length; k = Atomics.add(h.ownClaims, 0, 1))
          finishHere(h.own[k]!);
      }
    for (const h of handles) {
      if (h.ended) continue;
      for (let m = next(h); m && m.kind === 'finished'; m = next(h)) take(m);
    }
    // Whatever a failed worker did not send back is finished here.
    for (let i = 0; i < n; i++) if (wasRead[i] && results[i] === null) finishHere(i);
    // (A file that could not be read again has no article.)
    deliver(true);
  } finally {
    for (const h of handles) {
      h.port.close();
      void h.worker.terminate();
    }
  }
  return reads.map((read, i) => ({ read: read!, article: results[i] ?? null }));
}
