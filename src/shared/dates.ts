/**
 * Precision-aware dates for the UI. One rule for the whole app: a date is shown at the precision
 * the dataset gives it (a month never gains a day, a year shows only the year), in the UI
 * language, always with Western digits (0-9).
 *
 * Digit choice: Arabic month names with Western digits ("19 يونيو 2024"), as most Arabic news
 * sites print dates. `ar-u-nu-latn` pins the digits so Chromium/ICU updates cannot switch them to
 * Arabic-Indic; the timeline axis uses the same month names and digits (see
 * features/timeline/moment-locale.ts), so axis, panel and list agree.
 *
 * Formatting works in UTC on calendar values; the timeline's geometry (local midnights) comes
 * from the `period*` helpers below.
 */
import type { EventDate, Precision, PublishedAt } from '../schema/dataset';
import type { Lang } from './url-state';

export const INTL_LOCALE: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB-u-nu-latn' };

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

interface Parts {
  y: number;
  m: number; // 0-based
  d: number;
}

function parts(iso: string): Parts {
  const [y = '1970', m = '1', d = '1'] = iso.split('-');
  return { y: Number(y), m: Number(m) - 1, d: Number(d) };
}

/** UTC midnight of the first day of the period `iso` names (years < 100 stay years < 100). */
function utcStart(iso: string): Date {
  const { y, m, d } = parts(iso);
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  return date;
}

/** "19 يونيو 2024", "يونيو 2024" or "2024": exactly the precision given, never more. */
export function formatIso(iso: string, precision: Precision, lang: Lang): string {
  return formatter(lang, precision).format(utcStart(iso));
}

/** The event's date or span ("18–19 يونيو 2024", "1950–1953"), without markers. */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end' | 'precision'>, lang: Lang): string {
  const f = formatter(lang, date.precision);
  if (date.end === undefined || date.end === date.start) return f.format(utcStart(date.start));
  return f.formatRange(utcStart(date.start), utcStart(date.end));
}

export type DateMarker = 'inferred' | 'approximate';

/** What the reader must be told about how sure the date is. */
export function dateMarkers(date: Pick<EventDate, 'inferred' | 'approximate'>): DateMarker[] {
  const markers: DateMarker[] = [];
  if (date.approximate) markers.push('approximate');
  if (date.inferred) markers.push('inferred');
  return markers;
}

/** The date with its markers spelled out, e.g. "يونيو 2024 (تاريخ مستنتج)" (for labels and tooltips). */
export function formatEventDateWithMarkers(date: EventDate, lang: Lang, label: (marker: DateMarker) => string): string {
  return [formatEventDate(date, lang), ...dateMarkers(date).map(label)].join(' ');
}

/** An article's publication date at its precision. */
export function formatPublishedAt(p: PublishedAt, lang: Lang): string {
  return formatIso(p.date, p.precision, lang);
}

/** A machine-readable value for `<time dateTime>`: the ISO value itself, or "start/end" for spans. */
export function isoDateTime(date: Pick<EventDate, 'start' | 'end'>): string {
  return date.end === undefined ? date.start : `${date.start}/${date.end}`;
}

// ---- Timeline geometry: local midnights, because vis-timeline and its axis work in local time.

/** Local midnight starting the period `iso` (at its precision). */
export function periodStart(iso: string): Date {
  const { y, m, d } = parts(iso);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m, d);
  return date;
}

/** Local midnight just after the period `iso` ends: the next day, month or year. */
export function periodEnd(iso: string, precision: Precision): Date {
  const { y, m, d } = parts(iso);
  const date = new Date(2000, 0, 1);
  if (precision === 'day') date.setFullYear(y, m, d + 1);
  else if (precision === 'month') date.setFullYear(y, m + 1, 1);
  else date.setFullYear(y + 1, 0, 1);
  return date;
}

/** The half-open interval an event covers on the timeline. */
export function eventInterval(date: Pick<EventDate, 'start' | 'end' | 'precision'>): { start: Date; end: Date } {
  return { start: periodStart(date.start), end: periodEnd(date.end ?? date.start, date.precision) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function toIsoDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of an ISO day. */
export function fromIsoDay(iso: string): Date {
  return periodStart(iso);
}
