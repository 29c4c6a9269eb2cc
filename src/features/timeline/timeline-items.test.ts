import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../schema/dataset';
import { clusterExtent, fitWindow, toItem } from './timeline-items';

const event = (date: TimelineEvent['date'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e',
  date,
  title: { ar: 'ع', en: 'E' },
  type: 'visit',
  actors: [],
  places: [],
  background: false,
  ...extra,
});

describe('toItem', () => {
  it('draws single dates as points and spans as ranges over the whole period', () => {
    expect(toItem(event({ start: '2024-06-19', precision: 'day', inferred: false }), 'l', 't').type).toBe('point');
    expect(toItem(event({ start: '2024-06', precision: 'month', inferred: false }), 'l', 't').type).toBe('point');
    const range = toItem(
      event({ start: '2024-06-18', end: '2024-06-19', precision: 'day', inferred: false }),
      'l',
      't',
    );
    expect(range.type).toBe('range');
    expect(range.end).toEqual(new Date(2024, 5, 20));
  });

  it('classes carry the type, background and inferred flags for styling', () => {
    const item = toItem(
      event({ start: '1961', precision: 'year', inferred: true }, { type: 'agreement', background: true }),
      'l',
      't',
    );
    expect(item.className.split(' ')).toEqual(['khatt-item', 'type-agreement', 'is-background', 'is-inferred']);
  });
});

describe('windows', () => {
  it('fit leaves more room after the last event, where labels run', () => {
    const fit = fitWindow(
      [
        event({ start: '2019-01-01', precision: 'day', inferred: false }),
        event({ start: '2024-12-31', precision: 'day', inferred: false }),
      ],
      1000,
    )!;
    const first = new Date(2019, 0, 1).getTime();
    const last = new Date(2025, 0, 1).getTime();
    expect(last - first).toBeGreaterThan(0);
    expect(fit.end - last).toBeGreaterThan(first - fit.start);
    // Room for a ~280 px label at the late end of a 1000 px chart.
    expect((fit.end - last) / (fit.end - fit.start)).toBeCloseTo(0.28, 1);
    expect(fitWindow([], 1000)).toBeNull();
  });

  it('a cluster covers its members', () => {
    expect(clusterExtent([{ start: new Date(10) }, { start: 5, end: 30 }])).toEqual({ start: 5, end: 30 });
    expect(clusterExtent([])).toBeNull();
  });
});
