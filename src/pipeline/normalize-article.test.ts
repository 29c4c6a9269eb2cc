import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap, originalToNormalized } from '../schema/normalize';
import { normalizeArticle } from './normalize-article';

function same(text: string) {
  const want = normalizeWithMap(text);
  const got = normalizeArticle(text);
  expect(got.norm.text).toBe(want.text);
  expect([...got.norm.map]).toEqual([...want.map]);
  expect([...got.toNormalized]).toEqual([...originalToNormalized(want, text.length)]);
}

describe('normalizeArticle', () => {
  it('gives what normalizeWithMap and originalToNormalized give, on the seeds', () => {
    const SEEDS = resolve(import.meta.dirname, '../../seeds');
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) same(readFileSync(join(SEEDS, f), 'utf8'));
  });

  it('…and on every kind of code unit: dropped, replaced, kept, surrogates paired or not', () => {
    same('');
    same('\ufeff\ufeffأَهْلاً ـــ وسهلاً\u200f\r\n١٢٣ ABC é 😀 — ی\u00a0');
    same('a\ud800b'); // a lone surrogate
    same('\udc00');
    // Every code unit once, in chunks.
    for (let c = 0; c < 0x10000; c += 4096) same(String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => c + i)));
  });
});
