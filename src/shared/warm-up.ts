/**
 * While the dataset is read (in its worker, ~1 s at 10,000 events) the main thread is idle, and
 * the first paint then paid for loading the language's locale data: the first Arabic
 * Intl.DateTimeFormat, Collator and PluralRules each took tens of ms (issue 4). Making one of
 * each in that idle time moves the cost off the critical path; later ones reuse the data.
 */
import { PRECISIONS } from '../schema/vocabulary';
import { formatEventDate, formatIso, INTL_LOCALE } from './dates';
import { whenIdle } from './idle';
import type { Lang } from './url-state';

export function warmLocaleData(lang: Lang): void {
  for (const precision of PRECISIONS) formatIso('2024-06-01', precision, lang);
  formatEventDate({ start: '2024-06-18', end: '2024-06-19', precision: 'day' }, lang);
  new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(0);
  new Intl.Collator(lang).compare('ا', 'ب');
  new Intl.PluralRules(lang).select(2);
}

/** Runs `warmLocaleData` when the main thread is next idle; returns a cancel function. */
export function warmLocaleDataWhenIdle(lang: Lang): () => void {
  return whenIdle(() => warmLocaleData(lang), 1000);
}
