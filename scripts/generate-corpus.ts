/**
 * `npm run generate -- --count N --out DIR [--seed S] [--seeds DIR]`
 *
 * A deterministic synthetic corpus for benchmarks: N realistic Arabic articles made by recombining
 * the seeds' BODY sentences (the compiler's own segmenter tells body from furniture), with every
 * date in an article shifted consistently (day numbers, month names of both naming systems, years,
 * weekdays), people swapped for others of the same office or country from the gazetteer (the
 * holder of an office at the shifted date), and site
 * furniture (read-also blocks, tag lines, share bars, bios, captions) taken from the seeds'
 * furniture. Same arguments → byte-identical files; the seeds are only ever read.
 *
 * Model: a "story" is the seeds' world shifted by Δ days. Its 1–3 articles each take a seed as
 * skeleton (title, a subset of its paragraphs, sentences dropped or joined, a paragraph borrowed
 * from another seed of the same story), so articles of one story report the same occurrences
 * (the compiler merges them into multi-source events) and different stories report different
 * ones. Δ is drawn so publication dates fall in 2019–2025; dates the seeds cite as history
 * (1950–1953, 2000…) shift with them and become background years. Article i depends only on the
 * seed and i, so the 1,000-article corpus is a prefix of the 10,000-article one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepeatedLines, segmentArticle } from '../src/pipeline/segment';
import type { TextSegment } from '../src/pipeline/types';
import { makeFolder } from '../src/pipeline/write';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** sfc32: small, fast, good enough for shuffling text, and identical on every platform. */
export function rng(seedText: string): () => number {
  const h = createHash('sha256').update(seedText).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

// ---------------------------------------------------------------------------------------------
// Calendar (UTC days; ISO strings)

const DAY_MS = 86_400_000;
const toDays = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
function fromDays(n: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
}
const iso = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const isoDays = (s: string): number =>
  toDays(Number(s.slice(0, 4)), Number(s.slice(5, 7) || 1), Number(s.slice(8, 10) || 1));

// ---------------------------------------------------------------------------------------------
// Dates in Arabic text

/** Month names as written (hamza and madda variants, both naming systems) → month number. */
const GREGORIAN: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'إبريل', 'ابريل'],
  ['مايو'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['أغسطس', 'اغسطس'],
  ['سبتمبر'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];
const LEVANTINE: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني'],
  ['شباط'],
  ['آذار', 'اذار'],
  ['نيسان'],
  ['أيار', 'ايار'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول', 'ايلول'],
  ['تشرين الأول', 'تشرين الاول', 'تشرين أول', 'تشرين اول'],
  ['تشرين الثاني', 'تشرين ثاني'],
  ['كانون الأول', 'كانون الاول', 'كانون أول', 'كانون اول'],
];
type MonthSystem = 'g' | 'l';
const MONTH_NAMES = new Map<string, { month: number; system: MonthSystem }>();
GREGORIAN.forEach((names, i) => names.forEach((n) => MONTH_NAMES.set(n, { month: i + 1, system: 'g' })));
LEVANTINE.forEach((names, i) => names.forEach((n) => MONTH_NAMES.set(n, { month: i + 1, system: 'l' })));
/** The spelling written for month m: the first variant, or the one without hamza/madda. */
function monthName(system: MonthSystem, m: number, plainAlef: boolean): string {
  const names = (system === 'g' ? GREGORIAN : LEVANTINE)[m - 1]!;
  if (!plainAlef) return names[0]!;
  return names.find((n) => !/[أإآ]/u.test(n)) ?? names[0]!;
}

const L = '\\p{L}';
const NOT_L_BEFORE = `(?<![${L}])`;
const NOT_L_AFTER = `(?![${L}])`;
const CLITIC = '(?:و|ف|ب|ل|وب|ول|وف)?';
const MONTH_ALT = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');
/** One month name, or a pair of the two systems: "حزيران/يونيو", "حزيران/ يونيو", "يناير كانون الثاني". */
const MONTH_EXPR = new RegExp(
  `${NOT_L_BEFORE}${CLITIC}(${MONTH_ALT})(?:(\\s*/\\s*|\\s+)(${MONTH_ALT}))?${NOT_L_AFTER}`,
  'gu',
);
const DIGIT = '[0-9٠-٩]';
const DAYS_BEFORE = new RegExp(
  `(?<![0-9٠-٩])(${DIGIT}{1,2})(?:(\\s*(?:و|-|–|إلى|الى|حتى)\\s*)(${DIGIT}{1,2}))?(\\s*(?:من\\s+)?)$`,
  'u',
);
const YEAR_AFTER = new RegExp(`^(\\s*[.،,]?\\s*(?:(?:من\\s+)?(?:عام|العام|سنة)\\s+)?)(${DIGIT}{4})(?![0-9٠-٩])`, 'u');
const CURRENT_MONTH_DAYS = new RegExp(
  `(?<![0-9٠-٩])(${DIGIT}{1,2})(?:(\\s*و\\s*)(${DIGIT}{1,2}))?(?=\\s+من\\s+(?:الشهر\\s+)?الجاري)`,
  'gu',
);
const YEAR = new RegExp(`(?<![0-9٠-٩/.:٫])(${DIGIT}{4})(?![0-9٠-٩/:٫])`, 'gu');
/** Weekday words (with clitics); "الاثنين" after "أن/إن" is "the two", not Monday. */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['الأحد', 'الاحد'],
  ['الإثنين', 'الاثنين'],
  ['الثلاثاء'],
  ['الأربعاء', 'الاربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];
const WEEKDAY_NAMES = new Map<string, number>();
WEEKDAYS.forEach((names, i) => names.forEach((n) => WEEKDAY_NAMES.set(n, i)));
const WEEKDAY = new RegExp(`${NOT_L_BEFORE}(?:و|ف|ب|ل)?(${[...WEEKDAY_NAMES.keys()].join('|')})${NOT_L_AFTER}`, 'gu');

const toLatinDigits = (s: string): string => s.replace(/[٠-٩]/gu, (c) => String(c.charCodeAt(0) - 0x0660));
const num = (s: string): number => Number(toLatinDigits(s));
const isIndic = (s: string): boolean => /[٠-٩]/u.test(s);
const toIndic = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c)));

