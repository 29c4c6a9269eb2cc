import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, compareEvents, type Dataset, type TimelineEvent } from '../../schema/dataset';
import { buildIndex, filterEvents } from '../../shared/data/dataset-index';
import { eventInterval } from '../../shared/dates';
import {
  BUCKET_LADDER,
  bucketWidth,
  inputExtent,
  inputFromEvents,
  overlapping,
  windowEvents,
  type WindowView,
} from './windowing';

/** A small deterministic PRNG, so a failure names a reproducible case. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A dataset shaped like a large compiled corpus: dense 2019–2025, some background years, spans. */
function dataset(n: number, seed: number): Dataset {
  const r = lcg(seed);
  const actors = Array.from({ length: 30 }, (_, i) => ({
    id: `a${i}`,
    kind: 'person' as const,
    name: { ar: `فاعل ${i}`, en: `Actor ${i}` },
    aliases: [],
    inGazetteer: true,
  }));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r();
    const y = roll < 0.05 ? 1950 + Math.floor(r() * 68) : 2019 + Math.floor(r() * 7);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const kind = r();
    const date =
      kind < 0.7
        ? { start: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' as const, inferred: false }
        : kind < 0.85
          ? { start: `${y}-${pad(m)}`, precision: 'month' as const, inferred: false }
          : kind < 0.93
            ? {
                start: `${y}-${pad(m)}-${pad(Math.min(d, 20))}`,
                end: `${y}-${pad(m)}-${pad(Math.min(d, 20) + 3)}`,
                precision: 'day' as const,
                inferred: false,
              }
            : {
                start: String(y),
                end: String(y + 1 + Math.floor(r() * 3)),
                precision: 'year' as const,
                inferred: false,
              };
    events.push({
      id: `e${i}`,
      date,
      title: { ar: `حدث ${i}`, en: `Event ${i}` },
      type: 'visit',
      actors: [`a${Math.floor(r() ** 2 * 30)}`, `a${Math.floor(r() * 30)}`],
      places: [],
      background: y < 2019,
    });
  }
  events.sort(compareEvents);
  return {
    schemaVersion: SCHEMA_VERSION,
    actors,
    places: [],
    events,
  };
}

/** What a plain filter over the whole dataset shows in [from, to): the reference. */
function plain(events: readonly TimelineEvent[], from: number, to: number): string[] {
  return events
    .filter((e) => {
      const { start, end } = eventInterval(e.date);
      return start.getTime() < to && end.getTime() > from;
    })
    .map((e) => e.id);
}

function shownIds(view: WindowView): string[] {
  return [...view.singles, ...view.aggregates.flatMap((a) => a.members)];
}

const index = buildIndex(dataset(4000, 7), 'http://x/data/timeline.json');
const DAY = 86_400_000;

