import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../schema/normalize';
import { wordStarts } from './anchored';
import { RULES, findDateMentions, literalHits, resolveDate, ruleMatches } from './date-expressions';
import type { DateExpr, ReferenceDate } from './types';
import { unnormalisedWords } from './vocabulary-spelling';

const one = (s: string) => {
  const ms = findDateMentions(s);
  expect(ms, `mentions in «${s}»`).toHaveLength(1);
  return ms[0]!;
};
const REF: ReferenceDate = { date: '2024-06-17', precision: 'day' }; // a Monday
const at = (s: string, ref: ReferenceDate | null = REF) => resolveDate(one(s).expr, ref);

describe('findDateMentions: stated dates', () => {
  it.each([
    [
      'يومي 18 و19 حزيران/يونيو 2024',
      '18 و19 حزيران/يونيو 2024',
      { start: '2024-06-18', end: '2024-06-19', precision: 'day' },
    ],
    ['في 19 يونيو. 2024.', '19 يونيو. 2024', { start: '2024-06-19', precision: 'day' }],
    ['الأربعاء ١٩ حزيران ٢٠٢٤', 'الأربعاء ١٩ حزيران ٢٠٢٤', { start: '2024-06-19', precision: 'day' }],
    ['في 17 يناير كانون الثاني 2025', '17 يناير كانون الثاني 2025', { start: '2025-01-17', precision: 'day' }],
    [
      'من 18 إلى 20 تموز/يوليو 2023',
      'من 18 إلى 20 تموز/يوليو 2023',
      { start: '2023-07-18', end: '2023-07-20', precision: 'day' },
    ],
    // The month written once, after a last day smaller than the first: the first is the month before.
    [
      'في الفترة من 30 إلى 2 أبريل 2024',
      'من 30 إلى 2 أبريل 2024',
      { start: '2024-03-30', end: '2024-04-02', precision: 'day' },
    ],
    ['من 30 إلى 2 يناير 2024', 'من 30 إلى 2 يناير 2024', { start: '2023-12-30', end: '2024-01-02', precision: 'day' }],
    // February has no 31st: the two months are sure, the days are not.
    ['بين 31 و2 مارس 2023', '31 و2 مارس 2023', { start: '2023-02', end: '2023-03', precision: 'month' }],
    ['في أيلول/سبتمبر 2023', 'أيلول/سبتمبر 2023', { start: '2023-09', precision: 'month' }],
    ['في إبريل 2022', 'إبريل 2022', { start: '2022-04', precision: 'month' }],
    ['في ابريل 2022', 'ابريل 2022', { start: '2022-04', precision: 'month' }],
    ['خلال كانون ثاني 2021', 'كانون ثاني 2021', { start: '2021-01', precision: 'month' }],
    ['في آب/أغسطس 2020', 'آب/أغسطس 2020', { start: '2020-08', precision: 'month' }],
    ['يونيه ۲۰۱۹', 'يونيه ۲۰۱۹', { start: '2019-06', precision: 'month' }],
    ['التقى بوتين عام 2019', 'عام 2019', { start: '2019', precision: 'year' }],
    ['زار في 2000 البلاد', 'في 2000', { start: '2000', precision: 'year' }],
    ['في الحرب الكورية 1950-1953', '1950-1953', { start: '1950', end: '1953', precision: 'year' }],
    ['أواخر 2022', 'أواخر 2022', { start: '2022', precision: 'year', approximate: true }],
    ['في التسعينيات', 'التسعينيات', { start: '1990', end: '1999', precision: 'year', approximate: true }],
  ])('«%s» → %s', (sentence, text, value) => {
    const m = one(sentence);
    expect(m.text).toBe(text);
    expect(sentence.slice(m.start, m.end)).toBe(text);
    expect(m.expr).toEqual({ kind: 'absolute', value: { inferred: false, ...value } });
  });

  it('reads a range across a month without its year as those two months', () => {
    const m = one('من 30 إلى 2 أبريل');
    expect(m.expr).toEqual({ kind: 'month-range', from: 3, to: 4 });
    expect(resolveDate(m.expr, REF)).toEqual({ start: '2024-03', end: '2024-04', precision: 'month', inferred: true });
    // Across the new year: December and January, the December of the year before.
    const jan = one('من 30 إلى 2 يناير');
    expect(jan.expr).toEqual({ kind: 'month-range', from: 12, to: 1 });
    expect(resolveDate(jan.expr, REF)).toEqual({
      start: '2023-12',
      end: '2024-01',
      precision: 'month',
      inferred: true,
    });
  });

  it('finds each year of a list', () => {
    const ms = findDateMentions('الوثائق الموقعة في الأعوام 1961 و2000 و2001.');
    expect(ms.map((m) => m.expr.kind === 'absolute' && m.expr.value.start)).toEqual(['1961', '2000', '2001']);
  });
});

