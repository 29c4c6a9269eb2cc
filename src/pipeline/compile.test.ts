import { describe, expect, it } from 'vitest';
import { meet, sortedUnion, type Met } from './compile';

function drain(u: { next(): number }): number[] {
  const out: number[] = [];
  for (let i = u.next(); i >= 0; i = u.next()) out.push(i);
  return out;
}

describe('sortedUnion', () => {
  it('gives what a Set of every list, sorted, gives', () => {
    const cases: number[][][] = [
      [],
      [[]],
      [[], []],
      [[0, 1, 2]],
      [
        [0, 2, 4],
        [1, 2, 3, 4, 9],
      ],
      [[5], [5], [5]],
      [[0, 3, 7, 8], [], [3, 8, 10], [1, 7]],
    ];
    // And some random ones.
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let c = 0; c < 200; c++)
      cases.push(
        Array.from({ length: 1 + rand(4) }, () =>
          [...new Set(Array.from({ length: rand(12) }, () => rand(30)))].sort((x, y) => x - y),
        ),
      );
    for (const lists of cases)
      expect(drain(sortedUnion(lists)), JSON.stringify(lists)).toEqual(
        [...new Set(lists.flat())].sort((x, y) => x - y),
      );
  });

  it('stays at the end once there', () => {
    const u = sortedUnion([[1], [0]]);
    expect([u.next(), u.next(), u.next(), u.next()]).toEqual([0, 1, -1, -1]);
  });
});

describe('meet', () => {
  it('gathers the titled people of the body and every spelling of each actor and place', () => {
    const text = 'الرئيس فلان قال: زار بوتين موسكو. — فلان';
    const met: Met = { titled: new Set(), aliases: { actor: new Map(), place: new Map() } };
    const segments = [
      { start: 0, end: 33, kind: 'body' },
      { start: 34, end: text.length, kind: 'credit' },
    ] as const;
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    meet(
      met,
      text,
      [...segments],
      [
        { ...at('فلان'), id: 'flan', type: 'actor', kind: 'person', via: 'titled' },
        { ...at('بوتين'), id: 'putin', type: 'actor', kind: 'person', via: 'name' },
        { ...at('موسكو'), id: 'moscow', type: 'place', via: 'name' },
        // Titled, but outside the body: a spelling, not a person to record.
        { ...at('فلان', 34), id: 'other', type: 'actor', kind: 'person', via: 'titled' },
      ],
    );
    meet(
      met,
      'بوتين',
      [{ start: 0, end: 5, kind: 'body' }],
      [{ start: 0, end: 5, id: 'putin', type: 'actor', kind: 'person', via: 'name' }],
    );
    expect([...met.titled]).toEqual(['flan']);
    expect(Object.fromEntries([...met.aliases.actor].map(([id, s]) => [id, [...s]]))).toEqual({
      flan: ['فلان'],
      putin: ['بوتين'],
      other: ['فلان'],
    });
    expect([...met.aliases.place]).toEqual([['moscow', new Set(['موسكو'])]]);
  });
});
