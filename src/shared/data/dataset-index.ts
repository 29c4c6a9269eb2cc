/**
 * Lookups derived once from a validated dataset. The app never scans `events` per render: it
 * asks these maps, so 10,000 events cost one pass at load and O(1) per lookup afterwards.
 * Excerpts, article records and texts are deliberately not here; they load when an event or a
 * reader is opened.
 */
import type { Actor, ActorKind, Dataset, Place, TimelineEvent } from '../../schema/dataset';
import { SCHEMA_VERSION } from '../../schema/vocabulary';
import type { MatchMode } from '../url-state';

export interface DatasetIndex {
  readonly dataset: Dataset;
  /** Where the dataset was loaded from: article texts resolve against it. */
  readonly url: string;
  /** In date order (the schema guarantees the file is sorted with compareEvents). */
  readonly events: readonly TimelineEvent[];
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly eventPosition: ReadonlyMap<string, number>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly placeById: ReadonlyMap<string, Place>;
  /** Positions (into `events`) of the events each actor takes part in, ascending. */
  readonly eventsByActor: ReadonlyMap<string, readonly number[]>;
}

/** What the app shows while the dataset loads: no events, actors or places. */
export const EMPTY_INDEX: DatasetIndex = buildIndex(
  { schemaVersion: SCHEMA_VERSION, actors: [], places: [], events: [] },
  '',
);

export function buildIndex(dataset: Dataset, url: string): DatasetIndex {
  const eventsByActor = new Map<string, number[]>();
  for (const a of dataset.actors) eventsByActor.set(a.id, []);
  dataset.events.forEach((e, i) => {
    for (const a of e.actors) {
      const list = eventsByActor.get(a);
      // An actor named twice in one event is listed once (events come in order: check the last).
      if (list && list[list.length - 1] !== i) list.push(i);
    }
  });
  return {
    dataset,
    url,
    events: dataset.events,
    eventById: new Map(dataset.events.map((e) => [e.id, e])),
    eventPosition: new Map(dataset.events.map((e, i) => [e.id, i])),
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    eventsByActor,
  };
}

export interface ShownEvents {
  /** Shown events in date order. */
  readonly events: readonly TimelineEvent[];
  readonly ids: ReadonlySet<string>;
}

/**
 * The events the current actor filter shows: with no actor selected, all of them; with `any`,
 * those involving at least one selected actor; with `all`, those involving every one of them.
 * Unknown actor ids are the caller's business (they are reported, then left out).
 */
export function filterEvents(index: DatasetIndex, actors: readonly string[], match: MatchMode): ShownEvents {
  const known = actors.filter((a) => index.eventsByActor.has(a));
  if (known.length === 0) return { events: index.events, ids: new Set(index.eventById.keys()) };
  const lists = known.map((a) => index.eventsByActor.get(a) ?? []);
  let positions: number[];
  if (match === 'any') {
    positions = [...new Set(lists.flat())].sort((x, y) => x - y);
  } else {
    const [shortest, ...rest] = [...lists].sort((x, y) => x.length - y.length);
    const others = rest.map((l) => new Set(l));
    positions = (shortest ?? []).filter((p) => others.every((s) => s.has(p)));
  }
  const events = positions.map((p) => index.events[p]!);
  return { events, ids: new Set(events.map((e) => e.id)) };
}

export const ACTOR_KIND_ORDER: readonly ActorKind[] = ['person', 'country', 'organization'];

/** The previous/next shown event in date order, for keyboard walks and the panel's buttons. */
export function neighbour(
  shown: readonly TimelineEvent[],
  index: DatasetIndex,
  currentId: string | null,
  step: 1 | -1,
): TimelineEvent | undefined {
  if (shown.length === 0) return undefined;
  if (currentId === null) return step === 1 ? shown[0] : shown[shown.length - 1];
  const at = index.eventPosition.get(currentId);
  if (at === undefined) return step === 1 ? shown[0] : shown[shown.length - 1];
  // Binary search by dataset position: `shown` is a date-ordered subset of `events`.
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.eventPosition.get(shown[mid]!.id) ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const currentShown = shown[lo]?.id === currentId;
  const target = step === 1 ? (currentShown ? lo + 1 : lo) : lo - 1;
  return shown[target];
}
