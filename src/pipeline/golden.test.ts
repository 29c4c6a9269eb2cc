/**
 * Golden test: the compiled seeds (the index with each event's details joined in) against an
 * expected file reviewed by hand. On a mismatch the new output is written beside it as
 * `seeds.timeline-changed.json` for review (`diff` it, and if every change is right, move it over
 * the expected file). Nothing here rewrites the expected file.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const EXPECTED = join(import.meta.dirname, '__golden__', 'seeds.timeline.json');
const CHANGED = join(import.meta.dirname, '__golden__', 'seeds.timeline-changed.json');

describe('golden: seeds/ → timeline.json', () => {
  it('matches the reviewed expected dataset', () => {
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const { dataset, detailFiles, sources } = compileCorpus({ seedsDir: SEEDS, files, manifest: null });
    // Each event with its excerpts beside it and every article's record, so a reviewer reads every
    // date next to its quotes (the compiler writes them to a few files of events each).
    const excerptsOf = new Map(detailFiles.flatMap(({ file }) => file.events.map((d) => [d.id, d.excerpts])));
    const { schemaVersion, actors, places, events } = dataset;
    const reviewed = {
      schemaVersion,
      sources,
      actors,
      places,
      events: events.map((e) => ({ ...e, excerpts: excerptsOf.get(e.id) })),
    };
    const actual = `${JSON.stringify(reviewed, null, 2)}\n`;
    const expected = existsSync(EXPECTED) ? readFileSync(EXPECTED, 'utf8') : '';
    if (actual !== expected) writeFileSync(CHANGED, actual);
    else rmSync(CHANGED, { force: true });
    expect(actual === expected, `compiled seeds differ from ${EXPECTED}; review ${CHANGED}`).toBe(true);
  });
});
