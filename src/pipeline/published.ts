/**
 * When was the article written? Relative expressions ("الأربعاء", "الشهر الماضي") mean nothing
 * without it, and a wrong guess puts confident wrong dates on the timeline — the worst defect this
 * compiler can have. So the publication date is kept as a *window* of possible days [lo, hi], and
 * every relative expression is resolved at both ends: where the two agree the date is given at
 * that precision, where they disagree it is coarsened (day → month → year), where there is no
 * window it is not given at all.
 */
import type { DateBasis, PublishedAt } from '../schema/dataset';
import { addDays, coarsest, firstDay, lastDay, weekday } from './calendar';
import { resolveDate } from './date-expressions';
import type { DateExpr, DateValue } from './types';

export interface PubWindow {
  /** First and last possible publication day, inclusive. */
  lo: string;
  hi: string;
  basis: DateBasis;
  evidence: string;
}

/** A window for a value an editor or a dateline states: a day, or every day of a month/year. */
export function windowOf(iso: string, basis: DateBasis, evidence: string): PubWindow {
  return { lo: firstDay(iso), hi: lastDay(iso), basis, evidence };
}

function sameValue(a: DateValue, b: DateValue): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

/** Anchor an expression in a window of possible reference days (see the module comment). */
export function resolveInWindow(expr: DateExpr, win: PubWindow | null): DateValue | null {
  if (expr.kind === 'absolute') return expr.value;
  if (!win) return null;
  const a = resolveDate(expr, { date: win.lo, precision: 'day' });
  if (!a) return null;
  const b = win.lo === win.hi ? a : resolveDate(expr, { date: win.hi, precision: 'day' });
  if (!b) return null;
  const approximate = a.approximate || b.approximate ? { approximate: true } : {};
  if (sameValue(a, b)) return { ...a, inferred: true, ...approximate };
  const lo = firstDay(a.start) < firstDay(b.start) ? firstDay(a.start) : firstDay(b.start);
  const hiA = lastDay(a.end ?? a.start);
  const hiB = lastDay(b.end ?? b.start);
  const c = coarsest(lo, hiA > hiB ? hiA : hiB);
  return { ...c, inferred: true, ...approximate };
}

export function publishedAtOf(win: PubWindow | null): PublishedAt | null {
  if (!win) return null;
  const c = coarsest(win.lo, win.hi);
  // A span (e.g. two adjacent months) is stated by its start at the coarser precision that covers both.
  const date = c.end ? c.start.slice(0, 4) : c.start;
  const precision = c.end ? 'year' : c.precision;
  if (c.end && c.start.slice(0, 4) !== c.end.slice(0, 4)) return null;
  return { date, precision, basis: win.basis, evidence: win.evidence };
}

export interface Anchor {
  value: DateValue;
  future: boolean;
  /** The expression as written, for the evidence line. */
  text: string;
}

export interface WeekdayCue {
  weekday: number;
  future: boolean;
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Infer a window from the article's own stated dates. A past event bounds the publication from
 * below and a planned one from above; that alone says little, so a bound becomes a one-week
 * window only when the text corroborates it: it speaks of "Wednesday" in the past tense and its
 * latest stated date is a Wednesday (news is written within days of what it reports), or of a
 * coming "Tuesday" and its earliest planned date is a Tuesday.
 */
export function inferOwnWindow(anchors: readonly Anchor[], cues: readonly WeekdayCue[]): PubWindow | null {
  let lo: { day: string; a: Anchor } | null = null;
  let hi: { day: string; a: Anchor } | null = null;
  for (const a of anchors) {
    if (a.future) {
      const d = lastDay(a.value.end ?? a.value.start);
      if (!hi || d < hi.day) hi = { day: d, a };
    } else {
      const d = firstDay(a.value.start);
      if (!lo || d > lo.day) lo = { day: d, a };
    }
  }
  const pastDay = lo && lo.a.value.precision === 'day' && !lo.a.value.end ? lo : null;
  const futureDay = hi && hi.a.value.precision === 'day' ? { day: firstDay(hi.a.value.start), a: hi.a } : null;
  // One stray "الأحد" next to a date from 1950 proves nothing: the weekday must come up at least
  // twice, as it does in a report written days after the event it dates.
  if (pastDay && cues.filter((c) => !c.future && c.weekday === weekday(pastDay.day)).length >= 2) {
    let top = addDays(pastDay.day, 6);
    if (hi && hi.day < top) top = hi.day;
    if (top >= pastDay.day)
      return {
        lo: pastDay.day,
        hi: top,
        basis: 'inferred',
        evidence: `latest reported date "${pastDay.a.text}" is a ${WEEKDAYS_EN[weekday(pastDay.day)]}, and the text speaks of that weekday in the past`,
      };
  }
  if (futureDay && cues.some((c) => c.future && c.weekday === weekday(futureDay.day))) {
    let bottom = addDays(futureDay.day, -6);
    if (lo && lo.day > bottom) bottom = lo.day;
    const top = addDays(futureDay.day, -1);
    if (bottom <= top)
      return {
        lo: bottom,
        hi: top,
        basis: 'inferred',
        evidence: `earliest planned date "${futureDay.a.text}" is a ${WEEKDAYS_EN[weekday(futureDay.day)]}, and the text announces that weekday as coming`,
      };
  }
  return null;
}

/** Intersect two windows; null when they do not meet. */
export function intersect(a: PubWindow, b: PubWindow): PubWindow | null {
  const lo = a.lo > b.lo ? a.lo : b.lo;
  const hi = a.hi < b.hi ? a.hi : b.hi;
  if (lo > hi) return null;
  return { lo, hi, basis: 'inferred', evidence: `${a.evidence}; ${b.evidence}` };
}