/**
 * A date the text states, to be shifted as a whole. `days` are day-of-month tokens (a range has
 * two); `year` is whether the text states it. `base` is the first day (or the month) before shifting.
 */
interface DateGroup {
  kind: 'day' | 'month-year' | 'month' | 'year' | 'current-month';
  /** For 'day'/'current-month': the first day (days since epoch) of the stated range. */
  baseDay?: number;
  /** For 'month-year'/'month': year and month; for 'year': the year. */
  y?: number;
  m?: number;
  /** Offset in days of each day token from the first (a range "18 و19" has 0 and 1). */
  dayOffsets: number[];
  /** The text states the year (not inferred from the anchor). */
  yearStated?: boolean;
}

/** One replaceable piece of text: a day number, month name, year, weekday or a person's name. */
export type Token =
  | { kind: 'day'; start: number; end: number; group: DateGroup; index: number; indic: boolean }
  | { kind: 'month'; start: number; end: number; group: DateGroup; system: MonthSystem }
  | { kind: 'year'; start: number; end: number; group: DateGroup; indic: boolean }
  | { kind: 'weekday'; start: number; end: number; weekday: number }
  | { kind: 'person'; start: number; end: number; id: string; short: boolean };

/**
 * Every date piece of `text`, for a text written on `anchor` (days since epoch), used to infer the
 * year of "19 يونيو" and the month of "19 و20 من الجاري". Tokens are sorted and never overlap.
 */
