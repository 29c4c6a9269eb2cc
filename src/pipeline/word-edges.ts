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
