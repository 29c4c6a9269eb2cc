import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Dataset } from '../schema/dataset';
import { buildIndex } from '../shared/data/dataset-index';
import { toIsoDay } from '../shared/dates';
import { DEFAULT_STATE, parseUrlState } from '../shared/url-state';
import { defaultRange, initialRange, noticesFor } from './view';

const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  actors: [{ id: 'a', kind: 'person', name: { ar: 'أ', en: 'A' }, aliases: [], inGazetteer: true }],
  places: [],
  events: [
    {
      id: 'e1',
      date: { start: '2024-06-19', precision: 'day', inferred: false },
      title: { ar: 'ع', en: 'E' },
      type: 'visit',
      actors: ['a'],
      places: [],
      background: false,
    },
    {
      id: 'old',
      date: { start: '1950', end: '1953', precision: 'year', inferred: false },
      title: { ar: 'ح', en: 'W' },
      type: 'conflict',
      actors: [],
      places: [],
      background: true,
    },
  ],
};
const index = buildIndex(dataset, 'http://x/data/timeline.json');
const days = (r: { start: Date; end: Date }) => [toIsoDay(r.start), toIsoDay(r.end)];

describe('initialRange', () => {
  it('defaults to 2019-01-01 → 2025-12-31 (end exclusive at midnight)', () => {
    expect(days(initialRange(DEFAULT_STATE, index))).toEqual(['2019-01-01', '2026-01-01']);
    expect(days(defaultRange())).toEqual(['2019-01-01', '2026-01-01']);
  });

  it('uses the URL window, to inclusive', () => {
    expect(days(initialRange({ ...DEFAULT_STATE, window: { from: '2024-01-01', to: '2024-12-31' } }, index))).toEqual([
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('centres a year on a linked event, or fits a long one', () => {
    const r = initialRange({ ...DEFAULT_STATE, event: 'e1' }, index);
    expect(r.start < new Date(2024, 5, 19) && r.end > new Date(2024, 5, 20)).toBe(true);
    expect(r.end.getTime() - r.start.getTime()).toBeLessThan(366 * 86_400_000);
    const old = initialRange({ ...DEFAULT_STATE, event: 'old' }, index);
    expect(old.start < new Date(1950, 0, 1) && old.end > new Date(1954, 0, 1)).toBe(true);
  });

  it('ignores an unknown event', () => {
    expect(days(initialRange({ ...DEFAULT_STATE, event: 'nope' }, index))).toEqual(['2019-01-01', '2026-01-01']);
  });
});

describe('noticesFor', () => {
  it('reports unknown ids and malformed parameters', () => {
    expect(noticesFor(parseUrlState('?event=nope&actors=a,b&lang=xx'), index)).toEqual([
      { kind: 'bad-lang', value: 'xx' },
      { kind: 'unknown-event', value: 'nope' },
      { kind: 'unknown-actors', value: 'b' },
    ]);
  });

  it('is silent for a good link', () => {
    expect(noticesFor(parseUrlState('?event=e1&actors=a'), index)).toEqual([]);
  });
});
