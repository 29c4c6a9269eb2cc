/**
 * `normalizeWithMap` and `originalToNormalized` (src/schema/normalize.ts) of a whole article, in
 * one pass and decoded in one call: building the string with `String.fromCharCode(...codes)` was
 * most of normalising, and the compiler normalises every article twice (phase A and B of
 * parallel.ts). The rules stay in the schema module: the table is made from its `normalizeChar`.
 */
import { normalizeChar, normalizeWithMap, originalToNormalized, type Normalized } from '../schema/normalize';

/** Each code unit's normalised code unit, -1 to drop it. */
const TABLE = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const r = normalizeChar(String.fromCharCode(c));
    t[c] = r === '' ? -1 : r.charCodeAt(0);
  }
  return t;
})();

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export interface NormalizedArticle {
  norm: Normalized;
  /** For each original index, the normalised one (`originalToNormalized`). */
  toNormalized: Int32Array;
}

export function normalizeArticle(text: string): NormalizedArticle {
  const n = text.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  const toNormalized = new Int32Array(n + 1);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    toNormalized[i] = k;
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    const r = TABLE[c]!;
    if (r < 0) continue;
    codes[k] = r;
    map[k++] = i;
  }
  toNormalized[n] = k;
  map[k] = n;
  // The decoder would replace a lone surrogate (decoded files have none, but this must hold for
  // any string): then the schema's own way.
  if (surrogates) {
    const norm = normalizeWithMap(text);
    return { norm, toNormalized: originalToNormalized(norm, n) };
  }
  return { norm: { text: UTF16.decode(codes.subarray(0, k)), map: map.subarray(0, k + 1) }, toNormalized };
}
