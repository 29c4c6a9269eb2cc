import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REPEATED_MAX_LENGTH,
  REPEATED_MIN_LENGTH,
  findRepeatedLines,
  isJsSpace,
  lineKey,
  repeatableKeys,
  segmentArticle,
  splitLines,
} from './segment';

/** Label of the line containing `needle`. */
function labelOf(text: string, needle: string, repeated?: Set<string>) {
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const seg = segmentArticle(text, repeated ? { repeatedLines: repeated } : {}).find(
    (s) => s.start <= at && at < s.end,
  );
  return seg ? `${seg.kind}${seg.reason ? `:${seg.reason}` : ''}` : 'none';
}

const BODY = [
  'أعلن الكرملين يوم الإثنين أن الرئيس الروسي سيزور بيونغ يانغ خلال الأسبوع المقبل في زيارة رسمية.',
  'وقال المتحدث باسم الكرملين إن الزيارة ستشمل توقيع اتفاقيات للتعاون في مجالات عدة بين البلدين.',
  'وأضاف أن التحضيرات جارية منذ أشهر، وأن الجانبين يعملان على وثيقة أساسية جديدة للعلاقات الثنائية.',
].join('\n\n');

describe('segmentArticle: each kind of site furniture', () => {
  it.each([
    ['[ad_1]', 'furniture'],
    ['اقرأ أيضاً: الجيش يعلن نتائج التحقيق', 'furniture'],
    ['كلمات دلالية: روسيا كوريا الشمالية بوتين', 'furniture'],
    ['Share.', 'furniture'],
    ['Comments are closed.', 'furniture'],
    ['المصدر: وكالات', 'furniture'],
    // Words with a hamza on its seat are matched normalised ("الرئيسية" → "الرييسيه").
    ['الرئيسية > أخبار > العالم', 'furniture'],
    ['الصفحة الرئيسية » سياسة', 'furniture'],
    ['شارك مع أصدقائك', 'furniture'],
  ])('«%s» after the body is %s', (line, kind) => {
    const text = `${BODY}\n\n${line}\n`;
    expect(labelOf(text, line).split(':')[0]).toBe(kind);
    expect(labelOf(text, 'أعلن الكرملين')).toBe('body');
  });

  it('knows the whitespace `\\s` knows, every code unit of it', () => {
    for (let c = 0; c < 0x10000; c++)
      if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });

  it('collapses any whitespace in a line before its rules (tab, em space, double space, a space left by a soft hyphen)', () => {
    for (const line of [
      'اطلع\tعلى المزيد',
      'اطلع\u2003على المزيد',
      'اطلع  على\u000bالمزيد',
      '\u00ad\u00a0Home > News',
    ]) {
      const text = `${BODY}\n\n${line}\n\n${BODY}`;
      expect(labelOf(text, line).split(':')[0], JSON.stringify(line)).toBe('furniture');
    }
  });

  it('takes a dateline of up to three words, not four', () => {
    const three = 'بيروت الشرقية القديمة - رويترز';
    const paren = 'بيروت الشرقية القديمة (ا ف ب)';
    const four = 'من بيروت الشرقية القديمة - رويترز';
    const text = `${BODY}\n\n${three}\n\n${BODY}\n\n${paren}\n\n${BODY}\n\n${four}\n\n${BODY}`;
    expect(labelOf(text, three)).toBe('credit:dateline');
    expect(labelOf(text, paren)).toBe('credit:dateline');
    expect(labelOf(text, four)).not.toBe('credit:dateline');
  });

  it('takes a share bar of up to twelve words', () => {
    const twelve = 'شارك فيسبوك تويتر واتساب تلغرام لينكد ان البريد الالكتروني نسخ الرابط حفظ';
    const text = `${BODY}\n\n${twelve}\n\n${BODY}\n\n${twelve} pdf\n\n${BODY}`;
    expect(labelOf(text, twelve)).toBe('furniture:share');
    expect(labelOf(text, `${twelve} pdf`)).not.toBe('furniture:share');
  });

  it('reads a speech verb as a whole word only', () => {
    const credit = 'سبوتنيك / رويترز';
    const label = (line: string) => labelOf(`${BODY}\n\n${credit}\n${line}\n\n${BODY}`, line);
    expect(label('الرئيسان في بيونغ يانغ.')).toBe('caption:after-credit');
    expect(label('الرئيسان في مقالات بيونغ يانغ.')).toBe('caption:after-credit');
    expect(label('وقال: الرئيسان في بيونغ يانغ.')).toBe('body');
    expect(label('الرئيسان في بيونغ يانغ، told.')).toBe('body');
  });

  it('folds a read-also block and the story that follows it', () => {
    const text = `${BODY}\n\nإقرأ أيضاً:\n\nمجلس الدوما يقر معاهدة مع إيران\n\nموسكو - رويترز\nأقر مجلس النواب الروسي اليوم الثلاثاء معاهدة شراكة استراتيجية مدتها 20 عاما مع إيران.\n`;
    expect(labelOf(text, 'أقر مجلس النواب')).toMatch(/^furniture/);
    expect(labelOf(text, 'مجلس الدوما يقر')).toMatch(/^furniture/);
  });

  it('folds a related-articles list', () => {
    const text = `${BODY}\n\nمقالات مشابهة\n\n  • كوريا الشمالية تستعرض صواريخها\n  • ترامب يتوعد الصين\n`;
    expect(labelOf(text, 'كوريا الشمالية تستعرض')).toMatch(/^furniture/);
  });

  it('tells captions and credits from the body', () => {
    const text = `${BODY}\n\nفي هذه الصورة التي وزعتها وكالة سبوتنيك، يصافح الرئيس ضيفه في بيونغ يانغ في 19 يونيو 2024.\n\nفلاديمير سميرنوف / بول / وكالة الصحافة الفرنسية عبر غيتي إيماجز\n\n${BODY}`;
    expect(labelOf(text, 'في هذه الصورة')).toMatch(/^caption/);
    expect(labelOf(text, 'فلاديمير سميرنوف')).toMatch(/^credit/);
  });

  it('marks an author bio at the end', () => {
    const text = `${BODY}\n\nالمصدر: الجزيرة نت\n\nShare.\n\nصحفية عراقية من اربيل خريجة وزارة الاعلام في اربيل سنة 2004\n\nComments are closed.`;
    expect(labelOf(text, 'صحفية عراقية')).toMatch(/^furniture/);
    // A profession with a hamza on its seat ("روائي" is "روايي" normalised).
    const novelist = `${BODY}\n\nروائي مصري صدرت له ثلاث روايات\n\nComments are closed.`;
    expect(labelOf(novelist, 'روائي مصري')).toMatch(/^furniture/);
  });

  it('marks short lines repeated across articles, but not shared wire paragraphs', () => {
    const footer = 'جميع الحقوق محفوظة لموقع الأخبار العربية';
    const wire =
      'وقالت وكالة رويترز إن الرئيسين بحثا خلال اجتماعهما المطول سبل تعزيز التعاون العسكري والاقتصادي بين البلدين في ظل العقوبات الغربية المفروضة عليهما منذ سنوات طويلة.';
    const a = `${BODY}\n\n${wire}\n\n${footer}`;
    const b = `خبر آخر تماما عن الطقس في المنطقة اليوم.\n\n${wire}\n\n${footer}`;
    const repeated = findRepeatedLines([a, b]);
    expect(repeated.has(lineKey(footer))).toBe(true);
    expect(labelOf(a, footer, repeated)).toMatch(/^furniture/);
    expect(labelOf(a, wire, repeated)).toBe('body');
  });
});

