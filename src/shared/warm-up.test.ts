import { describe, expect, it } from 'vitest';
import { formatEventDate } from './dates';
import { warmLocaleData } from './warm-up';

describe('warmLocaleData', () => {
  it('makes the formatters without changing what they write', () => {
    const date = { start: '2024-06-18', end: '2024-06-19', precision: 'day' } as const;
    const before = { ar: formatEventDate(date, 'ar'), en: formatEventDate(date, 'en') };
    expect(() => {
      warmLocaleData('ar');
      warmLocaleData('en');
    }).not.toThrow();
    expect({ ar: formatEventDate(date, 'ar'), en: formatEventDate(date, 'en') }).toEqual(before);
  });
});
