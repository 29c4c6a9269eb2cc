/**
 * Axis labels for vis-timeline. vis-timeline formats its axis with moment and has no Arabic of
 * its own. Two traps, both measured: `moment/locale/ar` registers on the CommonJS copy of moment
 * while Vite hands vis-timeline the ESM copy (the axis stays English), so we import
 * `moment/dist/locale/ar`, which shares the ESM copy; and moment's `ar` writes Arabic-Indic digits
 * (٢٠٢٤) while the rest of the UI uses Western digits. So we derive our own locales from it,
 * with month names taken from the same Intl formatter as the panel and list, and no digit
 * substitution: axis, panel and list read alike.
 */
import moment from 'moment';
import 'moment/dist/locale/ar';
import { INTL_LOCALE } from '../../shared/dates';
import type { Lang } from '../../shared/url-state';

const LOCALE_NAME: Record<Lang, string> = { ar: 'ar-khatt', en: 'en-khatt' };

function monthNames(lang: Lang, month: 'long' | 'short'): string[] {
  const f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2000, m, 1)));
}

const defined = new Set<Lang>();

/** Defines the locale for `lang` only, on first use: each Intl formatter costs tens of ms to make. */
function defineLocale(lang: Lang): void {
  if (defined.has(lang)) return;
  defined.add(lang);
  if (moment.locales().includes(LOCALE_NAME[lang])) return;
  const global = moment.locale();
  if (lang === 'ar') {
    const months = monthNames('ar', 'long');
    moment.defineLocale(LOCALE_NAME.ar, {
      parentLocale: 'ar',
      months,
      monthsShort: months, // Arabic has no customary short month names
      preparse: (s: string) => s,
      postformat: (s: string) => s,
    });
  } else {
    moment.defineLocale(LOCALE_NAME.en, {
      parentLocale: 'en',
      months: monthNames('en', 'long'),
      monthsShort: monthNames('en', 'short'),
    });
  }
  // defineLocale also switches moment's global locale; leave the global as we found it.
  moment.locale(global);
}

/** The moment locale name for the timeline in `lang`, defining it on first use. */
export function timelineLocale(lang: Lang): string {
  defineLocale(lang);
  return LOCALE_NAME[lang];
}

/** A moment factory pinned to a locale, so the axis never depends on moment's global state. */
export function localizedMoment(lang: Lang): (date: moment.MomentInput) => moment.Moment {
  const name = timelineLocale(lang);
  return (date) => moment(date).locale(name);
}
