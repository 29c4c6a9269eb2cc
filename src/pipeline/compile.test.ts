import { describe, expect, it } from 'vitest';
import { sortedUnion } from './compile';

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
