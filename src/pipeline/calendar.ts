/** Day arithmetic on ISO strings (UTC, proleptic Gregorian), and intervals of DateValues. */
import type { Precision } from '../schema/dataset';
import type { DateValue } from './types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const DAY_MS = 86_400_000;

export function toUtc(isoDay: string): number {
  // A plain `yyyy-mm-dd` (all the compiler makes) read as digits: splitting it into an array of
  // strings and numbers was most of resolving and comparing dates (the same numbers either way).
  if (isoDay.length === 10 && isoDay.charCodeAt(4) === 0x2d && isoDay.charCodeAt(7) === 0x2d) {
    const y = digits(isoDay, 0, 4);
    const m = digits(isoDay, 5, 7);
    const d = digits(isoDay, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return Date.UTC(y, m - 1, d);
  }
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Days from 1970-01-01 of 0001-01-01 and of 9999-12-31. */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

export function fromUtc(ms: number): string {
  const days = ms / DAY_MS;
  // A whole day of years 1–9999: the civil date computed (Hinnant's days-to-civil), without a
  // Date object (they were a fifth of resolving dates); the same string as the Date gives.
  if (Number.isInteger(days) && days >= FIRST_DAY && days <= LAST_DAY) {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(isoDay: string, n: number): string {
  return fromUtc(toUtc(isoDay) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(isoDay: string): number {
  return new Date(toUtc(isoDay)).getUTCDay();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Computed, not asked of a Date: merging calls this for every pair of reports it compares, and
 * the Date objects were 1.3 s of a 10,000-article compile.
 */
function lastDayOfMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1]!;
  // Date.UTC reads years 0–99 as 1900–1999; keep its answer for them.
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** First ISO day covered by a value cut to `precision`. */
export function firstDay(iso: string): string {
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso;
}

/** The number written in iso[from, to), or -1 if any of it is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Last ISO day covered by a value cut to `precision`. */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 7);
    if (y < 0 || m < 0 || iso.charCodeAt(4) !== 0x2d) {
      const [y2, m2] = iso.split('-').map(Number) as [number, number];
      return `${iso}-${pad(lastDayOfMonth(y2, m2))}`;
    }
    return `${iso}-${lastDayOfMonth(y, m)}`; // 28–31: never needs padding
  }
  return iso;
}

/** The inclusive day interval a value covers. */
export function dayInterval(v: Pick<DateValue, 'start' | 'end'>): [string, string] {
  return [firstDay(v.start), lastDay(v.end ?? v.start)];
}

export function overlaps(a: Pick<DateValue, 'start' | 'end'>, b: Pick<DateValue, 'start' | 'end'>): boolean {
  // Merging asks this of every pair of reports it compares: numbers, computed once per value.
  const x = daySpan(a);
  const y = daySpan(b);
  if (x && y) return x[0] <= y[1] && y[0] <= x[1];
  return firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start);
}

const spans = new WeakMap<object, readonly [number, number] | null>();

/** `yyyy-mm-dd` as the number yyyymmdd (same order as the strings), or -1 if it is not one. */
function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return -1;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  return y < 0 || m < 0 || d < 0 ? -1 : y * 10_000 + m * 100 + d;
}

/**
 * The day interval of a value (`dayInterval`) as yyyymmdd numbers, cached per value object;
 * null when a bound is not a plain four-digit-year day (then compare the strings).
 */
export function daySpan(v: Pick<DateValue, 'start' | 'end'>): readonly [number, number] | null {
  let span = spans.get(v);
  if (span === undefined) {
    const lo = dayNumber(firstDay(v.start));
    const hi = dayNumber(lastDay(v.end ?? v.start));
    span = lo < 0 || hi < 0 ? null : [lo, hi];
    spans.set(v, span);
  }
  return span;
}

export function cut(isoDay: string, precision: Precision): string {
  return precision === 'day' ? isoDay : precision === 'month' ? isoDay.slice(0, 7) : isoDay.slice(0, 4);
}

/** Length of the covered interval in days: smaller is more precise. */
export function spanDays(v: Pick<DateValue, 'start' | 'end'>): number {
  const [a, b] = dayInterval(v);
  return (toUtc(b) - toUtc(a)) / DAY_MS + 1;
}

/**
 * The finest honest value covering the day interval [lo, hi]: a single day, a month, two or three
 * adjacent months, a year, or a span of years.
 */
export function coarsest(lo: string, hi: string): { start: string; end?: string; precision: Precision } {
  if (lo === hi) return { start: lo, precision: 'day' };
  if (lo.slice(0, 7) === hi.slice(0, 7)) return { start: lo.slice(0, 7), precision: 'month' };
  // A few weeks across a month boundary is still worth saying at month precision ("May–June").
  if ((toUtc(hi) - toUtc(lo)) / DAY_MS <= 62) return { start: lo.slice(0, 7), end: hi.slice(0, 7), precision: 'month' };
  if (lo.slice(0, 4) === hi.slice(0, 4)) return { start: lo.slice(0, 4), precision: 'year' };
  return { start: lo.slice(0, 4), end: hi.slice(0, 4), precision: 'year' };
}
