/** Atomic output: every file is written to a temp name beside it, then renamed over the target. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** Path relative to the output directory, `/`-separated. */
  path: string;
  content: string;
}

/**
 * Writes all files, article texts first and the dataset index last, so a reader that sees the
 * new index also finds every file it points to. A failure removes the temp files it made.
 */
export function writeAtomically(outDir: string, files: readonly OutputFile[]): void {
  const temps: string[] = [];
  try {
    const staged = files.map((f) => {
      const target = join(outDir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.tmp-${process.pid}`;
      writeFileSync(temp, f.content);
      temps.push(temp);
      return { temp, target };
    });
    for (const { temp, target } of staged) renameSync(temp, target);
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
}