export function findDateTokens(text: string, anchor: number): Token[] {
  const a = fromDays(anchor);
  const tokens: Token[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([ts, te]) => e <= ts || s >= te);
  const take = (s: number, e: number) => taken.push([s, e]);

  for (const m of text.matchAll(MONTH_EXPR)) {
    const name1 = m[1]!;
    const name2 = m[3];
    const info1 = MONTH_NAMES.get(name1)!;
    const info2 = name2 !== undefined ? MONTH_NAMES.get(name2) : undefined;
    // A pair must name the same month in the two systems; otherwise only the first is a month.
    const paired = info2 !== undefined && info2.month === info1.month && info2.system !== info1.system;
    const start1 = m.index + m[0].indexOf(name1);
    const end1 = start1 + name1.length;
    const exprEnd = paired ? m.index + m[0].length : end1;
    const start2 = paired ? exprEnd - name2!.length : -1;
    const before = DAYS_BEFORE.exec(text.slice(Math.max(0, start1 - 24), start1));
    const after = YEAR_AFTER.exec(text.slice(exprEnd, exprEnd + 24));
    const year = after ? num(after[2]!) : undefined;
    const month = info1.month;
    let group: DateGroup;
    const dayTokens: Token[] = [];
    if (before && num(before[1]!) >= 1 && num(before[1]!) <= 31) {
      const d1 = num(before[1]!);
      const d2 = before[3] !== undefined ? num(before[3]) : undefined;
      const y = year ?? (month <= a.m + 1 ? a.y : a.y - 1);
      if (d2 !== undefined && (d2 <= d1 || d2 > 31)) continue;
      group = {
        kind: 'day',
        baseDay: toDays(y, month, d1),
        dayOffsets: d2 === undefined ? [0] : [0, d2 - d1],
        yearStated: year !== undefined,
      };
      const beforeStart = start1 - before[0].length;
      const s1 = beforeStart;
      dayTokens.push({
        kind: 'day',
        start: s1,
        end: s1 + before[1]!.length,
        group,
        index: 0,
        indic: isIndic(before[1]!),
      });
      if (d2 !== undefined) {
        const s2 = s1 + before[1]!.length + before[2]!.length;
        dayTokens.push({
          kind: 'day',
          start: s2,
          end: s2 + before[3]!.length,
          group,
          index: 1,
          indic: isIndic(before[3]!),
        });
      }
    } else if (year !== undefined) group = { kind: 'month-year', y: year, m: month, dayOffsets: [] };
    else group = { kind: 'month', y: a.y, m: month, dayOffsets: [] };
    const spanStart = dayTokens[0]?.start ?? start1;
    const yearStart = after ? exprEnd + after[1]!.length : exprEnd;
    const spanEnd = after ? yearStart + 4 : exprEnd;
    if (!free(spanStart, spanEnd)) continue;
    take(spanStart, spanEnd);
    tokens.push(...dayTokens);
    tokens.push({ kind: 'month', start: start1, end: end1, group, system: info1.system });
    if (paired) tokens.push({ kind: 'month', start: start2, end: exprEnd, group, system: info2.system });
    if (after) tokens.push({ kind: 'year', start: yearStart, end: yearStart + 4, group, indic: isIndic(after[2]!) });
  }

  for (const m of text.matchAll(CURRENT_MONTH_DAYS)) {
    const d1 = num(m[1]!);
    const d2 = m[3] !== undefined ? num(m[3]) : undefined;
    if (d1 < 1 || d1 > 31 || (d2 !== undefined && (d2 <= d1 || d2 > 31))) continue;
    if (!free(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    const group: DateGroup = {
      kind: 'current-month',
      baseDay: toDays(a.y, a.m, d1),
      dayOffsets: d2 === undefined ? [0] : [0, d2 - d1],
    };
    tokens.push({ kind: 'day', start: m.index, end: m.index + m[1]!.length, group, index: 0, indic: isIndic(m[1]!) });
    if (d2 !== undefined) {
      const s2 = m.index + m[1]!.length + m[2]!.length;
      tokens.push({ kind: 'day', start: s2, end: s2 + m[3]!.length, group, index: 1, indic: isIndic(m[3]!) });
    }
  }

  for (const m of text.matchAll(YEAR)) {
    const y = num(m[1]!);
    if (y < 1900 || y > 2049 || !free(m.index, m.index + 4)) continue;
    take(m.index, m.index + 4);
    tokens.push({
      kind: 'year',
      start: m.index,
      end: m.index + 4,
      group: { kind: 'year', y, dayOffsets: [] },
      indic: isIndic(m[1]!),
    });
  }

  for (const m of text.matchAll(WEEKDAY)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (name === 'الاثنين' && /(?:أن|إن|ان|ن|أنّ)\s+$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (!free(start, start + name.length)) continue;
    tokens.push({ kind: 'weekday', start, end: start + name.length, weekday: WEEKDAY_NAMES.get(name)! });
  }

  return tokens.sort((x, y) => x.start - y.start);
}

/** How one article's text is rewritten. */
export interface Shift {
  /** Days added to every stated day. */
  delta: number;
  /** Months added to month-only and month+year dates; years added to year-only dates. */
  months: number;
  years: number;
  plainAlef: boolean;
  indicDigits: boolean;
  /** Person id → the person written instead, and that person's spellings (full, short). */
  people: ReadonlyMap<string, { full: string; short: string }>;
}

/** The shift that moves a text written on `anchor` to `anchor + delta`. */
export function shiftFor(anchor: number, delta: number): Pick<Shift, 'delta' | 'months' | 'years'> {
  const a = fromDays(anchor);
  const t = fromDays(anchor + delta);
  return { delta, months: t.y * 12 + t.m - (a.y * 12 + a.m), years: t.y - a.y };
}

function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + k;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

function digits(n: number, indic: boolean): string {
  return indic ? toIndic(String(n)) : String(n);
}

/** The text that replaces `t` under `s`. */
export function renderToken(t: Token, s: Shift): string {
  switch (t.kind) {
    case 'weekday': {
      const names = WEEKDAYS[(((t.weekday + s.delta) % 7) + 7) % 7]!;
      return s.plainAlef ? (names[1] ?? names[0]!) : names[0]!;
    }
    case 'person':
      return t.short ? s.people.get(t.id)!.short : s.people.get(t.id)!.full;
    case 'day': {
      const day = fromDays(t.group.baseDay! + s.delta + t.group.dayOffsets[t.index]!);
      return digits(day.d, t.indic || s.indicDigits);
    }
    case 'month': {
      const g = t.group;
      const m = g.baseDay !== undefined ? fromDays(g.baseDay + s.delta).m : addMonths(g.y!, g.m!, s.months).m;
      return monthName(t.system, m, s.plainAlef);
    }
    case 'year': {
      const g = t.group;
      let y: number;
      if (g.kind === 'day') y = fromDays(g.baseDay! + s.delta).y;
      else if (g.kind === 'month-year') y = addMonths(g.y!, g.m!, s.months).y;
      else y = g.y! + s.years;
      return digits(y, t.indic || s.indicDigits);
    }
  }
}

/**
 * Whether `delta` keeps every stated range inside one month ("18 و19 حزيران" must not become
 * "31 و1 أيار") and "من الجاري" days in the month the article is written in.
 */
export function deltaFits(tokens: readonly Token[], anchor: number, delta: number): boolean {
  const seen = new Set<DateGroup>();
  const pubMonth = fromDays(anchor + delta).m;
  for (const t of tokens) {
    if (t.kind !== 'day' || seen.has(t.group)) continue;
    seen.add(t.group);
    const g = t.group;
    const first = fromDays(g.baseDay! + delta);
    const last = fromDays(g.baseDay! + delta + Math.max(...g.dayOffsets));
    if (first.m !== last.m) return false;
    if (g.kind === 'current-month' && first.m !== pubMonth) return false;
  }
  return true;
}

/** `text.slice(from, to)` with the tokens inside it replaced. */
export function rewrite(text: string, tokens: readonly Token[], from: number, to: number, s: Shift): string {
  let out = '';
  let at = from;
  for (const t of tokens) {
    if (t.start < from || t.end > to) continue;
    if (t.kind === 'person' && !s.people.has(t.id)) continue;
    out += text.slice(at, t.start) + renderToken(t, s);
    at = t.end;
  }
  out += text.slice(at, to);
  return s.indicDigits ? toIndic(out) : out;
}

// ---------------------------------------------------------------------------------------------
// People (from the gazetteer)

export interface Person {
  id: string;
  /** Arabic spellings met in text, longest first. */
  spellings: string[];
  /** The name as the gazetteer writes it (the spelling used for a swapped-in person). */
  name: string;
  country: string;
  /** Offices held ("الرئيس الكوري الجنوبي" from 2022-05 to 2025-04), for swapping in the holder at a date. */
  roles: { title: string; from: string; to: string }[];
}

function asStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(asStrings);
  return [];
}

const ARABIC = /[\u0600-\u06ff]/u;

/**
 * People of the gazetteer (src/pipeline/entities/*.json): objects with an `id`, `kind: "person"`,
 * `name.ar`, `aliases`, `country` and `roles: [{ar: [titles], from, to}]`. Read here rather than
 * through the compiler's loader because the generator needs raw spellings and offices, not the
 * matching machinery; anything unexpected is skipped, never fatal.
 */
export function loadPeople(dir: string): Person[] {
  if (!existsSync(dir)) return [];
  const people = new Map<string, Person>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && o.kind === 'person') {
      const nameField = o.name as Record<string, unknown> | string | undefined;
      const name = asStrings(typeof nameField === 'object' && nameField !== null ? nameField.ar : nameField)[0];
      const spellings = [...(name ? [name] : []), ...asStrings(o.aliases)].filter(
        (x) => ARABIC.test(x) && x.trim().length >= 3,
      );
      if (!name || spellings.length === 0) return;
      const roles = (Array.isArray(o.roles) ? (o.roles as unknown[]) : []).flatMap((r) => {
        if (typeof r !== 'object' || r === null) return [];
        const role = r as Record<string, unknown>;
        const title = asStrings(role.ar)[0];
        if (!title) return [];
        return [
          {
            title,
            from: typeof role.from === 'string' ? role.from : '0000',
            to: typeof role.to === 'string' ? role.to : '9999',
          },
        ];
      });
      people.set(o.id, {
        id: o.id,
        spellings: [...new Set(spellings.map((x) => x.trim()))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
        name: name.trim(),
        country: typeof o.country === 'string' ? o.country : '',
        roles,
      });
      return;
    }
    for (const k of Object.keys(o).sort()) visit(o[k]);
  };
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      visit(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    } catch {
      // A file being edited by someone else right now: generate without it rather than fail.
    }
  }
  return [...people.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Mentions of known people (longest spelling first, clitics allowed before), as person tokens. */
export function findPersonTokens(text: string, people: readonly Person[]): Token[] {
  const entries = people.flatMap((p) => p.spellings.map((s) => ({ s, p })));
  entries.sort((a, b) => b.s.length - a.s.length);
  const tokens: Token[] = [];
  const taken: Array<[number, number]> = [];
  for (const { s, p } of entries) {
    const re = new RegExp(`${NOT_L_BEFORE}(?:و|ف|ب|ل|ول|وب)?(${escapeRe(s)})${NOT_L_AFTER}`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length - s.length;
      const end = start + s.length;
      if (taken.some(([ts, te]) => start < te && end > ts)) continue;
      taken.push([start, end]);
      tokens.push({ kind: 'person', start, end, id: p.id, short: !s.includes(' ') });
    }
  }
  return tokens;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The full and short (one-word) spellings to write for a person: the gazetteer's name mostly, a variant sometimes. */
function spellingsOf(p: Person, r: Rand): { full: string; short: string } {
  // Descriptive aliases ("شقيقة زعيم كوريا الشمالية") are not names; keep to 1–3 word names.
  const names = p.spellings.filter((x) => x.split(' ').length <= 3);
  const multi = names.filter((x) => x.includes(' '));
  const single = names.filter((x) => !x.includes(' '));
  const full = multi.length > 0 && chance(r, 0.3) ? pick(r, multi) : p.name;
  const short = single.length > 0 ? pick(r, single) : full.split(' ').at(-1)!;
  return { full, short };
}

/** The holder of `title` in the month `ym` (YYYY-MM), if the gazetteer knows one. */
function holderOf(people: readonly Person[], title: string, ym: string): Person | undefined {
  return people.find((x) => x.roles.some((r) => r.title === title && r.from <= ym && ym < r.to));
}

/**
 * Who is written instead of whom in a story dated `ym`: an office holder becomes whoever held
 * that office then (so a 2020 story has Moon Jae-in where the 2024 seed has Yoon Suk Yeol, and
 * Shoigu or Belousov as Russia's defence minister by date); a person without an office is
 * swapped, half the time, for another of the same country without one (aides, spokespeople).
 */
function swapPeople(
  r: Rand,
  mentioned: ReadonlySet<string>,
  people: readonly Person[],
  ym: string,
): Map<string, { full: string; short: string }> {
  const out = new Map<string, { full: string; short: string }>();
  const used = new Set<string>();
  for (const id of [...mentioned].sort()) {
    const p = people.find((x) => x.id === id);
    if (!p) continue;
    let target = p;
    const office = p.roles[0];
    if (office) target = holderOf(people, office.title, ym) ?? p;
    else if (p.country !== '' && chance(r, 0.5)) {
      const pool = people.filter(
        (x) => x.id !== id && !used.has(x.id) && x.roles.length === 0 && x.country === p.country,
      );
      if (pool.length > 0) target = pick(r, pool);
    }
    used.add(target.id);
    out.set(id, spellingsOf(target, r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The seeds, analysed once

interface Piece {
  start: number;
  end: number;
  kind: TextSegment['kind'];
  reason: string;
}

export interface SeedDoc {
  file: string;
  text: string;
  /** Publication day (days since epoch) when known; the reference for relative dates. */
  anchor: number | null;
  /** 'month' when only the month is known (the day is then the 15th). */
  anchorPrecision: 'day' | 'month';
  tokens: Token[];
  title: Piece | null;
  /** Body paragraphs, each as its sentences (spans of `text`); headings are their own paragraphs. */
  paragraphs: { heading: boolean; sentences: { start: number; end: number }[] }[];
  /** Furniture before the body, inside it, and after its last body line, as runs of one reason. */
  head: Piece[][];
  inline: Piece[][];
  tail: Piece[][];
  /** Photo caption lines with the credit lines that go with them. */
  captions: Piece[][];
}

/**
 * Sentences of a body line: split after . ! ? ؟ … followed by a space, not before a digit
 * ("19 يونيو. 2024" is one date).
 */
export function splitBodySentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?؟…]["”’»)\]]*(\s+)(?=[^\s0-9٠-٩])/gu;
  re.lastIndex = start;
  let from = start;
  const line = text.slice(0, end);
  for (let m = re.exec(line); m !== null && m.index < end; m = re.exec(line)) {
    const stop = m.index + m[0].length - m[1]!.length;
    if (stop - from >= 20) {
      out.push({ start: from, end: stop });
      from = m.index + m[0].length;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

function runs(segments: readonly TextSegment[]): Piece[][] {
  const out: Piece[][] = [];
  for (const s of segments) {
    const p: Piece = { start: s.start, end: s.end, kind: s.kind, reason: s.reason ?? s.kind };
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && prev.reason === p.reason && prev.kind === p.kind) last.push(p);
    else out.push([p]);
  }
  return out;
}

export function analyseSeeds(
  files: readonly { file: string; text: string; anchor: Anchor | null }[],
  people: readonly Person[],
  worldAnchor: number,
): SeedDoc[] {
  const repeatedLines = findRepeatedLines(files.map((f) => f.text));
  return files.map(({ file, text, anchor: a }) => {
    const anchor = a?.day ?? null;
    const segments = segmentArticle(text, { repeatedLines });
    const tokens = [...findDateTokens(text, anchor ?? worldAnchor), ...findPersonTokens(text, people)]
      .sort((x, y) => x.start - y.start)
      // Dates win over names where both claim the same characters.
      .filter((t, i, all) => i === 0 || t.start >= all[i - 1]!.end);
    const firstBody = segments.findIndex((s) => s.kind === 'body');
    let lastBody = -1;
    segments.forEach((s, i) => {
      if (s.kind === 'body') lastBody = i;
    });
    const titleSeg = segments.find((s) => s.kind === 'title');
    const doc: SeedDoc = {
      file,
      text,
      anchor,
      anchorPrecision: a?.precision ?? 'day',
      tokens,
      title: titleSeg ? { start: titleSeg.start, end: titleSeg.end, kind: 'title', reason: 'title' } : null,
      paragraphs: [],
      head: [],
      inline: [],
      tail: [],
      captions: [],
    };
    const furniture = (s: TextSegment) => s.kind === 'furniture' || s.kind === 'credit';
    doc.head = runs(segments.slice(0, Math.max(0, firstBody)).filter(furniture));
    doc.tail = runs(segments.slice(lastBody + 1).filter((s) => s.kind !== 'body' && s.kind !== 'title'));
    const middle = segments.slice(Math.max(0, firstBody), lastBody + 1);
    for (let i = 0; i < middle.length; i++) {
      const s = middle[i]!;
      if (s.kind === 'body') {
        const heading = s.reason === 'heading';
        doc.paragraphs.push({
          heading,
          sentences: heading ? [{ start: s.start, end: s.end }] : splitBodySentences(text, s.start, s.end),
        });
      } else if (s.kind === 'caption') {
        const group: Piece[] = [{ start: s.start, end: s.end, kind: s.kind, reason: 'caption' }];
        while (middle[i + 1]?.kind === 'credit') {
          i++;
          group.push({
            start: middle[i]!.start,
            end: middle[i]!.end,
            kind: 'credit',
            reason: middle[i]!.reason ?? 'credit',
          });
        }
        doc.captions.push(group);
      } else if (s.kind === 'credit' && middle[i + 1]?.kind === 'caption') {
        // A credit printed above its caption ("سبوتنيك / رويترز" then the caption).
        doc.captions.push([
          { start: s.start, end: s.end, kind: 'credit', reason: s.reason ?? 'credit' },
          { start: middle[i + 1]!.start, end: middle[i + 1]!.end, kind: 'caption', reason: 'caption' },
        ]);
        i++;
      } else if (s.kind === 'furniture' || s.kind === 'credit') {
        doc.inline.push(...runs([s]));
      }
    }
    return doc;
  });
}

// ---------------------------------------------------------------------------------------------
// Publication dates of the seeds

/** A seed's publication date: a day, or a month when that is all that is known. */
export interface Anchor {
  day: number;
  precision: 'day' | 'month';
}

/**
 * When each seed was written, in order of trust: a manifest beside the seeds (an editor's fact);
 * the compiler's own reading of the seeds (datelines, and dates inferred across articles — the
 * same evidence it will use on the copies); the latest day the text states with its year. A seed
 * with none has no anchor: its copies carry no publication date and the compiler must infer one.
 */
async function seedAnchors(
  seedsDir: string,
  files: readonly { file: string; text: string }[],
): Promise<(Anchor | null)[]> {
  const manifestPath = join(seedsDir, 'manifest.json');
  let manifest: Record<string, { publishedAt?: string }> = {};
  if (existsSync(manifestPath)) {
    try {
      const raw = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        articles?: Record<string, { publishedAt?: string }>;
      };
      manifest = raw.articles ?? {};
    } catch {
      manifest = {};
    }
  }
  const compiled = await compilerAnchors(seedsDir, files);
  return files.map(({ file, text }): Anchor | null => {
    let latest: number | null = null;
    // Only dates that state their year: "19 يونيو" alone is relative to what we are looking for.
    for (const t of findDateTokens(text, toDays(2000, 1, 1)))
      if (t.kind === 'day' && t.group.kind === 'day' && t.group.yearStated)
        latest = Math.max(latest ?? -Infinity, t.group.baseDay!);
    const fromText = latest === null ? null : iso(latest);
    // The most precise value that agrees with the more trusted ones: a compiler month is refined
    // by a day the text states inside it.
    const stated = manifest[file]?.publishedAt;
    const compiledDate = compiled.get(file);
    const best =
      stated ??
      (compiledDate && compiledDate.length === 7 && fromText?.startsWith(compiledDate) ? fromText : compiledDate) ??
      fromText;
    if (best && /^\d{4}-\d{2}-\d{2}$/.test(best)) return { day: isoDays(best), precision: 'day' };
    if (best && /^\d{4}-\d{2}$/.test(best)) return { day: isoDays(`${best}-15`), precision: 'month' };
    return null;
  });
}

/** The seeds' publication dates as the compiler reads them; empty when it cannot run. */
async function compilerAnchors(seedsDir: string, files: readonly { file: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const { compileCorpus } = await import('../src/pipeline/compile');
    const { sources } = compileCorpus({ seedsDir, files: files.map((f) => f.file), manifest: null });
    for (const s of sources)
      if (s.publishedAt && s.publishedAt.precision !== 'year') out.set(s.file, s.publishedAt.date);
  } catch {
    // The compiler is optional here: without it the seeds' own stated dates are used.
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  count: number;
  outDir: string;
  seed: string;
  seedsDir: string;
  gazetteerDir: string;
}

export interface GeneratedArticle {
  file: string;
  text: string;
  publishedAt: string | null;
  outlet: string;
  /** How the publication date is given: the manifest, a "تاريخ النشر" line, or not at all. */
  dated: 'manifest' | 'text' | 'none';
}

const OUTLETS = [
  'الجزيرة نت',
  'سكاي نيوز عربية',
  'العربية',
  'بي بي سي عربي',
  'فرانس 24',
  'روسيا اليوم',
  'الشرق الأوسط',
  'القدس العربي',
  'اليوم السابع',
  'الأهرام',
  'النهار',
  'الخليج',
  'الشرق',
  'عربي 21',
  'سي إن إن بالعربية',
  'إندبندنت عربية',
];

const FIRST_YEAR = toDays(2019, 1, 1);
const LAST_DAY = toDays(2025, 12, 31);
const WEEKDAY_WORDS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
/** Furniture kinds in the order pages print them at an article's end. */
const TAIL_ORDER = [
  'editing',
  'contributors',
  'source-line',
  'ad-marker',
  'tags',
  'share',
  'bio',
  'read-also',
  'related',
];

interface Story {
  index: number;
  delta: number;
  seeds: SeedDoc[];
  people: Map<string, { full: string; short: string }>;
  size: number;
}

function makeStory(
  index: number,
  seed: string,
  docs: readonly SeedDoc[],
  people: readonly Person[],
  worldAnchor: number,
): Story {
  const r = rng(`${seed}/story/${index}`);
  const size = pick(r, [1, 1, 2, 2, 2, 3]);
  // Skeletons: distinct seeds where possible, weighted towards the longer ones.
  const order = [...docs].sort((a, b) => r() * b.paragraphs.length - r() * a.paragraphs.length);
  const seeds = order.slice(0, Math.min(size, order.length));
  while (seeds.length < size) seeds.push(pick(r, docs));
  const anchors = seeds.map((d) => d.anchor ?? worldAnchor);
  const lo = FIRST_YEAR - Math.min(...anchors);
  const hi = LAST_DAY - Math.max(...anchors);
  let delta = int(r, lo, hi);
  // Nudge Δ until every stated range stays within its month in every seed of the story.
  for (let k = 0; k < 60; k++) {
    const d = delta + (k % 2 === 0 ? k / 2 : -(k + 1) / 2);
    if (seeds.every((s) => deltaFits(s.tokens, s.anchor ?? worldAnchor, d))) {
      delta = d;
      break;
    }
  }
  const mentioned = new Set<string>();
  for (const s of seeds) for (const t of s.tokens) if (t.kind === 'person') mentioned.add(t.id);
  const ym = iso(worldAnchor + delta).slice(0, 7);
  return { index, delta, seeds, people: swapPeople(r, mentioned, people, ym), size };
}

function weekdayOf(day: number): string {
  return WEEKDAY_WORDS[fromDays(day).wd]!;
}

/** A publication line as sites print it ("تاريخ النشر: الأربعاء 19 يونيو 2024 - 10:30 ص"). */
function publishedLine(r: Rand, day: number, plainAlef: boolean): string {
  const d = fromDays(day);
  const hh = int(r, 1, 12);
  const mm = String(int(r, 0, 59)).padStart(2, '0');
  const label = pick(r, ['تاريخ النشر:', 'نشر في', 'آخر تحديث:', 'تاريخ النشر :']);
  switch (int(r, 0, 2)) {
    case 0:
      return `${label} ${weekdayOf(day)} ${d.d} ${monthName('g', d.m, plainAlef)} ${d.y} - ${hh}:${mm} ${pick(r, ['ص', 'م'])}`;
    case 1:
      return `${label} ${d.d} ${monthName('l', d.m, plainAlef)}/${monthName('g', d.m, plainAlef)} ${d.y}`;
    default:
      return `${label} ${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
  }
}

function shiftOf(doc: SeedDoc, story: Story, worldAnchor: number, plainAlef: boolean, indicDigits: boolean): Shift {
  return { ...shiftFor(doc.anchor ?? worldAnchor, story.delta), plainAlef, indicDigits, people: story.people };
}

function renderPieces(doc: SeedDoc, pieces: readonly Piece[], s: Shift): string[] {
  return pieces.map((p) => rewrite(doc.text, doc.tokens, p.start, p.end, s));
}

function article(
  i: number,
  opts: GenerateOptions,
  story: Story,
  slot: number,
  docs: readonly SeedDoc[],
  worldAnchor: number,
  width: number,
): GeneratedArticle {
  const r = rng(`${opts.seed}/article/${i}`);
  const doc = story.seeds[slot % story.seeds.length]!;
  const plainAlef = chance(r, 0.2);
  const indicDigits = chance(r, 0.08);
  const s = shiftOf(doc, story, worldAnchor, plainAlef, indicDigits);
  const breakStyle = chance(r, 0.8) ? '\n\n' : '\n';
  const lines: string[] = [];

  // Head: maybe the seed's leading furniture, then the title (sometimes printed twice, as pages do).
  if (doc.head.length > 0 && chance(r, 0.5)) for (const run of doc.head) lines.push(...renderPieces(doc, run, s));
  if (doc.title && chance(r, 0.85)) {
    const title = rewrite(doc.text, doc.tokens, doc.title.start, doc.title.end, s);
    lines.push(title);
    if (chance(r, 0.15)) lines.push(title);
  }
  const pubDay = doc.anchor !== null ? doc.anchor + story.delta : null;
  const byMonth = doc.anchorPrecision === 'month';
  let dated: GeneratedArticle['dated'] = 'none';
  if (pubDay !== null) {
    // Most pages carry their date (as metadata or a printed line); a few give none.
    const roll = r();
    dated = roll < 0.55 ? 'manifest' : roll < 0.88 && !byMonth ? 'text' : roll < 0.88 ? 'manifest' : 'none';
  }
  if (dated === 'text' && pubDay !== null) lines.push(publishedLine(r, pubDay, plainAlef));
  if (chance(r, 0.1)) lines.push('[ad_1]');

  // Body: the first paragraph, then a subset of the rest in order; sentences dropped or joined.
  const keep = 0.35 + r() * 0.45;
  const budget = int(r, 1200, 4200);
  const body: string[] = [];
  let size = 0;
  const paragraphs = doc.paragraphs;
  for (let p = 0; p < paragraphs.length && size < budget; p++) {
    const para = paragraphs[p]!;
    if (p > 0 && !chance(r, para.heading ? keep * 0.7 : keep)) continue;
    let sentences = para.sentences;
    if (sentences.length > 2 && chance(r, 0.3)) {
      const drop = int(r, 1, sentences.length - 1);
      sentences = sentences.filter((_, k) => k !== drop);
    }
    let line = sentences.map((x) => rewrite(doc.text, doc.tokens, x.start, x.end, s)).join(' ');
    const next = paragraphs[p + 1];
    if (!para.heading && next && !next.heading && chance(r, 0.12)) {
      line += ` ${next.sentences.map((x) => rewrite(doc.text, doc.tokens, x.start, x.end, s)).join(' ')}`;
      p++;
    }
    body.push(line);
    size += line.length;
  }
  // A paragraph borrowed from another seed of the story (or the corpus): context, as wire copy has.
  const others = story.seeds.filter((d) => d !== doc);
  if (chance(r, 0.35)) {
    const from = others.length > 0 ? pick(r, others) : pick(r, docs);
    const candidates = from.paragraphs.filter((p) => !p.heading);
    if (candidates.length > 0 && from !== doc) {
      const para = pick(r, candidates);
      const fs = shiftOf(from, story, worldAnchor, plainAlef, indicDigits);
      const line = para.sentences.map((x) => rewrite(from.text, from.tokens, x.start, x.end, fs)).join(' ');
      body.splice(int(r, 1, Math.max(1, body.length)), 0, line);
    }
  }
  // Inside the body: a read-also teaser, an ad marker or a captioned photo.
  const inserts: string[][] = [];
  const inline = docs.flatMap((d) =>
    d.inline
      .filter((run) => run.some((p) => p.reason === 'read-also' || p.reason === 'ad-marker'))
      .map((run) => ({ d: d, run })),
  );
  if (inline.length > 0 && chance(r, 0.3)) {
    const { d, run } = pick(r, inline);
    inserts.push(renderPieces(d, run, shiftOf(d, story, worldAnchor, plainAlef, indicDigits)));
  }
  const captions = docs.flatMap((d) => d.captions.map((run) => ({ d, run })));
  if (captions.length > 0 && chance(r, 0.3)) {
    const { d, run } = pick(r, captions);
    inserts.push(renderPieces(d, run, shiftOf(d, story, worldAnchor, plainAlef, indicDigits)));
  }
  for (const ins of inserts) body.splice(int(r, 1, Math.max(1, body.length)), 0, ...ins);
  lines.push(...body);

  // Tail: 1–4 furniture runs from the seeds' article ends, in the order pages print them.
  const tails = docs.flatMap((d) => d.tail.map((run) => ({ d, run })));
  const chosen: { d: SeedDoc; run: Piece[] }[] = [];
  const n = Math.min(tails.length, int(r, 1, 4));
  for (let k = 0; k < n; k++) {
    const c = pick(r, tails);
    if (!chosen.includes(c)) chosen.push(c);
  }
  const rank = (run: Piece[]) => {
    const k = TAIL_ORDER.indexOf(run[0]!.reason);
    return k < 0 ? TAIL_ORDER.length : k;
  };
  chosen.sort((a, b) => rank(a.run) - rank(b.run));
  const outlet = pick(r, OUTLETS);
  if (!chosen.some((c) => c.run[0]!.reason === 'source-line') && chance(r, 0.4)) lines.push(`المصدر: ${outlet}`);
  for (const { d, run } of chosen)
    lines.push(...renderPieces(d, run, shiftOf(d, story, worldAnchor, plainAlef, indicDigits)));

  const text = `${lines.join(breakStyle)}\n`;
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
  return {
    file: `${String(i).padStart(width, '0')}_${hash}.txt`,
    text,
    publishedAt: pubDay !== null ? iso(pubDay).slice(0, byMonth ? 7 : 10) : null,
    outlet,
    dated,
  };
}

export interface Corpus {
  articles: GeneratedArticle[];
  manifest: { articles: Record<string, { outlet: string; publishedAt?: string }> };
  seeds: { file: string; anchor: string | null }[];
}

export async function generateCorpus(opts: Omit<GenerateOptions, 'outDir'>): Promise<Corpus> {
  const seedFiles = readdirSync(opts.seedsDir)
    .filter((f) => /\.txt$/i.test(f))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (seedFiles.length === 0) throw new UsageError(`no *.txt articles in ${opts.seedsDir}`);
  const raw = seedFiles.map((file) => ({
    file,
    // The seeds are UTF-8 (BOM removed here as the compiler does).
    text: readFileSync(join(opts.seedsDir, file), 'utf8').replace(/^\ufeff/, ''),
  }));
  const anchors = await seedAnchors(opts.seedsDir, raw);
  const known = anchors.flatMap((a) => (a ? [a.day] : [])).sort((a, b) => a - b);
  // Seeds without a date of their own are read as if written when the latest dated seed was.
  const worldAnchor = known.at(-1) ?? toDays(2024, 6, 1);
  const people = loadPeople(opts.gazetteerDir);
  const docs = analyseSeeds(
    raw.map((f, k) => ({ ...f, anchor: anchors[k]! })),
    people,
    worldAnchor,
  );
  const width = Math.max(5, String(Math.max(0, opts.count - 1)).length);
  const articles: GeneratedArticle[] = [];
  for (let storyIndex = 0; articles.length < opts.count; storyIndex++) {
    const story = makeStory(storyIndex, opts.seed, docs, people, worldAnchor);
    for (let slot = 0; slot < story.size && articles.length < opts.count; slot++)
      articles.push(article(articles.length, opts as GenerateOptions, story, slot, docs, worldAnchor, width));
  }
  const manifest: Corpus['manifest'] = { articles: {} };
  for (const a of articles)
    manifest.articles[a.file] = {
      outlet: a.outlet,
      ...(a.dated === 'manifest' && a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    };
  return {
    articles,
    manifest,
    seeds: docs.map((d) => ({
      file: d.file,
      anchor: d.anchor !== null ? iso(d.anchor).slice(0, d.anchorPrecision === 'month' ? 7 : 10) : null,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export class UsageError extends Error {}

/** Marks a folder as ours, so a later run may clear it; any other non-empty folder is refused. */
const MARKER = '.khatt-generated.json';

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

export async function writeCorpus(opts: GenerateOptions): Promise<Corpus> {
  const out = resolve(opts.outDir);
  if (isInside(out, resolve(opts.seedsDir)) || isInside(resolve(opts.seedsDir), out))
    throw new UsageError(
      `--out ${opts.outDir} overlaps the seeds folder ${opts.seedsDir}; the seeds are never written to`,
    );
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${opts.outDir} is a file`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER))
      throw new UsageError(
        `--out ${opts.outDir} is not empty and was not made by this generator; pick an empty folder`,
      );
    for (const e of entries) if (e.endsWith('.txt') || e === 'manifest.json' || e === MARKER) rmSync(join(out, e));
  }
  const corpus = await generateCorpus(opts);
  makeFolder(out);
  for (const a of corpus.articles) writeFileSync(join(out, a.file), a.text);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(corpus.manifest, null, 1)}\n`);
  const dated = { manifest: 0, text: 0, none: 0 };
  for (const a of corpus.articles) dated[a.dated]++;
  writeFileSync(
    join(out, MARKER),
    `${JSON.stringify({ count: opts.count, seed: opts.seed, seeds: corpus.seeds, publicationDateGivenBy: dated }, null, 1)}\n`,
  );
  return corpus;
}

export const USAGE = `Usage: npm run generate -- --count N --out DIR [--seed S] [--seeds DIR]

  --count N     number of articles to write
  --out DIR     output folder (created; a folder from an earlier run is cleared first)
  --seed S      any text; the same seed and count give byte-identical files (default: khatt)
  --seeds DIR   articles to recombine, default: seeds/ (only read)`;

export function parseArgs(argv: readonly string[], cwd: string): GenerateOptions {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const opts: Partial<GenerateOptions> = {
    seed: 'khatt',
    seedsDir: resolve(root, 'seeds'),
    gazetteerDir: resolve(root, 'src/pipeline/entities'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--count') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--count must be a positive whole number');
      opts.count = n;
    } else if (flag === '--out') opts.outDir = resolve(cwd, value());
    else if (flag === '--seed') opts.seed = value();
    else if (flag === '--seeds') opts.seedsDir = resolve(cwd, value());
    else throw new UsageError(`unknown option "${arg}"`);
  }
  if (opts.count === undefined || opts.outDir === undefined) throw new UsageError('--count and --out are required');
  if (!existsSync(opts.seedsDir!)) throw new UsageError(`seeds folder ${opts.seedsDir} does not exist`);
  return opts as GenerateOptions;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2), process.cwd());
    const corpus = await writeCorpus(opts);
    const bytes = corpus.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    process.stderr.write(
      `generated ${corpus.articles.length} article(s), ${(bytes / 1e6).toFixed(1)} MB → ${relative(process.cwd(), opts.outDir) || '.'}\n`,
    );
  } catch (e) {
    const fsError = e as NodeJS.ErrnoException;
    if (e instanceof UsageError) {
      process.stderr.write(`khatt generate: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (typeof fsError.code === 'string' && fsError.syscall && fsError.path) {
      // The folder or a file could not be written (no such place, no permission, disk full).
      process.stderr.write(
        `khatt generate: cannot write ${fsError.path}: ${fsError.code} (${fsError.syscall}). Pass --out with a folder you can write to.\n`,
      );
      process.exitCode = 4;
    } else throw e;
  }
}
