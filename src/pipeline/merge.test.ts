import { describe, expect, it } from 'vitest';
import { words } from './extract';
import { jaccard } from './merge';

/** What jaccard replaces: the same measure over Sets. */
function jaccardOfSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const joined = (s: Set<string>) => [...s].sort().join(' ');

describe('jaccard', () => {
  it('gives exactly what the Set version gives', () => {
    // Words that are prefixes of one another, Arabic and Latin letters, digits.
    const pool = ['زيار', 'زياره', 'زيارات', 'بوتين', 'بوت', 'كيم', 'a', 'ab', 'abc', 'b', '2024', '202', 'ي', 'يي'];
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = () => new Set(Array.from({ length: rand(8) }, () => pool[rand(pool.length)]!));
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
