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

/** Whether a code unit is in WORD_CHAR, for scanners that do without the regular expressions. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x620 && c <= 0x64a) ||
    (c >= 0x660 && c <= 0x669) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6f0 && c <= 0x6ff)
  );
}
