/**
 * Atomic output. The article texts go to a fresh folder that replaces `sources/` in one rename;
 * the dataset index is written to a temp file and renamed last, so a reader that sees the new
 * index finds every text it points to, and nobody ever sees a half-written file. (One rename per
 * folder instead of one per article: at 10,000 articles the renames were most of the time.)
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputFile {
  /** File name inside its folder. */
  name: string;
  content: string;
}

export interface Output {
  /** Files of the `sources/` folder, replaced as a whole. */
  sources: readonly OutputFile[];
  /** The index file, written last. */
  index: OutputFile;
}

export function writeAtomically(outDir: string, out: Output): void {
  mkdirSync(outDir, { recursive: true });
  const tag = `${process.pid}-${Date.now()}`;
  const fresh = join(outDir, `.sources-${tag}`);
  const old = join(outDir, `.sources-old-${tag}`);
  const target = join(outDir, 'sources');
  const indexTemp = join(outDir, `.${out.index.name}-${tag}`);
  try {
    mkdirSync(fresh);
    for (const f of out.sources) writeFileSync(join(fresh, f.name), f.content);
    writeFileSync(indexTemp, out.index.content);
    let hadOld = true;
    try {
      renameSync(target, old);
    } catch {
      hadOld = false;
    }
    renameSync(fresh, target);
    renameSync(indexTemp, join(outDir, out.index.name));
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(indexTemp, { force: true });
    throw e;
  }
}
