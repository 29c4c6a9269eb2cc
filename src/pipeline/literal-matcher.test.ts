/**
 * The tries must find exactly what the regular expressions they replace find: same matches, same
 * order, same groups. Checked on the seeds and on random strings over the letters that matter
 * (clitics, article, word characters and not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../schema/normalize';
import { LiteralMatcher, type Group } from './literal-matcher';
import { EXACT_MATCHER, EXACT_RE, PREFIX_MATCHER, PREFIX_RE } from './trigger-match';
import { WORD_END, WORD_START } from './word-edges';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalize(readFileSync(join(SEEDS, f), 'utf8')));

function viaRegex(re: RegExp, text: string) {
  const out: { index: number; at: number; end: number; word: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ index: m.index, at: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, word: m[1]! });
  return out;
}

/** `matcher.scan`'s matches as `viaRegex` gives a regular expression's. */
function scanned(matcher: LiteralMatcher, text: string) {
  const count = matcher.scan(text);
  const { hits } = matcher;
  return Array.from({ length: count }, (_, k) => {
    const [index, at, end, id] = hits.slice(k * 4, k * 4 + 4);
    return { index: index!, at: at!, end: end!, word: matcher.list[id!]! };
  });
}

/** Deterministic pseudo-random strings made of pieces that exercise every branch. */
function randomTexts(pieces: readonly string[], count: number): string[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 40 }, () => pieces[Math.floor(rand() * pieces.length)]!).join(''),
  );
}

describe('LiteralMatcher', () => {
  it('finds what the trigger regexes find', () => {
    const pieces = [' ', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'لل', 'زيار', 'زياره', 'قال', 'اعلن', 'x', '.', '،'];
    for (const text of [...seedTexts, ...randomTexts(pieces, 300)]) {
      expect(scanned(EXACT_MATCHER, text)).toEqual(viaRegex(EXACT_RE, text));
      expect(scanned(PREFIX_MATCHER, text)).toEqual(viaRegex(PREFIX_RE, text));
    }
  });

  it('scans two matchers in one pass as one after the other', () => {
    const groups: Group[] = [
      { alternatives: ['و', 'ف'], optional: true },
      { alternatives: ['ب', 'ك', 'ل'], optional: true },
      { alternatives: ['ال', 'ل'], optional: true },
    ];
    // Words with a space: a match may hold word starts where the other matcher goes on.
    const a = new LiteralMatcher(['زيار', 'زياره', 'قال', 'ب', 'قال زيار'], groups, true);
    const b = new LiteralMatcher(['زيار', 'اعلن', 'لقاء', 'ق', 'لقاء ق'], groups, false);
    const hits = (m: LiteralMatcher, count: number) => [...m.hits.slice(0, count * 4)];
    const pieces = [' ', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'لل', 'زيار', 'زياره', 'قال', 'اعلن', 'لقاء', 'ق', 'x', '.'];
    // With the same groups (combinations walked once) and with different ones. `within`: matches
    // that hold word starts, where only the other matcher may go on.
    const ll = new LiteralMatcher(
      ['زيار', 'قال', 'زيار للقال'],
      [
        { alternatives: ['و', 'ف'], optional: true },
        { alternatives: ['لل'], optional: false },
      ],
      true,
    );
    const within = ['قال زيار زياره', 'وللزيار للقال قال'];
    for (const text of [...within, ...seedTexts, ...randomTexts(pieces, 300)])
      for (const [x, y] of [
        [a, b],
        [a, ll],
      ] as const) {
        const apart = [hits(x, x.scan(text)), hits(y, y.scan(text))];
        const [countX, countY] = LiteralMatcher.scanBoth(x, y, text);
        expect([hits(x, countX), hits(y, countY)], text).toEqual(apart);
      }
  });

  it('finds what a gazetteer-style regex finds, clitics and the article included', () => {
    const words = ['الكرملين', 'كرملين', 'لبنان', 'بنان', 'وزير', 'زير', 'وزير الخارجيه', 'ال', 'ب', 'فرنسا', 'لل'];
    const groups: Group[] = [
      { alternatives: ['و', 'ف'], optional: true },
      { alternatives: ['ب', 'ك', 'ل', 'لل'], optional: true },
      { alternatives: ['ال'], optional: true },
    ];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sorted = [...words].sort((x, y) => y.length - x.length);
    const re = new RegExp(
      `${WORD_START}(?:[وف])?(?:[بكل]|لل)?(?:ال)?(${sorted.map(escape).join('|')})${WORD_END}`,
      'gu',
    );
    const reLl = new RegExp(`${WORD_START}[وف]?لل(${sorted.map(escape).join('|')})${WORD_END}`, 'gu');
    const matcher = new LiteralMatcher(words, groups, true);
    const matcherLl = new LiteralMatcher(
      words,
      [
        { alternatives: ['و', 'ف'], optional: true },
        { alternatives: ['لل'], optional: false },
      ],
      true,
    );
    const pieces = [
      ' ',
      'و',
      'ف',
      'ب',
      'ك',
      'ل',
      'ال',
      'لل',
      'كرملين',
      'بنان',
      'زير',
      ' الخارجيه',
      'ا',
      'a',
      '😀',
      '-',
    ];
    for (const text of [...seedTexts, ...randomTexts(pieces, 500)]) {
      expect(scanned(matcher, text)).toEqual(viaRegex(re, text));
      expect(scanned(matcherLl, text)).toEqual(viaRegex(reLl, text));
    }
  });
});