describe('repeatableKeys', () => {
  /** What it must give: each line's `lineKey` (a regular expression over the normalised line), in range. */
  const expected = (text: string) =>
    splitLines(text)
      .map((l) => lineKey(l.raw))
      .filter((k) => k.length >= REPEATED_MIN_LENGTH && k.length <= REPEATED_MAX_LENGTH);

  it("gives each line's lineKey, for the lines of a length worth comparing", () => {
    const marks = 'ـً'.repeat(200); // tatweel and tanwin: dropped by normalising
    const text = [
      '«جميع الحقوق محفوظة» — لموقع   الأخبار…',
      'قصير جدا',
      `${marks}سطر طويل بالتشكيل لكن مفتاحه قصير${marks}`, // 400 + code units, a key of 32
      'ب'.repeat(159) + ' ' + 'ت', // a key of 161: too long
      'ب'.repeat(158) + ' ' + 'ت', // 160: kept
      '  ١٢٣٤٥ أرقام هندية وإنجليزية 12345  ',
      'سطر\u200fفيه علامة اتجاه\u200b ومسافة صفرية وما يكفي',
    ].join('\r\n');
    expect(repeatableKeys(text)).toEqual(expected(text));
    expect(repeatableKeys(text)).toHaveLength(5);
  });

  it('agrees with lineKey on every line of the seeds', () => {
    const dir = resolve(import.meta.dirname, '../../seeds');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(resolve(dir, f), 'utf8');
      expect(repeatableKeys(text), f).toEqual(expected(text));
    }
  });
});

describe('segmentArticle on the seeds', () => {
  const seed = (f: string) => readFileSync(resolve(import.meta.dirname, '../../seeds', f), 'utf8');
  it('seeds/000: the inline read-also line and the Iran story are furniture, the body resumes', () => {
    const t = seed('000_134042af00a69b14.txt');
    expect(labelOf(t, 'اقرأ أيضاًالعالم')).toMatch(/^furniture/);
    expect(labelOf(t, 'وأعلن الكرملين الإثنين')).toBe('body');
    expect(labelOf(t, 'وكان الرئيس الروسي فلاديمير بوتين ونظيره الإيراني')).toMatch(/^furniture/);
    expect(labelOf(t, 'زيارة تاريخية إلى قرية الهدنة')).toMatch(/^furniture/);
  });
  it('seeds/003: the author bio is furniture', () => {
    expect(labelOf(seed('003_7ae19593d920b671.txt'), 'صحفية عراقية')).toMatch(/^furniture/);
  });
  it('seeds/004: everything from "إقرأ أيضاً:" on is furniture', () => {
    const t = seed('004_dd0b498a44e088a7.txt');
    const from = t.indexOf('إقرأ أيضاً:');
    for (const s of segmentArticle(t)) if (s.start >= from) expect(s.kind, t.slice(s.start, s.end)).toBe('furniture');
  });
  it('every segment is an ordered, exact slice', () => {
    for (const f of ['000_134042af00a69b14.txt', '001_f6edb634fef66647.txt', '002_400953b9cbf22e48.txt']) {
      const t = seed(f);
      let last = 0;
      for (const s of segmentArticle(t)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
        last = s.end;
      }
    }
  });
});