describe('findDateMentions: what is not a date', () => {
  it.each([
    'منذ جائحة كوفيد-19 الذي بدأ',
    'قذيفة مدفعية عيار 152 ملم',
    'أكثر من 11 ألف حاوية',
    '50 مليار دولار',
    'مقاتلات سوخوي-35 وسوخوي-57',
    'قمة مجموعة السبع',
    'أن الاثنين سافرا في سيارة بوتين',
    'الجمعية العامة',
    'الصحف اليومية',
    'منذ أكثر من عقدين',
  ])('«%s»', (s) => {
    expect(findDateMentions(s)).toEqual([]);
  });
});

describe('relative expressions, resolved at a reference date', () => {
  it.each<[string, ReturnType<typeof resolveDate>]>([
    ['أعلن الكرملين الإثنين', { start: '2024-06-17', precision: 'day', inferred: true }],
    ['وأشاد كيم الأربعاء', { start: '2024-06-12', precision: 'day', inferred: true }],
    ['يومي الثلاثاء والأربعاء', { start: '2024-06-11', end: '2024-06-12', precision: 'day', inferred: true }],
    ['وأمس أعلن', { start: '2024-06-16', precision: 'day', inferred: true }],
    ['اليوم', { start: '2024-06-17', precision: 'day', inferred: true }],
    ['الشهر الماضي', { start: '2024-05', precision: 'month', inferred: true }],
    ['العام الماضي', { start: '2023', precision: 'year', inferred: true }],
    ['في تموز/يوليو الماضي', { start: '2023-07', precision: 'month', inferred: true }],
    ['في يوليو الفائت', { start: '2023-07', precision: 'month', inferred: true }],
    ['في آذار/مارس', { start: '2024-03', precision: 'month', inferred: true }],
    ['في سبتمبر', { start: '2023-09', precision: 'month', inferred: true }],
    ['في 19 و20 من الجاري', { start: '2024-06-19', end: '2024-06-20', precision: 'day', inferred: true }],
    // A last day before the first: the first is in the month before (the reference is in June).
    ['بين 30 و2 من الجاري', { start: '2024-05-30', end: '2024-06-02', precision: 'day', inferred: true }],
    ['في 3 و3 من الجاري', { start: '2024-06-03', precision: 'day', inferred: true }],
    ['قبل تسعة أشهر', { start: '2023-09', precision: 'month', inferred: true }],
    ['منذ 24 عاما', { start: '2000', precision: 'year', inferred: true }],
    ['منذ نحو ربع قرن', { start: '1997', end: '2001', precision: 'year', inferred: true, approximate: true }],
    ['بعد أيام', { start: '2024-06', precision: 'month', inferred: true, approximate: true }],
  ])('«%s»', (s, value) => {
    expect(at(s)).toEqual(value);
  });

  it('gives no date rather than a span that ends before it starts', () => {
    // 31 May exists, 31 February does not: with a reference in March there is no such span.
    expect(resolveDate(one('بين 31 و2 من الجاري').expr, { date: '2024-03-17', precision: 'day' })).toBeNull();
    // Whatever the reading, a span is never handed on reversed (the schema would stop the compile).
    const reversed: DateExpr = {
      kind: 'absolute',
      value: { start: '2024-06-30', end: '2024-06-02', precision: 'day', inferred: false },
    };
    expect(resolveDate(reversed, REF)).toBeNull();
    // "Between March and March": that month (a span from it to itself stopped the compile too).
    expect(resolveDate(one('بين مارس ومارس 2023').expr, REF)).toEqual({
      start: '2023-03',
      precision: 'month',
      inferred: false,
    });
  });

  it('"الفائت" is "الماضي" (normalised "الفايت": written with its hamza, it never matched)', () => {
    expect(at('في يوليو الفائت')).toEqual(at('في يوليو الماضي'));
    expect(at('الأسبوع الفائت')).toEqual(at('الأسبوع الماضي'));
    expect(at('العام الفائت')).toEqual(at('العام الماضي'));
  });

  it('a coming weekday is the next one', () => {
    const e = one('سيسافر يوم الأربعاء').expr as Extract<DateExpr, { kind: 'weekday' }>;
    expect(resolveDate({ ...e, direction: 'future' }, REF)).toEqual({
      start: '2024-06-19',
      precision: 'day',
      inferred: true,
    });
  });

  it('January in a December reference is this year; "last January" in January is last year', () => {
    expect(at('في كانون الثاني/يناير', { date: '2024-12-05', precision: 'day' })?.start).toBe('2024-01');
    expect(at('كانون الثاني/يناير الماضي', { date: '2024-01-20', precision: 'day' })?.start).toBe('2023-01');
  });

  it('gives nothing rather than a guess without a reference, or with one too coarse', () => {
    expect(at('الأربعاء', null)).toBeNull();
    expect(at('الأربعاء', { date: '2024', precision: 'year' })).toBeNull();
    expect(at('الأربعاء', { date: '2024-06', precision: 'month' })).toEqual({
      start: '2024-06',
      precision: 'month',
      inferred: true,
    });
    expect(at('أمس', { date: '2024-06', precision: 'month' })).toBeNull();
  });
});

