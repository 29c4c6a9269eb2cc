import { describe, expect, it } from 'vitest';
import { EVENTS_PER_DETAILS_FILE, articleTextPath, eventDetailsPath } from './paths';

describe('eventDetailsPath', () => {
  it('is a fixed function of the id and the number of events (tools outside the app rely on it)', () => {
    // FNV-1a (32 bits) of the id, modulo ⌈count / 16⌉; the values come from an independent
    // implementation (Python). FNV-1a("a") is 0xe40c292c, and 0xe40c292c % 3 = 1.
    expect(eventDetailsPath('a', 40)).toBe('events/1.json');
    expect(eventDetailsPath('2024-06-agreement-sign-1a2b3c', 36)).toBe('events/0.json');
    expect(eventDetailsPath('1950-war-af5e5f', 8673)).toBe('events/15.json');
    expect(eventDetailsPath('anything', 1)).toBe('events/0.json');
    expect(eventDetailsPath('anything', 0)).toBe('events/0.json');
  });

  it('spreads events over the files about evenly', () => {
    const count = 8000;
    const files = Math.ceil(count / EVENTS_PER_DETAILS_FILE);
    const per = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const path = eventDetailsPath(`2024-${String((i % 12) + 1).padStart(2, '0')}-visit-${i.toString(16)}`, count);
      per.set(path, (per.get(path) ?? 0) + 1);
    }
    expect(per.size).toBeGreaterThan(files * 0.98);
    expect(Math.max(...per.values())).toBeLessThan(EVENTS_PER_DETAILS_FILE * 3);
  });
});

describe('articleTextPath', () => {
  it('puts 16 articles in a row in one file', () => {
    expect([0, 15, 16, 31, 32].map(articleTextPath)).toEqual([
      'sources/0.json',
      'sources/0.json',
      'sources/1.json',
      'sources/1.json',
      'sources/2.json',
    ]);
  });
});
