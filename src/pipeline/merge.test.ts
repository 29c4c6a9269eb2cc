import { describe, expect, it } from 'vitest';
import { words } from './extract';
import type { Clause } from './extract';
import {
  jaccard,
  jaccardBound,
  locationsCompatible,
  matchScore,
  scoreBound,
  scoreCeiling,
  mergeCandidates,
  startMerge,
  MATCH_THRESHOLD,
  type Candidate,
  type Draft,
} from './merge';

/** What jaccard replaces: the same measure over Sets. */
function jaccardOfSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const joined = (s: Set<string>) => [...s].sort().join(' ');

const JUNE_19 = { start: '2024-06-19', precision: 'day', inferred: false } as const;

/** A creating report of a visit on 19 June 2024, from `clause`. */
const visitReport = (clause: Clause): Candidate => ({
  sourceId: 's',
  order: 0,
  clause,
  value: JUNE_19,
  type: 'visit',
  template: 'visit',
  create: true,
});

/** Seeded random sets of up to `maxSize - 1` words from `pool` (one per call). */
function wordSets(pool: readonly string[], seed: number, maxSize: number): () => Set<string> {
  let state = seed;
  const rand = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  return () => new Set(Array.from({ length: rand(maxSize) }, () => pool[rand(pool.length)]!));
}

describe('jaccard', () => {
  it('gives exactly what the Set version gives', () => {
    // Words that are prefixes of one another, Arabic and Latin letters, digits.
    const pool = ['زيار', 'زياره', 'زيارات', 'بوتين', 'بوت', 'كيم', 'a', 'ab', 'abc', 'b', '2024', '202', 'ي', 'يي'];
    const pick = wordSets(pool, 11, 8);
    for (let c = 0; c < 2000; c++) {
      const a = pick();
      const b = pick();
      expect(jaccard(joined(a), joined(b)), `${joined(a)} | ${joined(b)}`).toBe(jaccardOfSets(a, b));
    }
  });

  it('takes what words() makes', () => {
    const a = words('وقال الرئيس الروسي فلاديمير بوتين إن الزيارة ناجحة والزيارة مهمة');
    const b = words('الزيارة التي قام بها بوتين إلى بيونغ يانغ');
    expect(a.split(' ')).toEqual([...new Set(a.split(' '))].sort());
    expect(jaccard(a, b)).toBe(jaccardOfSets(new Set(a.split(' ')), new Set(b.split(' '))));
    expect(jaccard(a, b)).toBeGreaterThan(0);
    expect(jaccard('', b)).toBe(0);
  });
});

describe('jaccardBound', () => {
  it('is never below jaccard, and 0 when a list is empty', () => {
    const pick = wordSets(['زيار', 'زياره', 'بوتين', 'كيم', 'a', 'ab', 'b', '2024', 'ي'], 7, 9);
    for (let c = 0; c < 2000; c++) {
      const a = pick();
      const b = pick();
      const j = jaccard(joined(a), joined(b));
      expect(jaccardBound(a.size, b.size)).toBeGreaterThanOrEqual(j);
      expect(jaccard(joined(a), joined(b), a.size, b.size)).toBe(j);
    }
    expect(jaccardBound(0, 3)).toBe(0);
    expect(jaccardBound(0, 0)).toBe(0);
  });
});

describe('matchScore with a floor', () => {
  it('gives the same score wherever it reaches the floor, else 0 or that score', () => {
    const k = { isPerson: (id: string) => id.startsWith('p'), parentOf: () => undefined };
    const clause = (actors: string[], ws: string[], places: string[] = [], locations: string[] = []) =>
      ({
        actors,
        places,
        locations,
        words: [...new Set(ws)].sort().join(' '),
        wordCount: new Set(ws).size,
      }) as unknown as Clause;
    const vocab = ['زياره', 'بوتين', 'كيم', 'قمه', 'بيونغ', 'يانغ', 'اتفاق', 'دفاع', 'روسيا', 'كوريا'];
    let seed = 3;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const words = () => Array.from({ length: rand(8) }, () => vocab[rand(vocab.length)]!);
    const actors = () => [...new Set(Array.from({ length: 1 + rand(3) }, () => ['p1', 'p2', 'c1', 'c2'][rand(4)]!))];
    // Places and locations too, so that every part of a score is met (none half the time).
    const someOf = (ids: string[]) => ids.filter(() => rand(3) === 0);
    for (let i = 0; i < 2000; i++) {
      const primary = visitReport(clause(actors(), words(), someOf(['v', 'w']), someOf(['v', 'w'])));
      const d: Draft = {
        candidates: [primary],
        primary,
        date: JUNE_19,
        type: 'visit',
        actors: new Map(primary.clause.actors.map((a) => [a, 1])),
        places: new Set(primary.clause.places),
        locations: new Set(primary.clause.locations),
      };
      const c = visitReport(clause(actors(), words(), someOf(['v', 'w']), someOf(['v', 'w'])));
      const full = matchScore(c, d, k);
      for (const floor of [MATCH_THRESHOLD, MATCH_THRESHOLD + 1, full, full + 0.5]) {
        const s = matchScore(c, d, k, floor);
        if (full >= floor) expect(s).toBe(full);
        else expect([0, full]).toContain(s);
      }
      // Told that the dates overlap (they do), it scores the same; told they do not, 0.
      expect(matchScore(c, d, k, -Infinity, true)).toBe(full);
      expect(matchScore(c, d, k, -Infinity, false)).toBe(0);
      // Told which of its actors are people (as the merge does, once per report), the same score.
      expect(matchScore(c, d, k, -Infinity, undefined, c.clause.actors.map(k.isPerson))).toBe(full);
      // No draft scores above the report's ceiling with the best word similarity its counts allow.
      const persons = c.clause.actors.map(k.isPerson);
      expect(full).toBeLessThanOrEqual(
        scoreBound(scoreCeiling(c.clause, persons), c.clause.wordCount, d.primary.clause.wordCount),
      );
    }
  });
});

