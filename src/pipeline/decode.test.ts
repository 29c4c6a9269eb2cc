import { describe, expect, it } from 'vitest';
import { DecodeError, decodeArticle } from './decode';

const ARABIC = 'وصل الرئيس إلى بيونغ يانغ، يوم الأربعاء 19 يونيو 2024.\r\nوقال الكرملين: "زيارة مهمة".';

/** Windows-1256 bytes of the Arabic letters and punctuation used below (from the code page table). */
const CP1256: Record<string, number> = {
  ء: 0xc1,
  آ: 0xc2,
  أ: 0xc3,
  ؤ: 0xc4,
  إ: 0xc5,
  ئ: 0xc6,
  ا: 0xc7,
  ب: 0xc8,
  ة: 0xc9,
  ت: 0xca,
  ث: 0xcb,
  ج: 0xcc,
  ح: 0xcd,
  خ: 0xce,
  د: 0xcf,
  ذ: 0xd0,
  ر: 0xd1,
  ز: 0xd2,
  س: 0xd3,
  ش: 0xd4,
  ص: 0xd5,
  ض: 0xd6,
  ط: 0xd8,
  ظ: 0xd9,
  ع: 0xda,
  غ: 0xdb,
  ف: 0xdd,
  ق: 0xde,
  ك: 0xdf,
  ل: 0xe1,
  م: 0xe3,
  ن: 0xe4,
  ه: 0xe5,
  و: 0xe6,
  ى: 0xec,
  ي: 0xed,
  '،': 0xa1,
  '؛': 0xba,
  '؟': 0xbf,
};

function cp1256(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = CP1256[ch];
      if (b === undefined) throw new Error(`no cp1256 byte for ${ch} in the test table`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) for (let i = 0; i < p.length; i++) out.push(p[i]!);
  return Uint8Array.from(out);
}

function decodeError(bytes: Uint8Array, file = 'seeds/bad.txt'): DecodeError {
  try {
    decodeArticle(bytes, file);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeArticle', () => {
  it('reads UTF-8 without a BOM and keeps CRLF line endings as they are', () => {
    const r = decodeArticle(new TextEncoder().encode(ARABIC), 'a.txt');
    expect(r).toEqual({ text: ARABIC, encoding: 'utf-8', warnings: [] });
    expect(r.text).toContain('\r\n');
  });

  it('removes a UTF-8 BOM so offsets start at the first real character', () => {
    const r = decodeArticle(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(ARABIC)), 'a.txt');
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual([]);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeArticle(utf16(ARABIC, false), 'le.txt')).toEqual({ text: ARABIC, encoding: 'utf-16le', warnings: [] });
    expect(decodeArticle(utf16(ARABIC, true), 'be.txt')).toEqual({ text: ARABIC, encoding: 'utf-16be', warnings: [] });
  });

  it('rejects UTF-16 with a BOM but an odd number of bytes', () => {
    const bytes = utf16('سلام', false);
    const e = decodeError(bytes.subarray(0, bytes.length - 1), 'odd.txt');
    expect(e.file).toBe('odd.txt');
    expect(e.message).toMatch(/odd\.txt.*UTF-16LE.*UTF-8/);
  });

  it('detects Windows-1256 Arabic, decodes it and warns', () => {
    const sentence = 'أعلن الكرملين، يوم الثلاثاء، أن الرئيس سيزور كوريا الشمالية؟ نعم؛ في 18 و19 يونيو 2024.\r\n';
    const r = decodeArticle(cp1256(sentence), 'old.txt');
    expect(r.text).toBe(sentence);
    expect(r.encoding).toBe('windows-1256');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/old\.txt.*Windows-1256.*re-save it as UTF-8/);
  });

  it('keeps mostly-valid UTF-8 with a damaged byte, marked and warned, instead of reading it as 1256', () => {
    const good = new TextEncoder().encode(ARABIC);
    const r = decodeArticle(concat(good, [0xd8]), 'cut.txt'); // a multi-byte character cut in half
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(ARABIC + '\ufffd');
    expect(r.warnings[0]).toMatch(/cut\.txt: 1 invalid UTF-8/);
  });

  it('rejects Latin-1 text that is neither UTF-8 nor Arabic', () => {
    const latin1 = Uint8Array.from(
      [...'Le pr'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x73, 0x69, 0x64, 0x65, 0x6e, 0x74, 0x20, 0xe0, 0x20]),
    );
    const e = decodeError(latin1, 'fr.txt');
    expect(e.message).toMatch(/fr\.txt.*neither UTF-8.*Windows-1256.*UTF-8/);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16], /JPEG image/],
    ['PDF', [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)), /PDF document/],
    ['ZIP/docx', [0x50, 0x4b, 0x03, 0x04, 20, 0], /ZIP archive/],
    ['UTF-32', [0xff, 0xfe, 0, 0, 0x27, 0x06, 0, 0], /UTF-32/],
  ])('rejects a %s file by its signature, naming the file', (_name, bytes, what) => {
    const e = decodeError(Uint8Array.from(bytes), 'seeds/photo.txt');
    expect(e).toBeInstanceOf(DecodeError);
    expect(e.name).toBe('DecodeError');
    expect(e.file).toBe('seeds/photo.txt');
    expect(e.message).toMatch(what);
    expect(e.message).toMatch(/^seeds\/photo\.txt: .*save the article as plain text in UTF-8/);
  });

  it('rejects NUL bytes without a UTF-16 BOM (binary, or UTF-16 we cannot order)', () => {
    const e = decodeError(concat(new TextEncoder().encode('نص'), [0, 0, 1, 2]), 'nul.txt');
    expect(e.message).toMatch(/nul\.txt: contains NUL bytes.*UTF-16 without a byte-order mark/);
  });

  it('rejects control characters in otherwise valid UTF-8', () => {
    const e = decodeError(concat(new TextEncoder().encode('نص عربي'), [0x01, 0x02, 0x1b]), 'ctl.txt');
    expect(e.message).toMatch(/ctl\.txt: contains a control character \(U\+0001\)/);
  });

  it('rejects NUL characters inside UTF-16 text', () => {
    const e = decodeError(utf16('نص\u0000\u0000', false), 'nul16.txt');
    expect(e.message).toMatch(/control character \(U\+0000\)/);
  });

  it('returns empty text with a warning for empty, BOM-only and whitespace-only files', () => {
    for (const bytes of [
      new Uint8Array(0),
      Uint8Array.from([0xef, 0xbb, 0xbf]),
      new TextEncoder().encode(' \r\n\t\n\u00a0'),
      utf16('\n\n', false),
    ]) {
      const r = decodeArticle(bytes, 'empty.txt');
      expect(r.text).toBe('');
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/empty\.txt: the file is empty/);
    }
  });

  it('keeps tabs, form feeds and Arabic punctuation', () => {
    const text = 'عنوان\t\f؟ «نص» — ١٢٣';
    expect(decodeArticle(new TextEncoder().encode(text), 'x.txt').text).toBe(text);
  });
});
