import { describe, expect, it } from 'vitest';
import { normalize, normalizeChar, normalizeWithMap, toOriginalSpan } from './normalize';

describe('normalize', () => {
  it('folds alef forms, ya/alef maqsura, ta marbuta and hamza seats', () => {
    expect(normalize('أإآٱ')).toBe('اااا');
    expect(normalize('مستشفى')).toBe('مستشفي');
    expect(normalize('كوريا الشمالية')).toBe('كوريا الشماليه');
    expect(normalize('مؤتمر')).toBe('موتمر');
  });
  it('drops tatweel, diacritics, zero-width and bidi marks', () => {
    expect(normalize('بـوتـيـن')).toBe('بوتين');
    expect(normalize('قَمّةٌ')).toBe('قمه');
    expect(normalize('كيم\u200c جونغ\u200f')).toBe('كيم جونغ');
    expect(normalize('\u2067بوتين\u2069')).toBe('بوتين');
  });
  it('maps Persian/Urdu letters to Arabic ones', () => {
    expect(normalize('کوریا الشمالیة')).toBe('كوريا الشماليه');
    expect(normalize('بیونغ یانغ')).toBe('بيونغ يانغ');
    expect(normalize('ە')).toBe('ه');
  });
  it('turns Arabic-Indic and Persian digits into ASCII, NBSP into a space, Latin to lower case', () => {
    expect(normalize('٢٠٢٤')).toBe('2024');
    expect(normalize('۱۹')).toBe('19');
    expect(normalize('18\u00a0يونيو')).toBe('18 يونيو');
    expect(normalize('Putin')).toBe('putin');
  });
});

describe('normalizeWithMap', () => {
  it('maps normalised spans back to the original text', () => {
    const original = 'قال الرئيسُ بـوتـيـن ٢٠٢٤';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('بوتين');
    const span = toOriginalSpan(n, at, at + 'بوتين'.length);
    expect(original.slice(span.start, span.end)).toBe('بـوتـيـن');
    const y = n.text.indexOf('2024');
    const ys = toOriginalSpan(n, y, y + 4);
    expect(original.slice(ys.start, ys.end)).toBe('٢٠٢٤');
    expect(n.map[n.text.length]).toBe(original.length);
  });
  it('keeps marks inside a span but none outside it', () => {
    const original = '\u200fكيم\u200f';
    const n = normalizeWithMap(original);
    expect(n.text).toBe('كيم');
    const s = toOriginalSpan(n, 0, 3);
    expect(original.slice(s.start, s.end)).toBe('كيم');
  });
});

describe('normalizeWithMap on every code unit', () => {
  /** The rules one code unit at a time, as the definition. */
  function reference(text: string): { text: string; map: number[] } {
    let out = '';
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const r = normalizeChar(text[i]!);
      if (r === '') continue;
      out += r;
      map.push(i);
    }
    map.push(text.length);
    return { text: out, map };
  }
  const same = (text: string) => {
    const got = normalizeWithMap(text);
    expect({ text: got.text, map: [...got.map] }).toEqual(reference(text));
  };

  it('matches normalizeChar for dropped, replaced and kept units, and surrogates paired or not', () => {
    same('');
    same('\ufeff\ufeffأَهْلاً ـــ وسهلاً\u200f\r\n١٢٣ ABC é 😀 — ی\u00a0');
    same('a\ud800b');
    same('\udc00');
    for (let c = 0; c < 0x10000; c += 4096) same(String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => c + i)));
  });
});