describe('on the seeds', () => {
  const SEEDS = resolve(import.meta.dirname, '../../seeds');
  it('every mention is the exact slice of the article', () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      for (const m of findDateMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('numeric dates and quantities', () => {
  it.each([
    ['تاريخ النشر: 18/06/2024 - 10:32', '18/06/2024', '2024-06-18'],
    ['نشر في 2024-06-18', '2024-06-18', '2024-06-18'],
    ['السبت 5.10.2023', 'السبت 5.10.2023', '2023-10-05'],
  ])('«%s»', (s, text, day) => {
    const m = one(s);
    expect(m.text).toBe(text);
    expect(m.expr).toEqual({ kind: 'absolute', value: { start: day, precision: 'day', inferred: false } });
  });
  it('does not take a count for a year', () => {
    expect(findDateMentions('أرسلت في 2000 حاوية ذخيرة')).toEqual([]);
    // Nouns with a hamza on its seat: normalised text has ي there ("لاجئ" → "لاجي").
    expect(findDateMentions('استقبلت في 2000 لاجئ')).toEqual([]);
    expect(findDateMentions('أطلقت منذ 2020 قذائف وطائرة')).toEqual([]);
    expect(findDateMentions('نسبة 3.5 في المئة و31/02/2024')).toEqual([]);
  });
});

describe('spans and parts of periods', () => {
  it('"between August and February" is the run of months ending at the latest February', () => {
    expect(at('أرسلت بين أغسطس وفبراير نحو 6700 حاوية')).toEqual({
      start: '2023-08',
      end: '2024-02',
      precision: 'month',
      inferred: true,
    });
    expect(at('بين آذار/مارس وأيار/مايو 2022', null)).toEqual({
      start: '2022-03',
      end: '2022-05',
      precision: 'month',
      inferred: false,
    });
  });
  it('"mid-June", "late last month" keep the coarser precision and say so', () => {
    expect(at('في منتصف يونيو')).toEqual({ start: '2024-06', precision: 'month', inferred: true, approximate: true });
    expect(at('أواخر الشهر الماضي')).toEqual({
      start: '2024-05',
      precision: 'month',
      inferred: true,
      approximate: true,
    });
    expect(at('مطلع العام الجاري')).toEqual({ start: '2024', precision: 'year', inferred: true, approximate: true });
    // "أوائل" is "اوايل" normalised (it was written with its hamza and never matched).
    expect(at('أوائل 2023', null)).toEqual({ start: '2023', precision: 'year', inferred: false, approximate: true });
  });
});

describe('the rules’ prefilters', () => {
  // One example or more per rule, near misses, and odd spacing and punctuation.
  const SAMPLES = [
    'تاريخ النشر: 18/06/2024 - 10:32',
    'نشر في 2024-06-18',
    'السبت 5.10.2023 و 2024/6/1',
    'يومي 18 و19 حزيران/يونيو 2024',
    '18-19 يونيو 2024 · من 18 إلى 20 تموز/يوليو 2023 · 3 حتى 5 مايو',
    'في 19 يونيو. 2024. الأربعاء ١٩ حزيران ٢٠٢٤ · 17 يناير كانون الثاني 2025 · 4 من مارس',
    '19 و20 من الجاري · 7 من الشهر الحالي · 3-4 من الجاري',
    'بين أغسطس وفبراير · في الفترة ما بين آذار/مارس وأيار/مايو 2022',
    'منتصف يونيو · أواخر الشهر الماضي · مطلع العام الجاري · ونهاية السنة المقبلة',
    'أوائل 2023 · منتصف يونيو 2024 · أواخر عام 2021',
    'أيلول/سبتمبر 2023 · في سبتمبر من عام 2023 · يونيو (حزيران) 2020',
    'تموز/يوليو الماضي · حزيران/ يونيو الماضي · يونيو المقبل · آب الفائت',
    'في آذار/مارس · في سبتمبر · خلال شهر رمضان · منذ مايو',
    'أعلن. مارس، موسكو استخدمت\nيونيو ، قال',
    'حزيران/يونيو · كانون الثاني / يناير',
    '1950-1953 · 1990 - 2000',
    'التسعينيات · تسعينيات القرن الماضي · الستينيات',
    'عام 2019 · العام 2019 · في 2000 · سنة 2004 · منذ عام 2020 · أرسلت في 2000 حاوية',
    'الأعوام 1961 و2000 و2001',
    'يومي الثلاثاء والأربعاء · يوم الأربعاء · صباح الخميس · والجمعة · أن الاثنين سافرا',
    'اليوم · أمس · أول أمس · غدا · بعد غد · اليوم التالي · بالأمس',
    'الأسبوع الماضي · الشهر المقبل · السنة الماضية · العام الحالي',
    'في وقت سابق من هذا العام · هذا الشهر',
    'قبل تسعة أشهر · منذ 24 عاما · بعد أيام · منذ أكثر من عقدين · منذ نحو ربع قرن · قبل يومين',
    'كوفيد-19 · سوخوي-35 · نسبة 3.5 في المئة و31/02/2024',
    // Clitics before the words the rules are anchored on, as many as the rules allow.
    'وبمنتصف 2023 · فلأواخر العام الماضي · وبالأمس · فالأمس · وأول أمس · فبالجمعة · وصباح الخميس · فيوم الأحد',
    'وبالتسعينيات · فبالعام الماضي · وللسنة الماضية · ولسبتمبر 2023 · فمنذ 24 عاما · وفي 2000 · وبالعام 2019',
    'ويوم الأربعاء 19 حزيران 2024 · والخميس، 3 و4 مايو · ومن 18 إلى 20 تموز/يوليو 2023 · فبحزيران/يونيو الماضي',
    // … and as many as the patterns allow, if no writer would: "ولل" and "ال".
    'وللمنتصف 2023 · فللسبتمبر 2023 · وللالتسعينيات · فللالالعام الماضي · وللالعام 2019',
    '',
  ];
  const texts = () => {
    const SEEDS = resolve(import.meta.dirname, '../../seeds');
    const seeds = readdirSync(SEEDS)
      .filter((x) => x.endsWith('.txt'))
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    // Every sample alone, and joined in pairs without the separator (matches across the seam).
    const pairs = SAMPLES.flatMap((a) => SAMPLES.map((b) => a + b));
    return [...SAMPLES, ...pairs, ...seeds];
  };

  it('never skip a rule that would match', () => {
    for (const text of texts()) {
      const norm = normalize(text);
      RULES.forEach((rule, i) => {
        if (!rule.need || rule.need.test(norm)) return;
        rule.re.lastIndex = 0;
        const m = rule.re.exec(norm);
        if (m) expect.fail(`rule ${i} matches «${m[0]}» in «${text.slice(0, 80)}» without its prefilter`);
      });
    }
  });

  it('find the same mentions as scanning with every rule', () => {
    for (const text of texts()) expect(findDateMentions(text)).toEqual(findDateMentions(text, undefined, false));
  });

  it('anchored, find what the scan over every position finds', () => {
    const show = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m.join('|')}`);
    for (const text of texts()) {
      const norm = normalize(text);
      RULES.forEach((rule, k) => {
        if (!rule.anchor) return;
        const anchored = ruleMatches(k, norm, wordStarts(rule.anchor.words, norm));
        expect(show(anchored), `rule ${k} in «${text.slice(0, 80)}»`).toEqual(show(ruleMatches(k, norm, null)));
      });
    }
  });

  it('find the literal anchors’ words in one scan where each anchor’s own search finds them', () => {
    const literal = RULES.flatMap((r) => (r.anchor?.literals ? [r.anchor] : []));
    expect(literal.length).toBeGreaterThan(5);
    for (const text of texts()) {
      const norm = normalize(text);
      const all = literalHits(norm);
      for (const anchor of literal)
        expect(all.get(anchor.words), String(anchor.words)).toEqual(wordStarts(anchor.words, norm));
    }
  });

  it('spell their Arabic words as normalised text does (a "ئ" or "ة" in a rule never matches)', () => {
    const sources = RULES.flatMap((rule) => [rule.re, rule.need, rule.anchor?.words].flatMap((re) => re?.source ?? []));
    expect(unnormalisedWords(sources)).toEqual([]);
  });

  it('lead with an assertion of the first character that changes no match', () => {
    const lead = /^\(\?=\[[^\]]*\]\)/;
    const led = RULES.filter((r) => lead.test(r.re.source));
    expect(led.length).toBe(3);
    const all = (re: RegExp, text: string) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m.join('|')}`);
      return out;
    };
    for (const text of texts()) {
      const norm = normalize(text);
      for (const rule of led)
        expect(all(rule.re, norm)).toEqual(all(new RegExp(rule.re.source.replace(lead, ''), 'gu'), norm));
    }
  });
});
