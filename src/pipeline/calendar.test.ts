import { describe, expect, it } from 'vitest';
import { addDays, coarsest, dayInterval, lastDay, overlaps, spanDays, weekday } from './calendar';

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
});
