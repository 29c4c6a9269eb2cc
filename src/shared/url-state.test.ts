import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, buildHref, buildSearch, isIsoDay, parseUrlState, type UrlState } from './url-state';

describe('parseUrlState', () => {
  it('gives the default view for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_STATE, problems: [] });
    expect(parseUrlState('?')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('reads every parameter of the contract', () => {
    const { state, problems } = parseUrlState(
      '?event=putin-visit-2024&actors=vladimir-putin,kim-jong-un&match=all&from=2023-01-01&to=2024-12-31&lang=en',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      event: 'putin-visit-2024',
      actors: ['vladimir-putin', 'kim-jong-un'],
      match: 'all',
      window: { from: '2023-01-01', to: '2024-12-31' },
      lang: 'en',
    });
  });

  it('accepts percent-encoded commas and trims and de-duplicates actors', () => {
    expect(parseUrlState('?actors=a%2Cb,%20a,,c').state.actors).toEqual(['a', 'b', 'c']);
  });

  it('drops malformed values and reports each of them', () => {
    const { state, problems } = parseUrlState(
      '?event=<script>alert(1)</script>&actors=ok,Bad Id,../x&match=some&from=2024-02-30&to=2024-03-01&lang=fr',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, actors: ['ok'] });
    expect(problems.map((p) => p.kind)).toEqual(['bad-event', 'bad-actors', 'bad-match', 'bad-window', 'bad-lang']);
    expect(problems[1]).toEqual({ kind: 'bad-actors', value: 'Bad Id,../x' });
  });

  it('rejects a window that is backwards, empty or half given', () => {
    for (const q of ['?from=2024-01-02&to=2024-01-01', '?from=2024-01-01&to=2024-01-01', '?from=2024-01-01', '?to=x']) {
      const { state, problems } = parseUrlState(q);
      expect(state.window).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]?.kind).toBe('bad-window');
    }
  });

  it('survives garbage without throwing', () => {
    const garbage = [
      '%',
      '%%%zz',
      '?event=%E0%A4%A',
      '?&&&=&=',
      `?event=${'a'.repeat(10_000)}`,
      '?actors=' + ','.repeat(5000),
      '?lang=' + '\u0000',
    ];
    for (const g of garbage) {
      const parsed = parseUrlState(g);
      expect(parsed.state.lang).toBe('ar');
      for (const p of parsed.problems) expect(p.value.length).toBeLessThanOrEqual(81);
    }
  });

  it('ignores parameters that are not part of the contract', () => {
    expect(parseUrlState('?utm_source=x&fbclid=1')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });
});

describe('buildSearch', () => {
  it('is empty for the default view and leaves defaults out', () => {
    expect(buildSearch(DEFAULT_STATE)).toBe('');
    expect(buildSearch({ ...DEFAULT_STATE, lang: 'ar', match: 'any' })).toBe('');
  });

  it('writes keys in a fixed order with readable commas', () => {
    const state: UrlState = {
      event: 'e1',
      actors: ['a', 'b'],
      match: 'all',
      window: { from: '2019-01-01', to: '2025-12-31' },
      lang: 'en',
    };
    expect(buildSearch(state)).toBe('?event=e1&actors=a,b&match=all&from=2019-01-01&to=2025-12-31&lang=en');
  });

  it('never writes an invalid id or window', () => {
    expect(
      buildSearch({
        ...DEFAULT_STATE,
        event: 'A B',
        actors: ['ok', '&x=1'],
        window: { from: '2020-01-02', to: '2020-01-01' },
      }),
    ).toBe('?actors=ok');
  });

  it('round-trips every valid state', () => {
    const states: UrlState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, event: 'x' },
      { ...DEFAULT_STATE, actors: ['a'], match: 'all' },
      { ...DEFAULT_STATE, window: { from: '0999-03-01', to: '2000-02-29' }, lang: 'en' },
      {
        event: 'e-1',
        actors: ['a-1', 'b2', 'c'],
        match: 'any',
        window: { from: '2024-06-18', to: '2024-06-19' },
        lang: 'en',
      },
    ];
    for (const s of states) expect(parseUrlState(buildSearch(s))).toEqual({ state: s, problems: [] });
  });

  it('round-trips a parsed URL back to the same query', () => {
    const q = '?event=e&actors=a,b&match=all&from=2020-01-01&to=2021-01-01&lang=en';
    expect(buildSearch(parseUrlState(q).state)).toBe(q);
  });
});

describe('buildHref', () => {
  it('keeps the page path (sub-path deploys) and drops the old query and fragment', () => {
    expect(buildHref({ ...DEFAULT_STATE, event: 'e' }, 'https://host/khatt/?lang=en#x')).toBe(
      'https://host/khatt/?event=e',
    );
    expect(buildHref(DEFAULT_STATE, 'http://127.0.0.1:4173/index.html?event=e')).toBe(
      'http://127.0.0.1:4173/index.html',
    );
  });
});

describe('isIsoDay', () => {
  it('knows the calendar', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('1900-02-29')).toBe(false);
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('2024-04-31')).toBe(false);
    expect(isIsoDay('2024-4-01')).toBe(false);
    expect(isIsoDay('0000-01-01')).toBe(false);
  });
});
