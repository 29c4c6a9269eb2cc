/**
 * The worker path and the in-process path must give the same dataset, byte for byte: an article
 * is compiled by the same code wherever it runs, and nothing may depend on which thread took it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus';
import { ARTICLES_PER_TEXT_FILE, articleTextPath } from '../schema/paths';
import { listArticles } from './cli';
import { compileCorpus } from './compile';
import { loadGazetteer } from './entities';
import { readManifest } from './manifest';
import { compileArticles, lastRun } from './parallel';

const ROOT = resolve(import.meta.dirname, '../..');
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khatt-parallel-'));
  await writeCorpus({
    count: 60,
    outDir: dir,
    seed: 'parallel-test',
    seedsDir: join(ROOT, 'seeds'),
    gazetteerDir: join(ROOT, 'src/pipeline/entities'),
  });
  // One unreadable and one empty file: reported in file order, the others still compiled.
  writeFileSync(join(dir, '00020_a-png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2]));
  writeFileSync(join(dir, '00030_empty.txt'), '  \n');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('compiling in worker threads', () => {
  it('gives the same dataset, texts and report as compiling in one thread', () => {
    const files = listArticles(dir);
    const manifestFile = join(dir, 'manifest.json');
    const manifest = existsSync(manifestFile) ? readManifest(manifestFile) : null;
    const progress: number[] = [];
    const streamed: string[] = [];
    const alone = compileCorpus({ seedsDir: dir, files, manifest, workers: 'never' });
    const parallel = compileCorpus({
      seedsDir: dir,
      files,
      manifest,
      workers: 'always',
      onProgress: (done) => progress.push(done),
      onTextFile: (file, path) => streamed.push(`${path} ${JSON.stringify(file)}`),
    });
    // Each text file as soon as it is final: all of them, in order, each under its own name; the
    // files handed over are not kept.
    expect(streamed).toEqual(
      alone.textFiles.map((f, k) => `${articleTextPath(k * ARTICLES_PER_TEXT_FILE)} ${JSON.stringify(f)}`),
    );
    expect(alone.textFiles.flatMap((f) => f.articles)).toHaveLength(alone.report.read);
    expect(parallel.textFiles).toEqual([]);
    expect(alone.report.failed.map((f) => f.file)).toEqual(['00020_a-png.txt']);
    expect(alone.report.skipped.map((f) => f.file)).toEqual(['00030_empty.txt']);
    expect(alone.report.events).toBeGreaterThan(20);
    expect(JSON.stringify({ ...parallel, textFiles: alone.textFiles })).toBe(JSON.stringify(alone));
    expect(progress.at(-1)).toBe(alone.report.read);
  }, 60_000);

  it('gives the same articles whichever thread reads or finishes them', () => {
    const files = listArticles(dir);
    const opts = { seedsDir: dir, files, manifest: null };
    const alone = JSON.stringify(compileArticles({ ...opts, workers: 'never' }, loadGazetteer()));
    // Workers read and finish everything.
    const inWorkers = compileArticles({ ...opts, workers: 'always' }, loadGazetteer(), {
      mainReads: false,
      mainHelps: false,
    });
    expect(lastRun.finishedInWorkers).toBe(files.length - 2);
    expect(JSON.stringify(inWorkers)).toBe(alone);
    // Workers read everything; the main thread finishes what they have not started (reading
    // those files again), maybe all of it while they start.
    const helped = compileArticles({ ...opts, workers: 'always' }, loadGazetteer(), { mainReads: false });
    expect(JSON.stringify(helped)).toBe(alone);
    // Whatever the main thread reads, workers finish from the pool.
    const pooled = compileArticles({ ...opts, workers: 'always' }, loadGazetteer(), { mainFinishes: false });
    expect(lastRun.finishedInWorkers).toBe(files.length - 2);
    expect(JSON.stringify(pooled)).toBe(alone);
  }, 60_000);

  it('hands over every file once, in file order, as it returns them', () => {
    const files = listArticles(dir);
    const opts = { seedsDir: dir, files, manifest: null };
    for (const [workers, roles] of [
      ['never', {}],
      ['always', {}],
      ['always', { mainReads: false }],
      ['always', { mainFinishes: false }],
    ] as const) {
      const handed: number[] = [];
      const seen: string[] = [];
      const all = compileArticles({ ...opts, workers }, loadGazetteer(), roles, (i, c) => {
        handed.push(i);
        seen.push(JSON.stringify(c));
      });
      expect(handed).toEqual(files.map((_, i) => i));
      expect(seen).toEqual(all.map((c) => JSON.stringify(c)));
    }
  }, 60_000);
});