describe('windowEvents', () => {
  it('shows exactly the events a plain filter shows, for any window, zoom and actor filter', () => {
    const r = lcg(42);
    const filters: [string[], 'any' | 'all'][] = [
      [[], 'any'],
      [['a0'], 'any'],
      [['a1', 'a2'], 'any'],
      [['a0', 'a3'], 'all'],
    ];
    for (const [actors, match] of filters) {
      const shown = filterEvents(index, actors, match).events;
      const input = inputFromEvents(shown);
      for (let k = 0; k < 60; k++) {
        const from = Date.UTC(1945 + Math.floor(r() * 85), Math.floor(r() * 12), 1);
        const to = from + (1 + r() * 4000) * DAY;
        const bucket = bucketWidth(to - from, 1200);
        const view = windowEvents(input, {
          from,
          to,
          bucket,
          maxPerBucket: 3,
          budget: 150,
          keep: shown[k]?.id ?? null,
        });
        const ids = shownIds(view);
        expect(new Set(ids).size).toBe(ids.length); // nothing twice
        expect([...ids].sort()).toEqual(plain(shown, from, to).sort());
        // Singles and aggregates are in date order; every aggregate is dense.
        for (const a of view.aggregates) expect(a.members.length).toBeGreaterThan(0);
      }
    }
  });

  it('draws everything when the window holds no more than the budget', () => {
    const shown = filterEvents(index, [], 'any').events;
    const input = inputFromEvents(shown);
    const from = Date.UTC(2021, 5, 1);
    const to = Date.UTC(2021, 6, 1);
    const expected = plain(shown, from, to);
    const view = windowEvents(input, { from, to, bucket: DAY, maxPerBucket: 1, budget: expected.length });
    expect(view.aggregates).toEqual([]);
    expect(view.singles).toEqual(expected);
  });

  it('aggregates dense buckets and keeps the selected event on its own', () => {
    const shown = filterEvents(index, [], 'any').events;
    const input = inputFromEvents(shown);
    const from = Date.UTC(2019, 0, 1);
    const to = Date.UTC(2026, 0, 1);
    const bucket = bucketWidth(to - from, 1400);
    const inside = plain(shown, from, to);
    const keep = inside[Math.floor(inside.length / 2)]!;
    const view = windowEvents(input, { from, to, bucket, maxPerBucket: 3, budget: 150, keep });
    expect(view.singles).toContain(keep);
    expect(view.aggregates.some((a) => a.members.includes(keep))).toBe(false);
    // 4,000 events over seven years at ~90 px per bucket: a handful of items for the engine.
    expect(view.singles.length + view.aggregates.length).toBeLessThan(150);
    expect(view.aggregates.length).toBeGreaterThan(0);
  });

  it('keeps aggregate ids and members stable while panning at one zoom level', () => {
    const input = inputFromEvents(index.events);
    const bucket = 30 * DAY;
    const a = windowEvents(input, {
      from: Date.UTC(2022, 0, 1),
      to: Date.UTC(2023, 0, 1),
      bucket,
      maxPerBucket: 3,
      budget: 10,
    });
    const b = windowEvents(input, {
      from: Date.UTC(2022, 3, 1),
      to: Date.UTC(2023, 3, 1),
      bucket,
      maxPerBucket: 3,
      budget: 10,
    });
    const inB = new Map(b.aggregates.map((x) => [x.id, x.members]));
    // Buckets wholly inside both windows are the same items, so vis-timeline keeps their DOM.
    const shared = a.aggregates.filter((x) => x.start >= Date.UTC(2022, 3, 1) && x.end <= Date.UTC(2023, 0, 1));
    expect(shared.length).toBeGreaterThan(0);
    for (const x of shared) expect(inB.get(x.id)).toEqual(x.members);
  });
});

describe('overlapping and bucketWidth', () => {
  it('finds long spans that start well before the window', () => {
    const shown = filterEvents(index, [], 'any').events;
    const input = inputFromEvents(shown);
    const from = Date.UTC(1990, 0, 1);
    const to = Date.UTC(1990, 1, 1);
    expect(overlapping(input, from, to).map((i) => input.ids[i])).toEqual(plain(shown, from, to));
  });

  it('picks wider buckets as the window widens, from the ladder', () => {
    let last = 0;
    for (const days of [3, 30, 365, 7 * 365, 80 * 365]) {
      const b = bucketWidth(days * DAY, 1200);
      expect(BUCKET_LADDER).toContain(b);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
  });
});

describe('inputFromEvents and inputExtent', () => {
  it('gives every event the times of its own date, shared dates converted once or not', () => {
    const input = inputFromEvents(index.events);
    index.events.forEach((e, i) => {
      const { start, end } = eventInterval(e.date);
      expect([input.ids[i], input.starts[i], input.ends[i]]).toEqual([e.id, start.getTime(), end.getTime()]);
    });
  });

  it('spans the first start to the latest end, which need not be the last event’s', () => {
    const input = inputFromEvents(index.events);
    const ends = index.events.map((e) => eventInterval(e.date).end.getTime());
    expect(inputExtent(input)).toEqual({
      min: eventInterval(index.events[0]!.date).start.getTime(),
      max: Math.max(...ends),
    });
    expect(Math.max(...ends)).toBeGreaterThan(input.ends[input.ends.length - 1]!);
    expect(inputExtent(inputFromEvents([]))).toBeNull();
  });
});