describe('locations', () => {
  // Vostochny lies in the Russian Far East, which lies in Russia; Pyongyang in North Korea.
  const parents: Record<string, string> = { vostochny: 'far-east', 'far-east': 'russia', pyongyang: 'north-korea' };
  const k = { isPerson: () => true, parentOf: (id: string) => parents[id] };

  it('are compatible when one lies within the other, or either report says nowhere', () => {
    // Asked twice of the same knowledge: the second answers come from its remembered lineages.
    for (let round = 0; round < 2; round++) {
      expect(locationsCompatible(['vostochny'], new Set(['russia']), k)).toBe(true);
      expect(locationsCompatible(['russia'], ['far-east'], k)).toBe(true);
      expect(locationsCompatible(['vostochny'], ['pyongyang'], k)).toBe(false);
      expect(locationsCompatible(['vostochny', 'pyongyang'], new Set(['north-korea']), k)).toBe(true);
      expect(locationsCompatible([], ['pyongyang'], k)).toBe(true);
    }
    // Another knowledge (another gazetteer) has lineages of its own.
    const flat = { isPerson: () => true, parentOf: () => undefined };
    expect(locationsCompatible(['vostochny'], ['russia'], flat)).toBe(false);
  });

  it('score 0 when where two reports put it cannot be the same place, whatever else they share', () => {
    const clause = (locations: string[]) =>
      ({
        actors: ['p1', 'p2'],
        places: [],
        locations,
        words: 'بوتين زياره كيم',
        wordCount: 3,
      }) as unknown as Clause;
    const primary = visitReport(clause(['pyongyang']));
    const d: Draft = {
      candidates: [primary],
      primary,
      date: JUNE_19,
      type: 'visit',
      actors: new Map([
        ['p1', 1],
        ['p2', 1],
      ]),
      places: new Set(),
      locations: new Set(['pyongyang']),
    };
    // Same people, same words, same day: 2 + 2 (persons) + 1 (both located) + 4 (same words).
    expect(matchScore(visitReport(clause(['north-korea'])), d, k)).toBe(9);
    expect(matchScore(visitReport(clause(['vostochny'])), d, k)).toBe(0);
    expect(matchScore(visitReport(clause([])), d, k)).toBe(8);
  });
});

describe('startMerge', () => {
  const k = { isPerson: (id: string) => id.startsWith('p'), parentOf: () => undefined };
  const cand = (order: number, create: boolean, actors: string[], day: number, ws: string[]): Candidate => ({
    sourceId: `s${order >> 2}`,
    order,
    clause: {
      actors,
      places: [],
      locations: [],
      words: [...new Set(ws)].sort().join(' '),
      wordCount: new Set(ws).size,
    } as unknown as Clause,
    value: { start: `2024-06-${String(day).padStart(2, '0')}`, precision: 'day', inferred: false },
    type: 'visit',
    template: 'visit',
    create,
  });

  it('fed in corpus order, merges as mergeCandidates does given any order', () => {
    let seed = 5;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const vocab = ['زياره', 'بوتين', 'كيم', 'قمه', 'اتفاق', 'دفاع'];
    for (let round = 0; round < 50; round++) {
      const cands = Array.from({ length: 40 }, (_, i) =>
        cand(
          i,
          rand(4) > 0,
          [...new Set(Array.from({ length: 1 + rand(2) }, () => ['p1', 'p2', 'c1'][rand(3)]!))],
          18 + rand(3),
          Array.from({ length: rand(5) }, () => vocab[rand(vocab.length)]!),
        ),
      );
      const shuffled = [...cands].sort(() => rand(3) - 1);
      const merge = startMerge(k);
      for (const c of cands) merge.add(c);
      const summary = (ds: Draft[]) => ds.map((d) => [d.primary.order, d.candidates.map((c) => c.order)]);
      expect(summary(merge.finish())).toEqual(summary(mergeCandidates(shuffled, k)));
    }
  });

  it('refuses a report out of corpus order', () => {
    const merge = startMerge(k);
    merge.add(cand(5, true, ['p1'], 18, []));
    expect(() => merge.add(cand(4, true, ['p1'], 18, []))).toThrow();
  });
});
