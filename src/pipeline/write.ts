/**
 * Atomic output. Each folder of per-item files (`sources/`, `events/`) is written fresh and
 * replaces the old one in one rename; the dataset index is written to a temp file and renamed
 * last, so a reader that sees the new index finds every file it points to, and nobody ever sees
 * a half-written file. (One rename per folder instead of one per file: at 10,000 articles the
 * renames were most of the time.) A folder may also be written on another thread while the
 * compile goes on (`streamFolder` in ./stream-writer.ts) and then moved into place like the others.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

/**
 * `mkdirSync(dir, { recursive: true })`, one level at a time from the nearest folder that exists.
 * Node 20's recursive mkdir never returns where the kernel answers ENOENT for a folder whose parent
 * exists (`--out /proc/khatt` hung the compiler: it creates the parent, which exists, and tries
 * again, forever); made level by level, that mkdir's error is thrown with its code and path.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); dirname(d) !== d; d = dirname(d)) {
    try {
      statSync(d);
      break; // It exists; if it is a file, the next mkdir fails with ENOTDIR.
    } catch (e) {
      missing.push(d);
      // ENOTDIR (a file on the way), EACCES…: mkdir there gives the error that says why.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') break;
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      // Made by someone else meanwhile (two compiles into one new folder): as good as made here.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(d).isDirectory()) throw e;
    }
  }
}

export function writeAtomically(outDir: string, out: Output): void {
  makeFolder(outDir);
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

/** Write `files` into `dir`, in this thread (a large folder is streamed instead: stream-writer.ts). */
function writeFiles(dir: string, files: readonly OutputFile[]): void {
  for (const f of files) writeFileSync(join(dir, f.name), f.content);
}
