/**
 * A folder written by a thread of its own from files handed over as they are made: the
 * compiler's article text files are final one by one during the analysis, and writing them
 * (60 MB at 10,000 articles) would otherwise be spent after it, beside writing the event files.
 * Moved into place by `writeAtomically` like any folder written in the background
 * (`OutputFolder.written`).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { DESCRIBE, waitForWriter, type OutputFile } from './write';

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

/**
 * The writer: plain JavaScript (no TypeScript loader to start). Each message is a batch of files,
 * `null` the end. State [0]: 0 writing, 1 done, 2 failed (the error follows on the port);
 * [1]: files written so far.
 */
const WRITER = `
  ${DESCRIBE}
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
 * article texts holds 8 articles, ~50 KB).
 */
const BATCH = 25;

export function streamFolder(outDir: string, name: string): StreamedFolder {
  mkdirSync(outDir, { recursive: true });
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
