import { describe, expect, it } from 'vitest';
import ar from '../i18n/ar';
import en from '../i18n/en';
import type { EventDate } from '../schema/dataset';
import {
  eventInterval,
  formatEventDate,
  formatEventDateWithMarkers,
  formatIso,
  formatPublishedAt,
  fromIsoDay,
  periodEnd,
  toIsoDay,
  type DateMarker,
} from './dates';

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;
const labelAr = (m: DateMarker) => ar.date[m];
const labelEn = (m: DateMarker) => en.date[m];
/** ICU puts thin/narrow spaces around range dashes in some locales; compare the words, not the space kind. */
const spaces = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
const ev = (d: Partial<EventDate> & Pick<EventDate, 'start' | 'precision'>): EventDate => ({ inferred: false, ...d });

describe('formatIso: one precision, never more', () => {
  it('day precision shows the day, with Arabic month names and Western digits', () => {
    expect(formatIso('2024-06-19', 'day', 'ar')).toBe('19 يونيو 2024');
    expect(formatIso('2024-06-19', 'day', 'en')).toBe('19 June 2024');
  });

  it('month precision never shows a day', () => {
    const ar = formatIso('2023-09', 'month', 'ar');
    expect(ar).toBe('سبتمبر 2023');
    expect(formatIso('2023-09', 'month', 'en')).toBe('September 2023');
    expect(ar).not.toMatch(/\b1\b/);
  });

  it('year precision shows only the year', () => {
    expect(formatIso('1961', 'year', 'ar')).toBe('1961');
    expect(formatIso('1961', 'year', 'en')).toBe('1961');
  });

  it('keeps years before 100 as they are (no 19xx surprise)', () => {
    expect(formatIso('0050', 'year', 'en')).toBe('50');
  });

  it('never uses Arabic-Indic digits', () => {
    for (const p of [
      formatIso('2024-06-19', 'day', 'ar'),
      formatIso('2024-06', 'month', 'ar'),
      formatIso('2024', 'year', 'ar'),
    ])
      expect(p).not.toMatch(ARABIC_INDIC);
  });

  it('is independent of the machine time zone (calendar values, not instants)', () => {
    expect(formatIso('2024-01-01', 'day', 'en')).toBe('1 January 2024');
    expect(formatIso('2024-12-31', 'day', 'ar')).toBe('31 ديسمبر 2024');
  });
});

describe('formatEventDate: ranges', () => {
  it('formats day spans inside one month compactly', () => {
    expect(formatEventDate(ev({ start: '2024-06-18', end: '2024-06-19', precision: 'day' }), 'ar')).toBe(
      '18–19 يونيو 2024',
    );
    expect(spaces(formatEventDate(ev({ start: '2024-06-18', end: '2024-06-19', precision: 'day' }), 'en'))).toMatch(
      /^18\s?–\s?19 June 2024$/,
    );
  });

  it('formats spans across months and years', () => {
    expect(formatEventDate(ev({ start: '2024-06-30', end: '2024-07-02', precision: 'day' }), 'ar')).toBe(
      '30 يونيو – 2 يوليو 2024',
    );
    expect(spaces(formatEventDate(ev({ start: '2023-12-30', end: '2024-01-02', precision: 'day' }), 'en'))).toBe(
      '30 December 2023 – 2 January 2024',
    );
  });

  it('formats month and year spans without inventing days', () => {
    expect(formatEventDate(ev({ start: '2024-06', end: '2024-08', precision: 'month' }), 'ar')).toBe(
      'يونيو – أغسطس 2024',
    );
    expect(formatEventDate(ev({ start: '1950', end: '1953', precision: 'year' }), 'ar')).toBe('1950–1953');
    expect(spaces(formatEventDate(ev({ start: '1950', end: '1953', precision: 'year' }), 'en'))).toMatch(
      /^1950\s?–\s?1953$/,
    );
  });
});

describe('markers', () => {
  it('marks an inferred date in both languages', () => {
    const d = ev({ start: '2024-06', precision: 'month', inferred: true });
    expect(formatEventDateWithMarkers(d, 'ar', labelAr)).toBe('يونيو 2024 (تاريخ مستنتج)');
    expect(formatEventDateWithMarkers(d, 'en', labelEn)).toBe('June 2024 (inferred date)');
  });

  it('marks an approximate date, and a stated exact date has no marker', () => {
    const d = ev({ start: '1999', precision: 'year', approximate: true, inferred: true });
    expect(formatEventDateWithMarkers(d, 'ar', labelAr)).toBe('1999 (تقريبي) (تاريخ مستنتج)');
    expect(formatEventDateWithMarkers(ev({ start: '2024-06-19', precision: 'day' }), 'en', labelEn)).toBe(
      '19 June 2024',
    );
  });

  it('formats publication dates at their precision', () => {
    expect(formatPublishedAt({ date: '2024-06', precision: 'month', basis: 'inferred', evidence: 'x' }, 'ar')).toBe(
      'يونيو 2024',
    );
  });
});

describe('timeline geometry', () => {
  it('covers the whole period, end exclusive', () => {
    expect(toIsoDay(eventInterval({ start: '2024-06-19', precision: 'day' }).end)).toBe('2024-06-20');
    expect(toIsoDay(eventInterval({ start: '2024-12', precision: 'month' }).end)).toBe('2025-01-01');
    expect(toIsoDay(eventInterval({ start: '1950', end: '1953', precision: 'year' }).end)).toBe('1954-01-01');
    expect(toIsoDay(periodEnd('2024-02-29', 'day'))).toBe('2024-03-01');
  });

  it('round-trips ISO days through local dates', () => {
    for (const iso of ['2019-01-01', '2025-12-31', '0999-03-01']) expect(toIsoDay(fromIsoDay(iso))).toBe(iso);
  });
});
