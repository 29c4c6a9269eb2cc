/**
 * Atomic output. Each folder of per-item files (`sources/`, `events/`) is written fresh and
 * replaces the old one in one rename; the dataset index is written to a temp file and renamed
 * last, so a reader that sees the new index finds every file it points to, and nobody ever sees
 * a half-written file. (One rename per folder instead of one per file: at 10,000 articles the
 * renames were most of the time.) A folder may also be written on another thread while the
 * compile goes on (`streamFolder` in ./stream-writer.ts) and then moved into place like the others.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export interface OutputFile {
  /** File name inside its folder. */
  name: string;
  content: string;
}

export interface OutputFolder {
  /** Folder name inside the output directory, replaced as a whole. */
  name: string;
  files: readonly OutputFile[];
  /**
   * Or a folder inside the output directory that already holds them (`streamFolder`): it is
   * moved into place instead, or removed if writing fails.
   */
  written?: string;
  /**
   * For a `written` folder still being written: wait until it is complete (throws if it failed).
   * Called once the other folders are written, before anything is moved into place.
   */
  finish?: () => void;
}

export interface Output {
  folders: readonly OutputFolder[];
  /** The index file, written last. */
  index: OutputFile;
}

export function writeAtomically(outDir: string, out: Output): void {
  mkdirSync(outDir, { recursive: true });
  const tag = `${process.pid}-${Date.now()}`;
  const indexTemp = join(outDir, `.${out.index.name}-${tag}`);
  const fresh = (folder: OutputFolder) => folder.written ?? join(outDir, `.${folder.name}-${tag}`);
  const old = (folder: OutputFolder) => join(outDir, `.${folder.name}-old-${tag}`);
  /** Folders already swapped, and whether there was a previous one to put back on failure. */
  const swapped: { folder: OutputFolder; hadOld: boolean }[] = [];
  try {
    for (const folder of out.folders) {
      if (folder.written !== undefined) continue;
      mkdirSync(fresh(folder));
      writeFiles(fresh(folder), folder.files);
    }
    for (const folder of out.folders) folder.finish?.();
    writeFileSync(indexTemp, out.index.content);
    for (const folder of out.folders) {
      const target = join(outDir, folder.name);
      let hadOld = true;
      try {
        renameSync(target, old(folder));
      } catch {
        hadOld = false; // No previous output: nothing to move aside.
      }
      swapped.push({ folder, hadOld });
      renameSync(fresh(folder), target);
    }
    renameSync(indexTemp, join(outDir, out.index.name));
  } catch (e) {
    // A folder still being written is complete (or stopped) before it is removed.
    for (const folder of out.folders)
      try {
        folder.finish?.();
      } catch {
        // Its own error matters less than the first.
      }
    // Put back what was already swapped, so the old index still finds its files.
    for (const { folder, hadOld } of swapped.reverse()) {
      const target = join(outDir, folder.name);
      rmSync(target, { recursive: true, force: true });
      if (hadOld) renameSync(old(folder), target);
    }
    for (const folder of out.folders) rmSync(fresh(folder), { recursive: true, force: true });
    rmSync(indexTemp, { force: true });
    throw e;
  }
  for (const { folder } of swapped) rmSync(old(folder), { recursive: true, force: true });
}

/**
 * `describe(e)` for the writer threads (plain JavaScript): what failed, with the system error's
 * code, call and path, so that the error thrown on this side (`waitForWriter`) carries them too
 * and the CLI can tell an output it cannot write (a full disk, a folder it may not write to)
 * from a bug.
 */
export const DESCRIBE = `
  const describe = (e) => ({
    message: String((e && e.stack) || e),
    code: e && typeof e.code === 'string' ? e.code : undefined,
    syscall: e && typeof e.syscall === 'string' ? e.syscall : undefined,
    path: e && typeof e.path === 'string' ? e.path : undefined,
  });`;

/** What a writer thread posts when it fails (`DESCRIBE`). */
interface WriterFailure {
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
}

/**
 * The writer thread: plain JavaScript, so it starts in milliseconds (no TypeScript loader). State
 * [0]: 0 writing, 1 done, 2 failed (the error follows on the port); [1]: files written so far.
 */
const WRITER = `
  ${DESCRIBE}
  const { workerData } = require('node:worker_threads');
  const { writeFileSync } = require('node:fs');
  const { join } = require('node:path');
  const { dir, names, contents, state, port } = workerData;
  try {
    for (let i = 0; i < names.length; i++) {
      writeFileSync(join(dir, names[i]), contents[i]);
      Atomics.add(state, 1, 1);
    }
    Atomics.store(state, 0, 1);
  } catch (e) {
    port.postMessage(describe(e));
    Atomics.store(state, 0, 2);
  }
  Atomics.notify(state, 0);`;

/**
 * Waits until a writer thread has written its last file, then stops it; throws what went wrong.
 * The writer keeps `state` [0]: 0 writing, 1 done, 2 failed (the error follows on `errors`);
 * [1]: files written so far. A thread that dies (out of memory, say) says nothing: give up after
 * a minute without a new file.
 */
export function waitForWriter(w: {
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

/** A writer thread at work on some files of a folder. */
interface Writer {
  /** Wait for its last file; throws what went wrong. */
  finish(): void;
  /** Stop it (the files written so far stay). */
  stop(): void;
}

function startWriter(dir: string, files: readonly OutputFile[]): Writer {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  // The strings are copied to the writer as they are (a copy is a memcpy): encoding them here
  // first, to hand over one buffer, cost this thread more than the writer saved it.
  const contents = files.map((f) => f.content);
  const names = files.map((f) => f.name);
  // Without the parent's loader flags: it needs none.
  const worker = new Worker(WRITER, {
    eval: true,
    execArgv: [],
    workerData: { dir, names, contents, state, port: port2 },
    transferList: [port2],
  });
  worker.unref();
  let ended = false;
  const stop = () => {
    ended = true;
    port1.close();
    void worker.terminate();
  };
  return {
    finish() {
      if (ended) throw new Error(`writing ${dir} was stopped`);
      waitForWriter({ dir, state, errors: port1, total: names.length, stop });
    },
    stop() {
      if (!ended) stop();
    },
  };
}

/** From this many files a folder is written by two threads (a writer's start is a few ms). */
const TWO_WRITERS_FROM = 1000;

/**
 * Write `files` into `dir`; a large folder half here and half on a writer thread: creating files
 * is most of the time, and two threads do it about twice as fast (8,800 event files: 0.7 s → 0.35 s,
 * when each event had a file of its own; grouped, 10,000 articles make 1,085).
 */
function writeFiles(dir: string, files: readonly OutputFile[]): void {
  if (files.length < TWO_WRITERS_FROM) {
    for (const f of files) writeFileSync(join(dir, f.name), f.content);
    return;
  }
  const half = files.length >> 1;
  const other = startWriter(dir, files.slice(half));
  try {
    for (let i = 0; i < half; i++) writeFileSync(join(dir, files[i]!.name), files[i]!.content);
  } catch (e) {
    // Let the writer end before the caller removes the folder (it could add a file after).
    try {
      other.finish();
    } catch {
      // Its own error matters less than the first.
    }
    throw e;
  }
  other.finish();
}
