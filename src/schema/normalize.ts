/**
 * Arabic normalisation for *matching only*: display text and excerpt offsets always keep the
 * original. Shared by the compiler (gazetteer, date rules) and the app (actor search), so it is
 * pure string code with no Node or DOM imports.
 *
 * Every output character comes from exactly one input character (replacements are 1→1, the rest
 * are deletions), so `map[i]` gives the original index of normalised character `i`.
 */

const DELETE = new Set<number>([
  0x0640, // tatweel
  0x200b,
  0x200c,
  0x200d,
  0x2060,
  0xfeff, // zero-width space/non-joiner/joiner, word joiner, BOM
  0x200e,
  0x200f,
  0x061c, // LRM, RLM, Arabic letter mark
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069, // bidi embeddings/isolates
  0x00ad, // soft hyphen
]);

const REPLACE = new Map<number, string>([
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0622, 'ا'],
  [0x0671, 'ا'],
  [0x0672, 'ا'],
  [0x0673, 'ا'], // أ إ آ ٱ
  [0x0649, 'ي'],
  [0x06cc, 'ي'],
  [0x06d0, 'ي'],
  [0x064a, 'ي'], // ى ی ې
  [0x0629, 'ه'],
  [0x06d5, 'ه'],
  [0x06c1, 'ه'],
  [0x06be, 'ه'], // ة ە ہ ھ
  [0x06a9, 'ك'],
  [0x06aa, 'ك'],
  [0x06af, 'ك'], // ک ڪ گ
  [0x0624, 'و'], // ؤ
  [0x0626, 'ي'], // ئ
  [0x00a0, ' '],
  [0x2007, ' '],
  [0x202f, ' '],
  [0x2009, ' '],
  [0x200a, ' '],
  [0x3000, ' '],
  [0x0009, ' '],
  [0x066b, '.'],
  [0x066c, ','], // Arabic decimal and thousands separators
  [0x060c, '،'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2212, '-'],
]);

function isDiacritic(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanwin, shadda, sukun, …
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic marks
    (c >= 0x0610 && c <= 0x061a)
  );
}

/** Map one code unit to its normalised form: '' to drop it. */
export function normalizeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (DELETE.has(c) || isDiacritic(c)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660); // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0); // Persian digits
  const r = REPLACE.get(c);
  if (r !== undefined) return r;
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  return ch;
}

export interface Normalized {
  /** The normalised text. */
  readonly text: string;
  /** `map[i]` is the index in the original of normalised char `i`; `map[text.length]` is the original length. */
  readonly map: Int32Array;
}

/**
 * One code unit → its normalised code unit, -1 to drop it, built once from `normalizeChar`. Every
 * rule above is about code units below U+3100, so the table covers those and the rest pass as is.
 * The compiler normalises every article once; a table keeps that linear and cheap.
 */
const TABLE_SIZE = 0x3100;
const TABLE = (() => {
  const t = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const r = normalizeChar(String.fromCharCode(c));
    t[c] = r === '' ? -1 : r.charCodeAt(0);
  }
  return t;
})();
const ZERO_WIDTH_HIGH = new Set([0xfeff]);

/** One code unit normalised, as `normalizeWithMap` maps it: its code unit, or -1 where it is dropped. */
export function normalizeCode(c: number): number {
  return c < TABLE_SIZE ? TABLE[c]! : ZERO_WIDTH_HIGH.has(c) ? -1 : c;
}

export function normalizeWithMap(original: string): Normalized {
  const n = original.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    let r: number;
    if (c < TABLE_SIZE) r = TABLE[c]!;
    else r = ZERO_WIDTH_HIGH.has(c) ? -1 : c;
    if (r < 0) continue;
    codes[k] = r;
    map[k++] = i;
  }
  map[k] = n;
  return { text: decode(codes.subarray(0, k), surrogates), map: map.subarray(0, k + 1) };
}

/**
 * Code units back to a string. A UTF-16 decoder does it in one call (building it with
 * `String.fromCharCode(...codes)` was most of normalising a whole article in the compiler), but it
 * would replace a lone surrogate and reads the platform's byte order: then, in chunks (a huge
 * argument list overflows the stack). The compiler decodes its line keys (segment.ts) with it too.
 */
const UTF16LE =
  typeof TextDecoder !== 'undefined' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? new TextDecoder('utf-16le', { ignoreBOM: true })
    : null;

export function decode(codes: Uint16Array, surrogates: boolean): string {
  if (UTF16LE && !surrogates) return UTF16LE.decode(codes);
  let text = '';
  for (let i = 0; i < codes.length; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, Math.min(codes.length, i + 8192)));
  return text;
}

/** Normalise without keeping the map (search boxes, gazetteer keys, short spans). */
export function normalize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c < TABLE_SIZE ? TABLE[c]! : ZERO_WIDTH_HIGH.has(c) ? -1 : c;
    if (r >= 0) out += String.fromCharCode(r);
  }
  return out;
}

/** For each original index, the index of the first normalised character at or after it. */
export function originalToNormalized(n: Normalized, originalLength: number): Int32Array {
  const inv = new Int32Array(originalLength + 1);
  let j = 0;
  for (let i = 0; i <= originalLength; i++) {
    while (j < n.map.length - 1 && n.map[j]! < i) j++;
    inv[i] = j;
  }
  return inv;
}

/**
 * The original span of the normalised span [start, end): from the first kept character to just
 * after the last one, so deleted marks inside the span are included and none outside it.
 */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = n.map[start] ?? n.map[n.map.length - 1]!;
    return { start: at, end: at };
  }
  return { start: n.map[start]!, end: n.map[end - 1]! + 1 };
}
