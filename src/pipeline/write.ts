/**
 * Atomic output. Each folder of per-item files (`sources/`, `events/`) is written fresh and
 * replaces the old one in one rename; the dataset index is written to a temp file and renamed
 * last, so a reader that sees the new index finds every file it points to, and nobody ever sees
 * a half-written file. (One rename per folder instead of one per file: at 10,000 articles the
 * renames were most of the time.)
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputFile {
  /** File name inside its folder. */
  name: string;
  content: string;
}

export interface OutputFolder {
  /** Folder name inside the output directory, replaced as a whole. */
  name: string;
  files: readonly OutputFile[];
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
  const fresh = (folder: OutputFolder) => join(outDir, `.${folder.name}-${tag}`);
  const old = (folder: OutputFolder) => join(outDir, `.${folder.name}-old-${tag}`);
  /** Folders already swapped, and whether there was a previous one to put back on failure. */
  const swapped: { folder: OutputFolder; hadOld: boolean }[] = [];
  try {
    for (const folder of out.folders) {
      mkdirSync(fresh(folder));
      for (const f of folder.files) writeFileSync(join(fresh(folder), f.name), f.content);
    }
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
