import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from './ar';
import en from './en';
import { initI18n, isLanguage, setLanguage } from './index';

/** Every key path of a resource tree, with i18next's plural suffixes folded away. */
function keys(tree: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof v === 'object' && v !== null) for (const sub of keys(v, `${path}.`)) out.add(sub);
    else out.add(path);
  }
  return out;
}

describe('locales', () => {
  it('English has every Arabic key (and no stray ones)', () => {
    expect([...keys(en)].sort()).toEqual([...keys(ar)].sort());
  });

  it('Arabic plural keys have all six forms', () => {
    const plural = (tree: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null
          ? plural(v as Record<string, unknown>, `${prefix}${k}.`)
          : [`${prefix}${k}`],
      );
    const all = plural(ar);
    const bases = new Set(all.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)));
    for (const base of bases)
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(all).toContain(`${base}_${form}`);
  });
});

describe('i18n runtime', () => {
  afterEach(() => vi.restoreAllMocks());

  it('picks Arabic plural forms by count', () => {
    initI18n('ar');
    setLanguage('ar');
    const t = i18next.getFixedT('ar');
    expect(t('actors.events', { count: 1 })).toBe('حدث واحد');
    expect(t('actors.events', { count: 2 })).toBe('حدثان');
    expect(t('actors.events', { count: 5 })).toBe('5 أحداث');
    expect(t('actors.events', { count: 12 })).toBe('12 حدثًا');
    expect(t('actors.events', { count: 100 })).toBe('100 حدث');
    expect(i18next.getFixedT('en')('actors.events', { count: 1 })).toBe('1 event');
  });

  it('a missing key is loud in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    initI18n('ar');
    // Deliberately untyped: a key that no locale has.
    (i18next.t as (key: string) => string)('no.such.key');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no.such.key'));
  });

  it('knows its languages', () => {
    expect(isLanguage('ar')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
  });
});
