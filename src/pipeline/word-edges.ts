/**
 * Word edges for the compiler's regular expressions over normalised text. Arabic has no `\b`, so
 * a word starts where the previous character is not a letter or digit. The classes are explicit
 * ranges rather than `\p{L}\p{N}`: these patterns run over every article, and the Unicode-property
 * classes cost about twice as much. Arabic, Latin and digits are what occurs in the corpus.
 */
export const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F\\u0620-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06F0-\\u06FF';
/** Not preceded by a word character. */
export const WORD_START = `(?<![${WORD_CHAR}])`;
/** Not followed by a word character. */
export const WORD_END = `(?![${WORD_CHAR}])`;

/** WORD_CHAR as a table of code units: scanners ask this of nearly every character of every article. */
const WORD_CODES = (() => {
  const t = new Uint8Array(0x10000);
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0x30, 0x39],
    [0xc0, 0x24f],
    [0x620, 0x64a],
    [0x660, 0x669],
    [0x66e, 0x6d3],
    [0x6f0, 0x6ff],
  ];
  for (const [lo, hi] of ranges) t.fill(1, lo, hi + 1);
  return t;
})();

/** Whether a code unit is in WORD_CHAR, for scanners that do without the regular expressions. */
export function isWordCode(c: number): boolean {
  // NaN (charCodeAt past the end) reads as undefined: not a word character, as before.
  return WORD_CODES[c] === 1;
}
