/**
 * Arabic date expressions: found on normalised text (src/schema/normalize.ts), reported with
 * offsets into the original, and resolved against a reference date only when asked.
 */
import { normalizeWithMap, toOriginalSpan, type Normalized } from '../schema/normalize';
import { matchesNear, wordStarts } from './anchored';
import { DenseTrie } from './literal-matcher';
import { addDays, lastDay, weekday as weekdayOf } from './calendar';
import type { DateExpr, DateMention, DateValue, ReferenceDate } from './types';
import { WORD_CHAR, WORD_END, WORD_START } from './word-edges';

const MONTHS: [string, number][] = [
  ['كانون الثاني', 1],
  ['كانون ثاني', 1],
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['اب', 8],
  ['ايلول', 9],
  ['تشرين الاول', 10],
  ['تشرين اول', 10],
  ['تشرين الثاني', 11],
  ['تشرين ثاني', 11],
  ['كانون الاول', 12],
  ['كانون اول', 12],
  ['يناير', 1],
  ['فبراير', 2],
  ['فبرايير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['ابرايل', 4],
  ['مايو', 5],
  ['ماي', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['اغسطوس', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];
const MONTH = new Map(MONTHS);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const M = `(?:${MONTHS.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
/** A month, or a pair in either system: "حزيران/يونيو", "يونيو (حزيران)", "17 يناير كانون الثاني". */
const MP = `(${M})(?:\\s*[/\\-(]\\s*(${M})\\s*\\)?|\\s+(${M}))?`;
const B = WORD_START;
const E = WORD_END;
const CL = '(?:[وف]?(?:[بلك]|لل)?)';
const DAY = '([0-3]?\\d)';
const YEAR = '((?:1[89]|20)\\d\\d)';

const WEEKDAYS: [string, number][] = [
  ['الاحد', 0],
  ['الاثنين', 1],
  ['الاتنين', 1],
  ['الثلاثاء', 2],
  ['الثلاثا', 2],
  ['الاربعاء', 3],
  ['الخميس', 4],
  ['الجمعه', 5],
  ['السبت', 6],
];
const WD = new Map(WEEKDAYS);
const WDR = `(${WEEKDAYS.map(([n]) => n).join('|')})`;
/** An optional weekday before a full date ("الأربعاء 19 حزيران 2024"): one mention, not two. */
const WDP = `(?:[وف]?(?:يوم\\s+)?(?:${WEEKDAYS.map(([n]) => n).join('|')})\\s*[،,]?\\s+)?`;

const NUM_WORDS: [string, number][] = [
  ['واحد', 1],
  ['واحده', 1],
  ['اثنين', 2],
  ['اثنان', 2],
  ['ثلاثه', 3],
  ['ثلاث', 3],
  ['اربعه', 4],
  ['اربع', 4],
  ['خمسه', 5],
  ['خمس', 5],
  ['سته', 6],
  ['ست', 6],
  ['سبعه', 7],
  ['سبع', 7],
  ['ثمانيه', 8],
  ['ثماني', 8],
  ['ثمان', 8],
  ['تسعه', 9],
  ['تسع', 9],
  ['عشره', 10],
  ['عشر', 10],
  ['احد عشر', 11],
  ['اثني عشر', 12],
  ['اثنا عشر', 12],
  ['عشرين', 20],
  ['عشرون', 20],
  ['ثلاثين', 30],
  ['اربعين', 40],
  ['خمسين', 50],
];
const NUMW = new Map(NUM_WORDS);
const NUMR = `(\\d{1,3}|${NUM_WORDS.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const UNITS: [string, 'day' | 'week' | 'month' | 'year', number][] = [
  ['يوم', 'day', 1],
  ['ايام', 'day', 1],
  ['يوما', 'day', 1],
  ['اسبوع', 'week', 1],
  ['اسابيع', 'week', 1],
  ['اسبوعا', 'week', 1],
  ['شهر', 'month', 1],
  ['اشهر', 'month', 1],
  ['شهور', 'month', 1],
  ['شهرا', 'month', 1],
  ['عام', 'year', 1],
  ['عاما', 'year', 1],
  ['اعوام', 'year', 1],
  ['سنه', 'year', 1],
  ['سنوات', 'year', 1],
  ['سنين', 'year', 1],
  ['عقد', 'year', 10],
  ['عقود', 'year', 10],
];
const UNIT = new Map(UNITS.map(([w, u, k]) => [w, { u, k }]));
const UNITR = `(${UNITS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DUALS: Record<string, { u: 'day' | 'week' | 'month' | 'year'; n: number }> = {
  يومين: { u: 'day', n: 2 },
  اسبوعين: { u: 'week', n: 2 },
  شهرين: { u: 'month', n: 2 },
  عامين: { u: 'year', n: 2 },
  سنتين: { u: 'year', n: 2 },
  عقدين: { u: 'year', n: 20 },
};

/** Nouns a number counts ("في 2000 حاوية"): after them a four-digit number is a quantity, not a year. */
const COUNTED =
  '(?:[وف]?(?:ال)?(?:حاويه|حاويات|شخص|اشخاص|قتيل|قتلي|جريح|جندي|جنود|عامل|عمال|دولار|يورو|روبل|وون|طن|اطنان|كيلومتر|كلم|كم|ميل|متر|صاروخ|صواريخ|قذيفه|قذايف|طلقه|مليون|مليار|الف|الاف|مره|منزل|شركه|موظف|طالب|لاجي|لاجيين|اسير|اسري|سياره|طايره|سفينه|مسيره|مسيرات))(?![\\p{L}])';

/** Day-first numeric dates: "18/06/2024", "18-6-2024", "18.06.2024", and ISO "2024-06-18". */
const NUMERIC_DMY = '([0-3]?\\d)([/.\\-])(0?[1-9]|1[0-2])\\2((?:19|20)\\d\\d)';
// Groups 5–8 in the combined pattern, so its back-reference is \\6.
const NUMERIC_YMD = '((?:19|20)\\d\\d)([/\\-])(0?[1-9]|1[0-2])\\6([0-3]?\\d)';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const monthOf = (a?: string, b?: string, c?: string) =>
  MONTH.get(a ?? '') ?? MONTH.get(b ?? '') ?? MONTH.get(c ?? '') ?? 0;
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (NUMW.get(s) ?? NaN));
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= Number(lastDay(`${y}-${pad(m)}`).slice(8));

/** See Rule.anchor. */
interface Anchor {
  /** Global; searched stepping one character past each hit, so that overlapping hits count. */
  words: RegExp;
  /** At most this many characters from a match's start to where its word starts. */
  reach: number;
  /**
   * When `words` is nothing but these literals as alternatives: their hits then come from one scan
   * of the text for every such anchor (`literalHits`), not from a search per anchor.
   */
  literals?: readonly string[];
}

interface Rule {
  re: RegExp;
  /**
   * What any match of `re` contains, as a simpler expression: a text without it is not scanned
   * with `re` (two dozen expressions over every article were a quarter of the compile; most rules
   * find nothing in most articles, and a literal search is far cheaper than trying `re` at every
   * position). None where the rule is cheap, nearly every article has what it needs, or its anchor
   * is as good a filter (no hits, no match).
   */
  need?: RegExp;
  /**
   * Words of which every match has one starting within `reach` characters of its own start (after
   * the clitics, say): `re` is then tried only at the positions up to `reach` before a hit, not at
   * every position of the text. Led by a lookbehind and optional clitics, most rules give the
   * engine nothing to skip ahead to, and scanning with them was over half of findDateMentions; the
   * anchored rules cost about half as much (measured per rule on 2,000 generated articles).
   */
  anchor?: Anchor;
  make: (m: RegExpExecArray) => DateExpr | null;
  /** Context check on the normalised text before the match. */
  guard?: (norm: string, index: number) => boolean;
}

/**
 * What a match of the rules led by a day can start with: a digit, or WDP's first letter (و ف, the
 * ي of "يوم", the ا of a weekday's article) — and "من" for a range. Asserted first, it lets the
 * engine pass over every other position at once; led by the lookbehind, the expressions were tried
 * in full at each one (twice as slow).
 */
const DAY_LED = '(?=[وفيا0-9])';
const RANGE_LED = '(?=[وفيام0-9])';

const abs = (value: DateValue): DateExpr => ({ kind: 'absolute', value });
/** Any of these literal words (one expression: several times faster than an `includes` each). */
const anyOf = (words: readonly string[]) => new RegExp(words.map(esc).join('|'));
/** "Early/mid/late": every rule about part of a period starts with one of these. */
const PART_WORDS = ['اوايل', 'مطلع', 'بدايه', 'منتصف', 'اواسط', 'اواخر', 'نهايه'];
/** An anchor (Rule.anchor) for the words. */
const anchorOf = (words: readonly string[], reach: number): Anchor => ({
  words: new RegExp(words.map(esc).join('|'), 'g'),
  reach,
  literals: words,
});
/** How far CL (a conjunction and a preposition, "ولل") puts a word from the match's start. */
const CL_LEN = 3;
const PART_ANCHOR = anchorOf(PART_WORDS, CL_LEN);
/**
 * The rules led by a day: WDP's "يوم" or weekday after at most "و"/"ف", else the day's first digit
 * (or, for a range, "من") at the start.
 */
const dayLedAnchor = (words: readonly string[]): Anchor => {
  const literals = ['يوم', ...WEEKDAYS.map(([n]) => n), ...words];
  return {
    words: new RegExp(`[0-9]|${literals.map(esc).join('|')}`, 'g'),
    reach: 1,
    literals: [...'0123456789', ...literals],
  };
};
const MONTH_ANCHOR = anchorOf(
  MONTHS.map(([n]) => n),
  CL_LEN,
);
/** The months' hits (the same search) for the rules a month starts. */
const MONTH_AT_START: Anchor = { ...MONTH_ANCHOR, reach: 0 };
/** What YEAR matches, unanchored. */
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;

// Order matters only for ties: the longest match at a position wins. (Exported for the tests.)
export const RULES: Rule[] = [
  // 18/06/2024 · 2024-06-18 (datelines, "تاريخ النشر"): Arabic sites write the day first.
  {
    need: /\d[/.-]\d/,
    re: new RegExp(
      `${DAY_LED}(?<![${WORD_CHAR}/.\\-])${WDP}(?:${NUMERIC_DMY}|${NUMERIC_YMD})(?![0-9/\\-]|\\.\\d)`,
      'gu',
    ),
    make: (m) => {
      const [d, mo, y] = m[1] ? [Number(m[1]), Number(m[3]), Number(m[4])] : [Number(m[8]), Number(m[7]), Number(m[5])];
      if (!validDay(y, mo, d)) return null;
      return abs({ start: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', inferred: false });
    },
  },
  // 18 و19 حزيران/يونيو 2024 · 18-19 يونيو 2024 · من 18 إلى 20 يونيو 2024 · من 30 إلى 2 أبريل 2024
  {
    need: /\d\s*(?:و|-|الي|حتي)\s*\d/,
    anchor: dayLedAnchor(['من']),
    re: new RegExp(
      `${RANGE_LED}${B}${WDP}(?:من\\s+)?${DAY}\\s*(?:و|-|الي|حتي)\\s*${DAY}\\s+(?:من\\s+)?${MP}\\.?\\s*(?:عام\\s+|سنه\\s+)?${YEAR}?${E}`,
      'gu',
    ),
    make: (m) => {
      const [d1, d2, mo, y] = [Number(m[1]), Number(m[2]), monthOf(m[3], m[4], m[5]), m[6] ? Number(m[6]) : null];
      if (!mo || d2 === d1) return null;
      if (d2 < d1) {
        // "من 30 إلى 2 أبريل". Left to the other rules, "2 أبريل 2024" alone was taken for the date.
        if (y === null) return { kind: 'month-range', from: mo === 1 ? 12 : mo - 1, to: mo };
        const days = fromMonthBefore(y, mo, d1, d2, false);
        if (days) return abs(days);
        // A first day that month does not have: which days is unclear, the two months are not.
        const [by, bm] = monthShift(y, mo, -1);
        return abs({ start: `${by}-${pad(bm)}`, end: `${y}-${pad(mo)}`, precision: 'month', inferred: false });
      }
      if (y === null) return { kind: 'month-day', month: mo, days: [d1, d2], direction: 'nearest' };
      if (!validDay(y, mo, d1) || !validDay(y, mo, d2)) return null;
      return abs({
        start: `${y}-${pad(mo)}-${pad(d1)}`,
        end: `${y}-${pad(mo)}-${pad(d2)}`,
        precision: 'day',
        inferred: false,
      });
    },
  },
  // 19 حزيران/يونيو 2024 · 19 يونيو. 2024 · 19 يونيو
  {
    need: new RegExp(`\\d\\s+(?:من\\s+)?${M}`),
    anchor: dayLedAnchor([]),
    re: new RegExp(`${DAY_LED}${B}${WDP}${DAY}\\s+(?:من\\s+)?${MP}\\.?\\s*(?:عام\\s+|سنه\\s+)?${YEAR}?${E}`, 'gu'),
    make: (m) => {
      const [d, mo, y] = [Number(m[1]), monthOf(m[2], m[3], m[4]), m[5] ? Number(m[5]) : null];
      if (!mo) return null;
      if (y === null)
        return d >= 1 && d <= 31 ? { kind: 'month-day', month: mo, days: [d], direction: 'nearest' } : null;
      if (!validDay(y, mo, d)) return null;
      return abs({ start: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', inferred: false });
    },
  },
  // 19 و20 من الجاري / من الشهر الجاري
  {
    need: anyOf(['الجاري', 'الحالي']),
    re: new RegExp(`${B}${DAY}(?:\\s*(?:و|-)\\s*${DAY})?\\s+من\\s+(?:الشهر\\s+)?(?:الجاري|الحالي)${E}`, 'gu'),
    make: (m) => ({ kind: 'current-month-days', days: m[2] ? [Number(m[1]), Number(m[2])] : [Number(m[1])] }),
  },
  // بين أغسطس وفبراير
  {
    need: anyOf(['بين']),
    re: new RegExp(
      `${B}(?:في\\s+(?:الفتره\\s+)?(?:ما\\s+)?)?بين\\s+${MP}\\s+و${MP}(?:\\s+(?:من\\s+)?(?:عام\\s+)?${YEAR})?${E}`,
      'gu',
    ),
    make: (m) => {
      const from = monthOf(m[1], m[2], m[3]);
      const to = monthOf(m[4], m[5], m[6]);
      if (!from || !to) return null;
      if (m[7]) {
        const y = Number(m[7]);
        const fromYear = from <= to ? y : y - 1;
        return abs({ start: `${fromYear}-${pad(from)}`, end: `${y}-${pad(to)}`, precision: 'month', inferred: false });
      }
      return { kind: 'month-range', from, to };
    },
  },
  // "منتصف يونيو", "أواخر الشهر الماضي", "مطلع العام الجاري": a part of a period, said at the period's precision.
  {
    anchor: PART_ANCHOR,
    re: new RegExp(
      `${B}${CL}(?:اوايل|مطلع|بدايه|منتصف|اواسط|اواخر|نهايه)\\s+(?:(${M})|(?:ال)?(الشهر|العام|السنه)\\s+(الماضي|الماضيه|المقبل|المقبله|الجاري|الحالي|الحاليه))${E}(?!\\s*(?:[/(]|عام|العام)?\\s*(?:1[89]|20)\\d\\d)`,
      'gu',
    ),
    make: (m) => {
      if (m[1]) {
        const mo = monthOf(m[1]);
        return mo && m[1] !== 'اب' && m[1] !== 'ماي'
          ? { kind: 'month-day', month: mo, direction: 'nearest', approximate: true }
          : null;
      }
      const unit = m[2] === 'الشهر' ? 'month' : 'year';
      const amount = /ماضي/.test(m[3]!) ? -1 : /مقبل/.test(m[3]!) ? 1 : 0;
      return { kind: 'relative', unit, amount, approximate: true };
    },
  },
  // أوائل/منتصف/أواخر 2023 · أوائل يونيو 2024
  {
    anchor: PART_ANCHOR,
    re: new RegExp(
      `${B}${CL}(اوايل|مطلع|بدايه|منتصف|اواسط|اواخر|نهايه)\\s+(?:${MP}\\s+)?(?:عام\\s+|العام\\s+)?${YEAR}${E}`,
      'gu',
    ),
    make: (m) => {
      const mo = monthOf(m[2], m[3], m[4]);
      const y = Number(m[5]);
      return mo
        ? abs({ start: `${y}-${pad(mo)}`, precision: 'month', inferred: false, approximate: true })
        : abs({ start: `${y}`, precision: 'year', inferred: false, approximate: true });
    },
  },
  // أيلول/سبتمبر 2023 · في سبتمبر 2023
  {
    anchor: MONTH_ANCHOR,
    re: new RegExp(`${B}${CL}${MP}\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+|سنه\\s+)?,?\\s*${YEAR}${E}`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[1], m[2], m[3]);
      return mo ? abs({ start: `${m[4]}-${pad(mo)}`, precision: 'month', inferred: false }) : null;
    },
  },
  // تموز/يوليو الماضي · حزيران/ يونيو الماضي · يونيو المقبل
  {
    anchor: MONTH_ANCHOR,
    re: new RegExp(`${B}${CL}${MP}\\s+(الماضي|المنصرم|الفايت|المقبل|القادم)${E}`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[1], m[2], m[3]);
      return mo
        ? { kind: 'month-day', month: mo, direction: /الماضي|المنصرم|الفايت/.test(m[4]!) ? 'past' : 'future' }
        : null;
    },
  },
  // في آذار/مارس · في سبتمبر (a bare month needs a cue: "في", "خلال", "منذ", or a paired form)
  {
    // Led by a lookbehind, the expression was tried at every position; tried only where a month
    // starts, it needs no prefilter (the cue and a month) either.
    anchor: MONTH_AT_START,
    re: new RegExp(
      `(?<=(?:^|\\s)[وف]?(?:في|خلال|منذ|حتي|مطلع|اوايل|منتصف|اواخر|نهايه|بدايه|شهر)\\s+)${MP}${E}(?!\\s*[./،,]?\\s*(?:عام\\s+|العام\\s+|سنه\\s+)?(?:1[89]|20)\\d\\d)`,
      'gu',
    ),
    make: (m) => {
      const mo = monthOf(m[1], m[2], m[3]);
      // "آب" and "ماي" alone are common words; only paired or with a day/year do they count.
      if (!mo || ((m[1] === 'اب' || m[1] === 'ماي') && !m[2] && !m[3])) return null;
      return { kind: 'month-day', month: mo, direction: 'nearest' };
    },
  },
  // A month opening a sentence: "مارس، موسكو استخدمت…"
  {
    // As in the rule above: tried where a month starts, without a prefilter.
    anchor: MONTH_AT_START,
    re: new RegExp(`(?<=^|[.!؟?]\\s*|\\n\\s*)(${M})(?=\\s*[،,])`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[1]);
      return mo && m[1] !== 'اب' && m[1] !== 'ماي' ? { kind: 'month-day', month: mo, direction: 'nearest' } : null;
    },
  },
  // Paired months without a cue: "حزيران/يونيو"
  {
    need: anyOf(['/']),
    anchor: MONTH_ANCHOR,
    re: new RegExp(`${B}${CL}(${M})\\s*/\\s*(${M})${E}`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[1], m[2]);
      return mo ? { kind: 'month-day', month: mo, direction: 'nearest' } : null;
    },
  },
  // 1950-1953 · بين 1950 و1953 · الأعوام 1961 و2000 و2001 (each year separately below)
  {
    re: new RegExp(`${B}${YEAR}\\s*-\\s*${YEAR}${E}`, 'gu'),
    make: (m) =>
      Number(m[2]) > Number(m[1]) ? abs({ start: m[1]!, end: m[2]!, precision: 'year', inferred: false }) : null,
  },
  // التسعينيات · تسعينيات القرن الماضي
  {
    // CL and "ال" before the decade.
    anchor: anchorOf(['ستينيات', 'سبعينيات', 'ثمانينيات', 'تسعينيات'], CL_LEN + 2),
    re: new RegExp(
      `${B}${CL}(?:ال)?(ستينيات|سبعينيات|ثمانينيات|تسعينيات)(?:\\s+القرن\\s+(?:الماضي|العشرين))?${E}`,
      'gu',
    ),
    make: (m) => {
      const dec = { ستينيات: 1960, سبعينيات: 1970, ثمانينيات: 1980, تسعينيات: 1990 }[m[1] as 'ستينيات'];
      return abs({ start: `${dec}`, end: `${dec + 9}`, precision: 'year', inferred: false, approximate: true });
    },
  },
  // عام 2019 · العام 2019 · في 2000 · سنة 2004 · منذ عام 2020 · و2001 after a year list
  {
    need: YEAR_DIGITS,
    // Either word before the year, after at most CL and "ال", and only where a year follows it as
    // in either branch ("في", "عام" alone are in every article).
    anchor: {
      words: /(?:عام|اعوام|سنه|سنوات|في|منذ|خلال|حتي|مطلع|قبل|بعد)(?=\s+(?:ال)?(?:عام\s+)?(?:1[89]|20)\d\d)/g,
      reach: CL_LEN + 2,
    },
    re: new RegExp(
      `${B}(?:${CL}(?:ال)?(?:عام|اعوام|سنه|سنوات)\\s+|[وف]?(?:في|منذ|خلال|حتي|مطلع|قبل|بعد)\\s+(?:ال)?(?:عام\\s+)?)${YEAR}${E}(?![/.\\-]\\d)(?!\\s*${COUNTED})`,
      'gu',
    ),
    make: (m) => abs({ start: m[1]!, precision: 'year', inferred: false }),
  },
  {
    // The lookbehind after the "و" rather than before it: led by the literal, the engine skips to
    // each "و" at once; led by the lookbehind, it tried that at every position (twice as slow). So
    // cheap, it goes without the prefilter it had ("\d\s+و\d", which cost more than it saved).
    re: new RegExp(`و(?<=${YEAR}\\s+و)${YEAR}${E}`, 'gu'),
    make: (m) => abs({ start: m[2]!, precision: 'year', inferred: false }),
  },
  // "يومي الثلاثاء والأربعاء": two consecutive days.
  {
    re: new RegExp(`${B}[وف]?يومي\\s+${WDR}\\s+و${WDR}${E}`, 'gu'),
    make: (m) => ({ kind: 'weekday', weekday: WD.get(m[1]!)!, toWeekday: WD.get(m[2]!)!, direction: 'nearest' }),
  },
  // Weekdays: "يوم الأربعاء", "الثلاثاء", "صباح الأربعاء", "والأربعاء" — but "أن الاثنين سافرا" is "the two".
  {
    // The time of day after at most "و"/"ف", or the weekday after at most "و"/"ف" and "ب"/"ل".
    anchor: anchorOf(['يوم', 'صباح', 'مساء', 'ليل', 'ظهر', ...WEEKDAYS.map(([n]) => n)], 2),
    re: new RegExp(`${B}(?:[وف]?(?:يوم|يومي|صباح|مساء|ليل|ليله|ظهر)\\s+)?[وف]?(?:[بل])?${WDR}${E}`, 'gu'),
    make: (m) => ({ kind: 'weekday', weekday: WD.get(m[1]!)!, direction: 'nearest' }),
    guard: (norm, index) => !/(?:^|\s)(?:[لب]?ان|بين)\s+$/u.test(norm.slice(Math.max(0, index - 6), index)),
  },
  // اليوم / أمس / أول أمس / غدا / بعد غد
  {
    need: anyOf(['اليوم']),
    re: new RegExp(`${B}[وف]?(?:ال)?اليوم${E}(?!\\s+(?:التالي|الاول|الثاني|الوطني))`, 'gu'),
    make: () => ({ kind: 'relative', unit: 'day', amount: 0 }),
  },
  {
    // "امس" after at most "و"/"ف", "ب" and "ال"; or "اول" at the start.
    anchor: anchorOf(['امس', 'اول'], 4),
    re: new RegExp(`${B}(?:[وف]?(?:ب)?(?:ال)?امس|اول\\s+امس)${E}`, 'gu'),
    make: (m) => ({ kind: 'relative', unit: 'day', amount: /اول/.test(m[0]) ? -2 : -1 }),
  },
  {
    need: anyOf(['غد']),
    re: new RegExp(`${B}(?:[وف]?غدا|بعد\\s+غد)${E}`, 'gu'),
    make: (m) => ({ kind: 'relative', unit: 'day', amount: /بعد/.test(m[0]) ? 2 : 1 }),
  },
  // الأسبوع/الشهر/العام الماضي · السنة الماضية · المقبل
  {
    // CL and "ال" before the period.
    anchor: anchorOf(['الاسبوع', 'الشهر', 'العام', 'السنه'], CL_LEN + 2),
    re: new RegExp(
      `${B}${CL}(?:ال)?(الاسبوع|الشهر|العام|السنه)\\s+(الماضي|الماضيه|المنصرم|الفايت|المقبل|المقبله|القادم|القادمه|الجاري|الحالي|الحاليه)${E}`,
      'gu',
    ),
    make: (m) => {
      const unit = m[1] === 'الاسبوع' ? 'week' : m[1] === 'الشهر' ? 'month' : 'year';
      const dir = /ماضي|منصرم|فايت/.test(m[2]!) ? -1 : /مقبل|قادم/.test(m[2]!) ? 1 : 0;
      return { kind: 'relative', unit, amount: dir };
    },
  },
  // في وقت سابق من هذا العام / هذا الشهر
  {
    need: anyOf(['هذا']),
    re: new RegExp(`${B}(?:في\\s+وقت\\s+سابق\\s+من\\s+)?هذا\\s+(العام|الشهر|الاسبوع)${E}`, 'gu'),
    make: (m) => ({
      kind: 'relative',
      unit: m[1] === 'العام' ? 'year' : m[1] === 'الشهر' ? 'month' : 'week',
      amount: 0,
      ...(/سابق/.test(m[0]) ? { approximate: true } : {}),
    }),
  },
  // قبل تسعة أشهر · منذ 24 عاما · بعد أيام · منذ أكثر من عقدين · منذ نحو ربع قرن
  {
    anchor: anchorOf(['قبل', 'منذ', 'بعد'], 1),
    re: new RegExp(
      `${B}[وف]?(قبل|منذ|بعد)\\s+(?:(نحو|حوالي|قرابه|اكثر\\s+من|اقل\\s+من|ما\\s+يقارب)\\s+)?(?:(ربع\\s+قرن|نصف\\s+قرن|قرن|يومين|اسبوعين|شهرين|عامين|سنتين|عقدين)|${NUMR}\\s+${UNITR}|(ايام|اسابيع|اشهر|سنوات|اعوام))${E}`,
      'gu',
    ),
    make: (m) => {
      const sign = m[1] === 'بعد' ? 1 : -1;
      // "منذ أكثر من عقدين" is a bound, not a date: saying "2004" would be confidently wrong.
      if (m[2] && /اكثر|اقل/u.test(m[2])) return null;
      const approx = !!m[2] || !!m[6];
      let unit: 'day' | 'week' | 'month' | 'year';
      let n: number;
      if (m[3]) {
        const w = m[3].replace(/\s+/g, ' ');
        if (w === 'ربع قرن') [unit, n] = ['year', 25];
        else if (w === 'نصف قرن') [unit, n] = ['year', 50];
        else if (w === 'قرن') [unit, n] = ['year', 100];
        else ({ u: unit, n } = DUALS[w]!);
      } else if (m[4] && m[5]) {
        const u = UNIT.get(m[5])!;
        n = num(m[4]) * u.k;
        unit = u.u;
        if (!Number.isFinite(n) || n <= 0) return null;
      } else {
        // "بعد أيام": a few days — approximate, in the unit named.
        const w = m[6]!;
        unit = w === 'ايام' ? 'day' : w === 'اسابيع' ? 'week' : w === 'اشهر' ? 'month' : 'year';
        n = 3;
      }
      return { kind: 'relative', unit, amount: sign * n, ...(approx || m[6] ? { approximate: true } : {}) };
    },
  },
];

/** Each rule's expression, sticky: tried at one position at a time, for the anchored scan. */
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', 'y')));

/**
 * The anchors made of literals (`Anchor.literals`), one per distinct `words`, and one trie of all
 * their words whose value at a word's end has bit `i` set for each anchor `i` that lists it.
 * Searching for each anchor's words with its expression was half of findDateMentions (1.15 s of a
 * 10,000-article compile's 2.45 s): V8 tries an alternation of literals one by one at each
 * position, and there were eleven such searches per article.
 */
const LITERAL_ANCHORS = (() => {
  const anchors: Anchor[] = [];
  for (const r of RULES)
    if (r.anchor?.literals && !anchors.some((a) => a.words === r.anchor!.words)) anchors.push(r.anchor);
  if (anchors.length > 31) throw new Error('date rules: more literal anchors than bits in a mask');
  const maskOf = new Map<string, number>();
  anchors.forEach((a, i) => {
    for (const w of a.literals!) if (w !== '') maskOf.set(w, (maskOf.get(w) ?? 0) | (1 << i));
  });
  return { anchors, trie: new DenseTrie([...maskOf]) };
})();

/**
 * The hits of every literal anchor (`wordStarts` of its `words`), from one walk of the trie at
 * each position of the text. (Exported for the tests.)
 */
export function literalHits(text: string): Map<RegExp, number[]> {
  const { anchors, trie } = LITERAL_ANCHORS;
  const { symbol, symbols, children, value } = trie;
  const lists = anchors.map((): number[] => []);
  const n = text.length;
  for (let p = 0; p < n; p++) {
    // Every anchor with a word starting here (words sharing a start, as "كانون الثاني" and
    // "كانون ثاني", count once).
    let found = 0;
    for (let i = p, node = 0; i < n; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) break;
      node = children[node * symbols + sym]!;
      if (node === 0) break;
      const mask = value[node]!;
      if (mask > 0) found |= mask;
    }
    for (; found !== 0; found &= found - 1) lists[31 - Math.clz32(found & -found)]!.push(p);
  }
  return new Map(anchors.map((a, i) => [a.words, lists[i]!]));
}

/**
 * The rule's non-empty matches, as `re.exec` in a loop finds them; given the anchor's hits, by
 * trying the rule only near them (`matchesNear`). (Exported for the tests.)
 */
export function ruleMatches(k: number, text: string, hits: readonly number[] | null): RegExpExecArray[] {
  const rule = RULES[k]!;
  if (hits) return matchesNear(STICKY[k]!, text, hits, rule.anchor!.reach);
  const out: RegExpExecArray[] = [];
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (m[0].length > 0) out.push(m);
    else rule.re.lastIndex++;
  }
  return out;
}

/**
 * Every date expression in the text, in order, longest first at overlaps. `prefilter: false`
 * scans with every rule whatever the text contains (tests compare the two).
 */
export function findDateMentions(text: string, normalized?: Normalized, prefilter = true): DateMention[] {
  const norm = normalized ?? normalizeWithMap(text);
  const found: { start: number; end: number; expr: DateExpr }[] = [];
  // Rules may share an anchor's words (five the months'): search for them once per text, the
  // literal anchors' all at once (when a rule first needs one).
  let hitsOf: Map<RegExp, number[]> | null = null;
  for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k]!;
    if (prefilter && rule.need && !rule.need.test(norm.text)) continue;
    let hits: number[] | null = null;
    if (prefilter && rule.anchor) {
      if (rule.anchor.literals) hitsOf ??= literalHits(norm.text);
      hits = hitsOf?.get(rule.anchor.words) ?? wordStarts(rule.anchor.words, norm.text);
    }
    for (const m of ruleMatches(k, norm.text, hits)) {
      if (rule.guard && !rule.guard(norm.text, m.index)) continue;
      const expr = rule.make(m);
      if (!expr) continue;
      // Trim leading spaces the pattern may have eaten.
      let s = m.index;
      let e = m.index + m[0].length;
      while (s < e && /\s/.test(norm.text[s]!)) s++;
      while (e > s && /\s/.test(norm.text[e - 1]!)) e--;
      found.push({ start: s, end: e, expr });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let last = -1;
  for (const f of found) {
    if (f.start < last) continue;
    // "كوفيد-19", "سوخوي-35": a number glued to a word by a hyphen is a name, not a date.
    const span = toOriginalSpan(norm, f.start, f.end);
    out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), expr: f.expr });
    last = f.end;
  }
  return out;
}

function monthShift(y: number, m: number, delta: number): [number, number] {
  const t = y * 12 + (m - 1) + delta;
  return [Math.floor(t / 12), (t % 12) + 1];
}

/**
 * Day `d1` of the month before `y`-`m` to day `d2` of `y`-`m`: a range whose month is written once,
 * after a last day smaller than the first ("من 30 إلى 2 أبريل", "بين 30 و2 من الجاري"). Null when
 * either day does not exist.
 */
function fromMonthBefore(y: number, m: number, d1: number, d2: number, inferred: boolean): DateValue | null {
  const [by, bm] = monthShift(y, m, -1);
  if (!validDay(by, bm, d1) || !validDay(y, m, d2)) return null;
  return { start: `${by}-${pad(bm)}-${pad(d1)}`, end: `${y}-${pad(m)}-${pad(d2)}`, precision: 'day', inferred };
}

/** Anchor an expression at a reference date; null where the reference cannot honestly give a value. */
export function resolveDate(expr: DateExpr, ref: ReferenceDate | null): DateValue | null {
  const v = anchorAt(expr, ref);
  // A span ends after it starts (the dataset's schema checks it): one that does not is a reading
  // gone wrong, better no date than a wrong one, and it must not stop the whole compile as it did
  // ("في 30 و2 من الجاري"). The same day twice is that day.
  if (!v || v.end === undefined || v.end > v.start) return v;
  if (v.end < v.start) return null;
  const { end: _, ...single } = v;
  return single;
}

function anchorAt(expr: DateExpr, ref: ReferenceDate | null): DateValue | null {
  if (expr.kind === 'absolute') return expr.value;
  if (!ref) return null;
  const [ry, rm] = ref.date.split('-').map(Number) as [number, number?];
  const approx = 'approximate' in expr && expr.approximate ? { approximate: true } : {};
  switch (expr.kind) {
    case 'month-day': {
      if (ref.precision === 'year') return null;
      const refM = rm!;
      const y =
        expr.direction === 'past'
          ? expr.month < refM
            ? ry
            : ry - 1
          : expr.direction === 'future'
            ? expr.month > refM
              ? ry
              : ry + 1
            : expr.month <= refM
              ? ry
              : ry - 1;
      if (expr.days) {
        const [d1, d2] = expr.days;
        if (!validDay(y, expr.month, d1) || (d2 !== undefined && !validDay(y, expr.month, d2))) return null;
        return {
          start: `${y}-${pad(expr.month)}-${pad(d1)}`,
          ...(d2 !== undefined ? { end: `${y}-${pad(expr.month)}-${pad(d2)}` } : {}),
          precision: 'day',
          inferred: true,
        };
      }
      return { start: `${y}-${pad(expr.month)}`, precision: 'month', inferred: true, ...approx };
    }
    case 'month-range': {
      if (ref.precision === 'year') return null;
      const toYear = expr.to <= rm! ? ry : ry - 1;
      const fromYear = expr.from <= expr.to ? toYear : toYear - 1;
      return {
        start: `${fromYear}-${pad(expr.from)}`,
        end: `${toYear}-${pad(expr.to)}`,
        precision: 'month',
        inferred: true,
      };
    }
    case 'current-month-days': {
      if (ref.precision === 'year') return null;
      const [d1, d2] = expr.days;
      if (d2 !== undefined && d2 < d1) return fromMonthBefore(ry, rm!, d1, d2, true);
      if (!validDay(ry, rm!, d1) || (d2 !== undefined && !validDay(ry, rm!, d2))) return null;
      return {
        start: `${ry}-${pad(rm!)}-${pad(d1)}`,
        ...(d2 !== undefined ? { end: `${ry}-${pad(rm!)}-${pad(d2)}` } : {}),
        precision: 'day',
        inferred: true,
      };
    }
    case 'weekday': {
      if (ref.precision === 'year') return null;
      if (ref.precision === 'month') return { start: `${ry}-${pad(rm!)}`, precision: 'month', inferred: true };
      const r = ref.date;
      const span = expr.toWeekday === undefined ? 0 : (expr.toWeekday - expr.weekday + 7) % 7;
      let first: string;
      if (expr.direction === 'future') first = addDays(r, (expr.weekday - weekdayOf(r) + 7) % 7 || 7);
      else {
        // The run must end on or before the reference day.
        const end = addDays(r, -((weekdayOf(r) - (expr.toWeekday ?? expr.weekday) + 7) % 7));
        first = addDays(end, -span);
      }
      return span > 0
        ? { start: first, end: addDays(first, span), precision: 'day', inferred: true }
        : { start: first, precision: 'day', inferred: true };
    }
    case 'relative': {
      const { unit, amount } = expr;
      if (unit === 'year') {
        // "منذ نحو ربع قرن": about 25 years — say the few years it could be, not one of them.
        const slack = expr.approximate ? (Math.abs(amount) >= 20 ? 2 : Math.abs(amount) >= 5 ? 1 : 0) : 0;
        if (slack === 0) return { start: `${ry + amount}`, precision: 'year', inferred: true, ...approx };
        return {
          start: `${ry + amount - slack}`,
          end: `${ry + amount + slack}`,
          precision: 'year',
          inferred: true,
          approximate: true,
        };
      }
      if (ref.precision === 'year') return null;
      if (unit === 'month') {
        const [y, m] = monthShift(ry, rm!, amount);
        return { start: `${y}-${pad(m)}`, precision: 'month', inferred: true, ...approx };
      }
      if (ref.precision === 'month') return null;
      if (unit === 'week') {
        // "last week": the seven days of the previous calendar week are not known exactly; say the month(s).
        const a = addDays(ref.date, 7 * amount - (amount < 0 ? 6 : 0));
        const b = addDays(ref.date, 7 * amount + (amount > 0 ? 6 : 0));
        if (amount === 0 || a.slice(0, 7) === b.slice(0, 7))
          return { start: a.slice(0, 7), precision: 'month', inferred: true, ...approx };
        return { start: a.slice(0, 7), end: b.slice(0, 7), precision: 'month', inferred: true, ...approx };
      }
      const day = addDays(ref.date, amount);
      if (expr.approximate) return { start: day.slice(0, 7), precision: 'month', inferred: true, approximate: true };
      return { start: day, precision: 'day', inferred: true };
    }
  }
}
