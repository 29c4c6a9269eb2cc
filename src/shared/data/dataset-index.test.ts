import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Dataset, type TimelineEvent } from '../../schema/dataset';
import { buildIndex, filterEvents, neighbour } from './dataset-index';

const event = (id: string, start: string, actors: string[]): TimelineEvent => ({
  id,
  date: { start, precision: 'day', inferred: false },
  title: { ar: id, en: id },
  type: 'other',
  actors,
  places: [],
  background: false,
});
const actor = (id: string) => ({
  id,
  kind: 'person' as const,
  name: { ar: id, en: id },
  aliases: [],
  inGazetteer: true,
});

const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  actors: [actor('a'), actor('b'), actor('c'), actor('unused')],
  places: [],
  events: [
    event('e1', '2019-01-01', ['a']),
    event('e2', '2020-01-01', ['a', 'b']),
    event('e3', '2021-01-01', ['b']),
    event('e4', '2022-01-01', ['a', 'b', 'c']),
    event('e5', '2023-01-01', []),
  ],
};
const index = buildIndex(dataset, 'http://x/data/timeline.json');
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('filterEvents', () => {
  it('shows everything without a selection (unknown ids count as no selection)', () => {
    expect(ids(filterEvents(index, [], 'any').events)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(ids(filterEvents(index, ['nobody'], 'all').events)).toHaveLength(5);
  });

  it('any: events with at least one selected actor, in date order', () => {
    expect(ids(filterEvents(index, ['c', 'a'], 'any').events)).toEqual(['e1', 'e2', 'e4']);
  });

  it('all: events with every selected actor', () => {
    expect(ids(filterEvents(index, ['a', 'b'], 'all').events)).toEqual(['e2', 'e4']);
    expect(ids(filterEvents(index, ['a', 'b', 'c'], 'all').events)).toEqual(['e4']);
    expect(ids(filterEvents(index, ['unused', 'a'], 'all').events)).toEqual([]);
  });

  it('counts events per actor once', () => {
    expect(index.eventsByActor.get('a')).toEqual([0, 1, 3]);
    expect(index.eventsByActor.get('unused')).toEqual([]);
    const twice = buildIndex({ ...dataset, events: [event('x', '2019-01-01', ['a', 'b', 'a'])] }, 'http://x/t.json');
    expect([twice.eventsByActor.get('a'), twice.eventsByActor.get('b')]).toEqual([[0], [0]]);
  });
});

describe('neighbour', () => {
  const shown = filterEvents(index, ['b'], 'any').events; // e2 e3 e4
  it('steps through the shown events in date order', () => {
    expect(neighbour(shown, index, 'e2', 1)?.id).toBe('e3');
    expect(neighbour(shown, index, 'e3', -1)?.id).toBe('e2');
    expect(neighbour(shown, index, 'e4', 1)).toBeUndefined();
    expect(neighbour(shown, index, 'e2', -1)).toBeUndefined();
  });

  it('starts at an end with no selection, and finds the way from a hidden event', () => {
    expect(neighbour(shown, index, null, 1)?.id).toBe('e2');
    expect(neighbour(shown, index, null, -1)?.id).toBe('e4');
    expect(neighbour(shown, index, 'e1', 1)?.id).toBe('e2');
    expect(neighbour(shown, index, 'e5', -1)?.id).toBe('e4');
    expect(neighbour(shown, index, 'e1', -1)).toBeUndefined();
  });
});
