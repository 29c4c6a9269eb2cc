/**
 * Packing and unpacking the index file (`DatasetFile` in ./dataset.ts) to and from the `Dataset`
 * the compiler builds and the app uses. Zod-free: the page unpacks what the dataset worker has
 * validated without loading the schema library (issue 4).
 */
import type { Bilingual, Dataset, DatasetFile, EventDate, EventType, TimelineEvent } from './dataset';
import { precisionOfIso } from './iso-date';

/** Position of each distinct value, in first-seen order: the table, and a value's place in it. */
function table<T>(key: (value: T) => string) {
  const at = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    ref(value: T): number {
      const k = key(value);
      let i = at.get(k);
      if (i === undefined) {
        i = values.length;
        at.set(k, i);
        values.push(value);
      }
      return i;
    },
  };
}

function positions(ids: readonly string[], what: string): (id: string) => number {
  const at = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`toDatasetFile: unknown ${what} "${id}"`);
    return i;
  };
}

/** The dataset as `timeline.json` stores it. The compiler validates the result against `DatasetFile`. */
export function toDatasetFile(dataset: Dataset): DatasetFile {
  const titles = table<Bilingual>((t) => `${t.ar}\u0000${t.en}`);
  const types = table<EventType>((t) => t);
  const actor = positions(
    dataset.actors.map((a) => a.id),
    'actor',
  );
  const place = positions(
    dataset.places.map((p) => p.id),
    'place',
  );
  const bit = (b: boolean | undefined): 0 | 1 => (b ? 1 : 0);
  const e = dataset.events;
  return {
    schemaVersion: dataset.schemaVersion,
    actors: dataset.actors,
    places: dataset.places,
    titles: titles.values,
    types: types.values,
    events: {
      id: e.map((x) => x.id),
      start: e.map((x) => x.date.start),
      end: e.map((x) => x.date.end ?? null),
      inferred: e.map((x) => bit(x.date.inferred)),
      approximate: e.map((x) => bit(x.date.approximate)),
      background: e.map((x) => bit(x.background)),
      title: e.map((x) => titles.ref(x.title)),
      type: e.map((x) => types.ref(x.type)),
      actors: e.map((x) => x.actors.map(actor)),
      places: e.map((x) => x.places.map(place)),
    },
  };
}

/**
 * The dataset a validated `DatasetFile` describes. Events with the same title share its object
 * (the app never mutates the dataset). A precision is read from its start's shape.
 */
export function fromDatasetFile(file: DatasetFile): Dataset {
  const c = file.events;
  const actorIds = file.actors.map((a) => a.id);
  const placeIds = file.places.map((p) => p.id);
  const events = new Array<TimelineEvent>(c.id.length);
  for (let i = 0; i < events.length; i++) {
    const start = c.start[i]!;
    const end = c.end[i];
    const precision = precisionOfIso(start);
    if (precision === null) throw new Error(`fromDatasetFile: start "${start}" is no ISO date (validate first)`);
    const date: EventDate = {
      start,
      ...(end != null ? { end } : {}),
      precision,
      inferred: c.inferred[i] === 1,
      ...(c.approximate[i] === 1 ? { approximate: true } : {}),
    };
    events[i] = {
      id: c.id[i]!,
      date,
      title: file.titles[c.title[i]!]!,
      type: file.types[c.type[i]!]!,
      actors: c.actors[i]!.map((a) => actorIds[a]!),
      places: c.places[i]!.map((p) => placeIds[p]!),
      background: c.background[i] === 1,
    };
  }
  return { schemaVersion: file.schemaVersion, actors: file.actors, places: file.places, events };
}
