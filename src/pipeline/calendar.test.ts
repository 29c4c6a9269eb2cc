import { describe, expect, it } from 'vitest';
import { addDays, coarsest, dayInterval, fromUtc, lastDay, overlaps, spanDays, toUtc, weekday } from './calendar';

describe('calendar', () => {
  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(weekday('2024-06-19')).toBe(3); // a Wednesday
  });
  it('knows the days a value covers', () => {
    expect(dayInterval({ start: '2024-02' })).toEqual(['2024-02-01', '2024-02-29']);
    expect(dayInterval({ start: '1950', end: '1953' })).toEqual(['1950-01-01', '1953-12-31']);
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(spanDays({ start: '2024-06-18', end: '2024-06-19' })).toBe(2);
  });
  it('tells overlapping values apart', () => {
    expect(overlaps({ start: '2024-06' }, { start: '2024-06-19' })).toBe(true);
    expect(overlaps({ start: '2024-06-18' }, { start: '2024-06-19' })).toBe(false);
    expect(overlaps({ start: '2024-06-18', end: '2024-06-19' }, { start: '2024-06-19' })).toBe(true);
  });
  it('coarsens an interval to the finest honest value', () => {
    expect(coarsest('2024-06-19', '2024-06-19')).toEqual({ start: '2024-06-19', precision: 'day' });
    expect(coarsest('2024-06-10', '2024-06-17')).toEqual({ start: '2024-06', precision: 'month' });
    expect(coarsest('2024-05-30', '2024-06-05')).toEqual({ start: '2024-05', end: '2024-06', precision: 'month' });
    expect(coarsest('2024-01-10', '2024-09-05')).toEqual({ start: '2024', precision: 'year' });
    expect(coarsest('2023-09-01', '2024-06-01')).toEqual({ start: '2023', end: '2024', precision: 'year' });
  });
  it('reads and writes days as a Date does', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const viaDate = (ms: number) => {
      const d = new Date(ms);
      return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    };
    const splitting = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return Date.UTC(y, m - 1, d);
    };
    // Every day of years 1–9999 (and a little beyond, where the Date answers), and not whole days.
    for (let day = -719_170; day <= 2_932_900; day++) {
      const ms = day * 86_400_000;
      const iso = viaDate(ms);
      if (fromUtc(ms) !== iso) expect(fromUtc(ms), String(day)).toBe(iso);
      if (toUtc(iso) !== splitting(iso)) expect(toUtc(iso), iso).toBe(splitting(iso));
    }
    for (const ms of [1, -1, 86_399_999, 0.5, NaN, Infinity, -8.64e15, 8.64e15])
      expect(fromUtc(ms), String(ms)).toBe(viaDate(ms));
    for (const iso of ['2024-13-40', '0099-01-01', '2024-6-19', '2024-06-1x', '', '20240619', '+20000-01-01'])
      expect(toUtc(iso), iso).toEqual(splitting(iso));
  });
});
