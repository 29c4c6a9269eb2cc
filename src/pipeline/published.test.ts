import { describe, expect, it } from 'vitest';
import { inferOwnWindow, publishedAtOf, resolveInWindow, windowOf, type Anchor } from './published';

const day = (d: string, future = false, text = d): Anchor => ({
  value: { start: d, precision: 'day', inferred: false },
  future,
  text,
});

describe('inferOwnWindow', () => {
  it('dates a report to the week after its latest stated Wednesday when it keeps saying "Wednesday"', () => {
    const w = inferOwnWindow(
      [day('2024-06-19')],
      [
        { weekday: 3, future: false },
        { weekday: 3, future: false },
      ],
    );
    expect(w && [w.lo, w.hi]).toEqual(['2024-06-19', '2024-06-25']);
    expect(publishedAtOf(w)).toMatchObject({ date: '2024-06', precision: 'month', basis: 'inferred' });
  });
  it('ignores a lone weekday next to an old date', () => {
    expect(inferOwnWindow([day('1950-06-25')], [{ weekday: 0, future: false }])).toBeNull();
  });
  it('dates an announcement to the days before the coming Tuesday it names', () => {
    const w = inferOwnWindow([day('2024-06-18', true)], [{ weekday: 2, future: true }]);
    expect(w && [w.lo, w.hi]).toEqual(['2024-06-12', '2024-06-17']);
  });
  it('gives no window without corroboration', () => {
    expect(inferOwnWindow([day('2024-06-19')], [])).toBeNull();
  });
});

describe('resolveInWindow', () => {
  it('gives a day where every day of the window agrees, else a coarser value, else nothing', () => {
    const week = { lo: '2024-06-12', hi: '2024-06-17', basis: 'inferred' as const, evidence: '' };
    expect(resolveInWindow({ kind: 'weekday', weekday: 3, direction: 'past' }, week)).toEqual({
      start: '2024-06-12',
      precision: 'day',
      inferred: true,
    });
    expect(resolveInWindow({ kind: 'weekday', weekday: 1, direction: 'past' }, week)).toEqual({
      start: '2024-06',
      precision: 'month',
      inferred: true,
    });
    expect(resolveInWindow({ kind: 'relative', unit: 'month', amount: -1 }, week)).toEqual({
      start: '2024-05',
      precision: 'month',
      inferred: true,
    });
    expect(resolveInWindow({ kind: 'weekday', weekday: 1, direction: 'past' }, null)).toBeNull();
    const month = windowOf('2024-06', 'manifest', 'manifest: 2024-06');
    expect(resolveInWindow({ kind: 'relative', unit: 'day', amount: -1 }, month)).toEqual({
      start: '2024-05',
      end: '2024-06',
      precision: 'month',
      inferred: true,
    });
  });
});
