import { describe, expect, it } from 'vitest';
import golden from '../pipeline/__golden__/seeds.timeline.json';
import { Dataset, DatasetFile, SCHEMA_VERSION, fromDatasetFile, toDatasetFile, type TimelineEvent } from './dataset';

/** The compiled seeds, as reviewed in the compiler's golden file (each event with its excerpts). */
function seedsDataset(): Dataset {
  return Dataset.parse({
    schemaVersion: golden.schemaVersion,
    actors: golden.actors,
    places: golden.places,
    events: golden.events.map(({ excerpts: _, ...e }) => e),
  });
}

const event = (id: string, start: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date: { start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day', inferred: false },
  title: { ar: 'زيارة', en: 'Visit' },
  type: 'visit',
  actors: ['a'],
  places: [],
  background: false,
  ...more,
});

/** Every field in use: spans at each precision, approximate and inferred dates, shared titles. */
const varied: Dataset = Dataset.parse({
  schemaVersion: SCHEMA_VERSION,
  actors: [
    { id: 'a', kind: 'person', name: { ar: 'أ', en: 'A' }, aliases: ['أ'], inGazetteer: true },
    { id: 'b', kind: 'country', name: { ar: 'ب', en: 'B' }, aliases: [], inGazetteer: false },
  ],
  places: [{ id: 'p', name: { ar: 'م', en: 'P' }, aliases: ['م'] }],
  events: [
    event('w', '1950', {
      date: { start: '1950', end: '1953', precision: 'year', inferred: false, approximate: true },
      type: 'conflict',
      title: { ar: 'حرب', en: 'War' },
      actors: ['a', 'b'],
      background: true,
    }),
    event('x', '2024-06', { date: { start: '2024-06', precision: 'month', inferred: true } }),
    event('y', '2024-06-05', {
      date: { start: '2024-06-05', end: '2024-06-07', precision: 'day', inferred: false },
      places: ['p'],
      actors: [],
    }),
    event('z', '2024-06-05', { type: 'summit', title: { ar: 'قمة', en: 'Summit' }, actors: ['b', 'a'] }),
  ],
});

describe('toDatasetFile / fromDatasetFile', () => {
  it.each([
    ['the compiled seeds', seedsDataset()],
    ['every field in use', varied],
    ['no events', { ...varied, events: [] }],
  ])('round-trips %s through a valid file', (_, dataset) => {
    const file = DatasetFile.parse(toDatasetFile(dataset));
    // Through JSON, as the app receives it.
    const back = fromDatasetFile(DatasetFile.parse(JSON.parse(JSON.stringify(file))));
    expect(back).toEqual(dataset);
    expect(Dataset.safeParse(back).success).toBe(true);
  });

  it('stores each title and type once and every column one entry per event', () => {
    const file = toDatasetFile(varied);
    expect(file.titles).toEqual([
      { ar: 'حرب', en: 'War' },
      { ar: 'زيارة', en: 'Visit' },
      { ar: 'قمة', en: 'Summit' },
    ]);
    expect(file.types).toEqual(['conflict', 'visit', 'summit']);
    expect(file.events.title).toEqual([0, 1, 1, 2]);
    expect(file.events.actors).toEqual([[0, 1], [0], [], [1, 0]]);
    expect(file.events.end).toEqual(['1953', null, '2024-06-07', null]);
    expect(file.events.approximate).toEqual([1, 0, 0, 0]);
    for (const column of Object.values(file.events)) expect(column).toHaveLength(4);
  });

});

describe('DatasetFile', () => {
  const valid = () => structuredClone(toDatasetFile(varied));
  const issues = (file: unknown) => {
    const r = DatasetFile.safeParse(file);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a packed dataset', () => {
    expect(issues(valid())).toEqual([]);
  });

  it.each<[string, (f: DatasetFile) => void, string]>([
    ['a short column', (f) => f.events.title.pop(), 'events.title: has 3 entries where events.id has 4'],
    ['a title out of range', (f) => (f.events.title[1] = 3), 'events.title.1: refers to titles[3], and there are 3'],
    ['an actor out of range', (f) => (f.events.actors[2] = [2]), 'events.actors.2: refers to actors[2]'],
    ['a place out of range', (f) => (f.events.places[0] = [1]), 'events.places.0: refers to places[1]'],
    ['a type out of range', (f) => (f.events.type[0] = 9), 'events.type.0: refers to types[9]'],
    ['a start that is no date', (f) => (f.events.start[1] = '2024-6'), 'events.start.1: "2024-6" is not an ISO'],
    ['an end at another precision', (f) => (f.events.end[0] = '1953-01'), 'events.end.0: "1953-01" is not an ISO year'],
    ['an end before its start', (f) => (f.events.end[2] = '2024-06-05'), 'events.end.2: "2024-06-05" is not after'],
    ['events out of order', (f) => (f.events.start[0] = '2025'), 'events.id.1: events are not sorted by date at "x"'],
    ['a duplicate event id', (f) => (f.events.id[3] = 'y'), 'duplicate event id "y"'],
    ['an id with capitals', (f) => (f.events.id[0] = 'W'), 'events.id.0: "W" is not an id'],
    [
      'a column that is not an array',
      (f) => ((f.events as Record<string, unknown>).end = 'none'),
      'events.end: expected an array of an ISO date or null',
    ],
    [
      'actors that are not a list',
      (f) => ((f.events.actors as unknown[])[1] = 0),
      'events.actors.1: expected a list of positions',
    ],
    ['a position that is no integer', (f) => (f.events.title[2] = 0.5), 'events.title.2: expected a position'],
    ['a flag that is not 0 or 1', (f) => ((f.events.inferred as number[])[0] = 2), 'events.inferred.0'],
    ['an unknown type', (f) => ((f.types as string[])[0] = 'war'), 'types.0'],
    ['another version', (f) => ((f as { schemaVersion: number }).schemaVersion = 2), 'schemaVersion'],
  ])('names the fault: %s', (_, spoil, message) => {
    const file = valid();
    spoil(file);
    expect(issues(file).join('\n')).toContain(message);
  });
});
