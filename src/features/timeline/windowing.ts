/**
 * What the timeline engine is given at one window and zoom: vis-timeline lays out and stacks
 * every item it holds on every redraw, which costs seconds at 10,000 items (issue 4) and
 * minutes unclustered. So it only ever holds what the current window (plus one window-width on
 * each side, for panning) can show, and dense periods are aggregated here, per zoom level, into
 * one "N events" item per time bucket. Pure and allocation-light, so it can run every animation
 * frame while the person drags.
 *
 * Nothing is lost: every shown event that overlaps the window is either drawn on its own or
 * counted in exactly one aggregate (tested against a plain filter over the whole dataset).
 */
import type { TimelineEvent } from '../../schema/dataset';
import { periodEnd, periodStart } from '../../shared/dates';

/** Shown events in date order as parallel arrays (ms since epoch; `end` exclusive). */
export interface WindowInput {
  ids: readonly string[];
  starts: Float64Array;
  ends: Float64Array;
  /** The longest `end - start`: how far before the window an overlapping event can start. */
  maxSpan: number;
}

export interface Aggregate {
  /** Stable for a zoom level and bucket: `agg-<bucket width>-<bucket index>`. */
  id: string;
  /** The bucket's time range. */
  start: number;
  end: number;
  /** Ids of the shown events it stands for, in date order. */
  members: string[];
}

export interface WindowView {
  /** Events drawn on their own, in date order. */
  singles: string[];
  aggregates: Aggregate[];
}

export interface WindowOptions {
  /** The time range to fill (the visible window, usually widened for panning). */
  from: number;
  to: number;
  /** Bucket width in ms (see `bucketWidth`): buckets are aligned to multiples of it, so they do not move while panning. */
  bucket: number;
  /** A bucket with more events than this becomes one aggregate… */
  maxPerBucket: number;
  /** …unless the whole range holds no more than this many events: then all are drawn. */
  budget: number;
  /** An event always drawn on its own (the selected one), so it can be seen selected. */
  keep?: string | null;
}

const DAY = 86_400_000;

/** Bucket widths, from a day to a century: one is picked per zoom level. */
export const BUCKET_LADDER: readonly number[] = [
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  2 * 365 * DAY,
  5 * 365 * DAY,
  10 * 365 * DAY,
  25 * 365 * DAY,
  100 * 365 * DAY,
];

/** The narrowest bucket at least `minPx` pixels wide at this zoom. */
export function bucketWidth(windowMs: number, widthPx: number, minPx = 90): number {
  const msPerPx = windowMs / Math.max(widthPx, 1);
  return BUCKET_LADDER.find((b) => b / msPerPx >= minPx) ?? BUCKET_LADDER[BUCKET_LADDER.length - 1]!;
}

/**
 * Parallel arrays for `windowEvents` from dataset events (in date order, as the dataset keeps them).
 * Many events share a start or an end, and turning one into a time costs two local-time Date
 * computations: each distinct start and each distinct last period is converted once. An ISO
 * date's shape is its precision (the schema's rule), so the string alone is the key.
 */
export function inputFromEvents(events: readonly TimelineEvent[]): WindowInput {
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  return toWindowInput(
    events.map((e) => {
      let start = starts.get(e.date.start);
      if (start === undefined) {
        start = periodStart(e.date.start).getTime();
        starts.set(e.date.start, start);
      }
      const last = e.date.end ?? e.date.start;
      let end = ends.get(last);
      if (end === undefined) {
        end = periodEnd(last, e.date.precision).getTime();
        ends.set(last, end);
      }
      return { id: e.id, start, end };
    }),
  );
}

/** The time the input covers, from the first start to the last end (null when empty). */
export function inputExtent(input: WindowInput): { min: number; max: number } | null {
  if (input.ids.length === 0) return null;
  let max = -Infinity;
  for (const end of input.ends) max = Math.max(max, end);
  return { min: input.starts[0]!, max };
}

/** Parallel arrays for `windowEvents`, from events already in date order. */
export function toWindowInput(events: readonly { id: string; start: number; end: number }[]): WindowInput {
  const ids = events.map((e) => e.id);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let maxSpan = 0;
  events.forEach((e, i) => {
    starts[i] = e.start;
    ends[i] = e.end;
    maxSpan = Math.max(maxSpan, e.end - e.start);
  });
  return { ids, starts, ends, maxSpan };
}

/** First index whose start is ≥ t (starts are ascending). */
function lowerBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events overlapping [from, to): indexes into the input, ascending. */
export function overlapping(input: WindowInput, from: number, to: number): number[] {
  const out: number[] = [];
  // Only events starting within maxSpan before `from` can reach into the range.
  const first = lowerBound(input.starts, from - input.maxSpan);
  const last = lowerBound(input.starts, to);
  for (let i = first; i < last; i++) if (input.ends[i]! > from) out.push(i);
  return out;
}

export function windowEvents(input: WindowInput, o: WindowOptions): WindowView {
  const inRange = overlapping(input, o.from, o.to);
  if (inRange.length <= o.budget) return { singles: inRange.map((i) => input.ids[i]!), aggregates: [] };

  // Group by bucket (an event reaching in from the left counts in the first bucket it touches).
  const buckets = new Map<number, number[]>();
  for (const i of inRange) {
    const b = Math.floor(Math.max(input.starts[i]!, o.from) / o.bucket);
    const list = buckets.get(b);
    if (list) list.push(i);
    else buckets.set(b, [i]);
  }
  const singles: number[] = [];
  const aggregates: Aggregate[] = [];
  for (const [b, members] of buckets) {
    if (members.length <= o.maxPerBucket) {
      singles.push(...members);
      continue;
    }
    const kept = o.keep != null ? members.findIndex((i) => input.ids[i] === o.keep) : -1;
    if (kept >= 0) singles.push(members.splice(kept, 1)[0]!);
    if (members.length === 0) continue;
    aggregates.push({
      id: `agg-${o.bucket}-${b}`,
      start: b * o.bucket,
      end: (b + 1) * o.bucket,
      members: members.map((i) => input.ids[i]!),
    });
  }
  singles.sort((x, y) => x - y);
  aggregates.sort((x, y) => x.start - y.start);
  return { singles: singles.map((i) => input.ids[i]!), aggregates };
}

/** The events of `all` that pass `keep` (an actor filter), still in date order. */
export function subsetInput(all: WindowInput, keep: (id: string) => boolean): WindowInput {
  const picked: number[] = [];
  for (let i = 0; i < all.ids.length; i++) if (keep(all.ids[i]!)) picked.push(i);
  if (picked.length === all.ids.length) return all;
  const starts = new Float64Array(picked.length);
  const ends = new Float64Array(picked.length);
  let maxSpan = 0;
  picked.forEach((i, k) => {
    starts[k] = all.starts[i]!;
    ends[k] = all.ends[i]!;
    maxSpan = Math.max(maxSpan, ends[k]! - starts[k]!);
  });
  return { ids: picked.map((i) => all.ids[i]!), starts, ends, maxSpan };
}
