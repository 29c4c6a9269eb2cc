/**
 * App-level decisions derived from the URL and the dataset: the window to open with and the
 * notices a link deserves. Pure functions, unit-tested.
 */
import type { DatasetIndex } from '../shared/data/dataset-index';
import { eventInterval, fromIsoDay, periodEnd } from '../shared/dates';
import type { ParsedUrl, UrlProblem, UrlState } from '../shared/url-state';

export interface TimeRange {
  start: Date;
  end: Date;
}

/** The window the issue asks for when the URL says nothing: 2019-01-01 → 2025-12-31. */
export function defaultRange(): TimeRange {
  return { start: fromIsoDay('2019-01-01'), end: periodEnd('2025-12-31', 'day') };
}

const HALF_YEAR = 182 * 86_400_000;

/**
 * The window to open with: the URL's own window; else a year centred on the linked event (wide
 * enough for context, narrow enough that it is not lost in a cluster); else the default.
 */
export function initialRange(state: UrlState, index: DatasetIndex): TimeRange {
  if (state.window) return { start: fromIsoDay(state.window.from), end: periodEnd(state.window.to, 'day') };
  const event = state.event !== null ? index.eventById.get(state.event) : undefined;
  if (event) {
    const { start, end } = eventInterval(event.date);
    const length = end.getTime() - start.getTime();
    if (length > HALF_YEAR) {
      const pad = length * 0.1;
      return { start: new Date(start.getTime() - pad), end: new Date(end.getTime() + pad) };
    }
    const centre = (start.getTime() + end.getTime()) / 2;
    return { start: new Date(centre - HALF_YEAR), end: new Date(centre + HALF_YEAR) };
  }
  return defaultRange();
}

export type Notice = UrlProblem | { kind: 'unknown-event'; value: string } | { kind: 'unknown-actors'; value: string };

/** What to tell someone who opened this link: malformed parameters, and ids the dataset lacks. */
export function noticesFor(parsed: ParsedUrl, index: DatasetIndex): Notice[] {
  const notices: Notice[] = [...parsed.problems];
  const { event, actors } = parsed.state;
  if (event !== null && !index.eventById.has(event)) notices.push({ kind: 'unknown-event', value: event });
  const unknown = actors.filter((a) => !index.actorById.has(a));
  if (unknown.length > 0) notices.push({ kind: 'unknown-actors', value: unknown.join(', ') });
  return notices;
}
