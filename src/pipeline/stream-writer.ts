/**
 * A folder written by a thread of its own from files handed over as they are made: the
 * compiler's article text files are final one by one during the analysis, and writing them
 * (60 MB at 10,000 articles) would otherwise be spent after it, beside writing the event files.
 * Moved into place by `writeAtomically` like any folder written in the background
 * (`OutputFolder.written`).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { makeFolder, type OutputFile } from './write';

export interface StreamedFolder {
  /** The folder (inside the output directory, hidden), for `OutputFolder.written`. */
  dir: string;
  /** More files for it (written in the order given). */
  add(files: readonly OutputFile[]): void;
  /** No more files: wait for the last one; throws what went wrong. */
  finish(): void;
  /** Stop and remove the folder. */
  abort(): void;
}

/** What the writer thread posts when it fails (its `describe`, in WRITER). */
interface WriterFailure {
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
}

/**
 * Waits until a writer thread has written its last file, then stops it; throws what went wrong.
 * The writer keeps `state` [0]: 0 writing, 1 done, 2 failed (the error follows on `errors`);
 * [1]: files written so far. A thread that dies (out of memory, say) says nothing: give up after
 * a minute without a new file.
 */
function waitForWriter(w: {
  dir: string;
  state: Int32Array;
  errors: MessagePort;
  total: number;
  stop: () => void;
}): void {
  let written = Atomics.load(w.state, 1);
  let deadline = Date.now() + 60_000;
  while (Atomics.load(w.state, 0) === 0) {
    Atomics.wait(w.state, 0, 0, 1000);
    if (Atomics.load(w.state, 1) !== written) {
      written = Atomics.load(w.state, 1);
      deadline = Date.now() + 60_000;
    } else if (Date.now() > deadline) {
      w.stop();
      throw new Error(`writing ${w.dir} stopped after ${written} of ${w.total} files`);
    }
  }
  const failed = Atomics.load(w.state, 0) === 2;
  const why = failed ? (receiveMessageOnPort(w.errors)?.message as WriterFailure | undefined) : undefined;
  w.stop();
  if (failed) {
    const e: NodeJS.ErrnoException = new Error(`writing ${w.dir} failed: ${why?.message ?? 'no reason given'}`);
    if (why?.code) e.code = why.code;
    if (why?.syscall) e.syscall = why.syscall;
    if (why?.path) e.path = why.path;
    throw e;
  }
}

/**
 * The writer: plain JavaScript (no TypeScript loader to start). Each message is a batch of files,
 * `null` the end. State [0]: 0 writing, 1 done, 2 failed (the error follows on the port);
 * [1]: files written so far.
 */
const WRITER = `
  // What failed, with the system error's code, call and path: the error thrown on this side
  // (waitForWriter) carries them too, so the CLI can tell an output it cannot write from a bug.
  const describe = (e) => ({
    message: String((e && e.stack) || e),
    code: e && typeof e.code === 'string' ? e.code : undefined,
    syscall: e && typeof e.syscall === 'string' ? e.syscall : undefined,
    path: e && typeof e.path === 'string' ? e.path : undefined,
  });
  const { workerData } = require('node:worker_threads');
  const { writeFileSync } = require('node:fs');
  const { join } = require('node:path');
  const { dir, state, port, errors } = workerData;
  let failed = false;
  port.on('message', (batch) => {
    if (failed) return;
    if (batch === null) {
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
      port.close();
      return;
    }
    try {
      for (let i = 0; i < batch.names.length; i++) {
        writeFileSync(join(dir, batch.names[i]), batch.contents[i]);
        Atomics.add(state, 1, 1);
      }
    } catch (e) {
      failed = true;
      errors.postMessage(describe(e));
      Atomics.store(state, 0, 2);
      Atomics.notify(state, 0);
      port.close();
    }
  });`;

/**
 * Files handed to the writer at a time: few messages, none holding much of the corpus (a file of
 * article texts holds 16 articles, ~100 KB at 10,000 generated articles).
 */
const BATCH = 25;

export function streamFolder(outDir: string, name: string): StreamedFolder {
  makeFolder(outDir);
  const dir = join(outDir, `.${name}-${process.pid}-${Date.now()}-early`);
  mkdirSync(dir);
  const state = new Int32Array(new SharedArrayBuffer(8));
  const files = new MessageChannel();
  const errors = new MessageChannel();
  // Without the parent's loader flags: it needs none.
  const worker = new Worker(WRITER, {
    eval: true,
    execArgv: [],
    workerData: { dir, state, port: files.port2, errors: errors.port2 },
    transferList: [files.port2, errors.port2],
  });
  worker.unref();
  let pending: OutputFile[] = [];
  let handed = 0;
  let ended = false;
  const send = () => {
    if (pending.length === 0) return;
    files.port1.postMessage({ names: pending.map((f) => f.name), contents: pending.map((f) => f.content) });
    handed += pending.length;
    pending = [];
  };
  const stop = () => {
    ended = true;
    files.port1.close();
    errors.port1.close();
    void worker.terminate();
  };
  const finish = () => {
    if (ended) throw new Error(`writing ${dir} was stopped`);
    send();
    files.port1.postMessage(null);
    waitForWriter({ dir, state, errors: errors.port1, total: handed, stop });
  };
  return {
    dir,
    add(more) {
      if (ended) return;
      pending.push(...more);
      if (pending.length >= BATCH) send();
    },
    finish,
    abort() {
      // Let the writer end first: stopped, it could still add a file after the folder is removed.
      try {
        finish();
      } catch {
        // Aborting anyway.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
