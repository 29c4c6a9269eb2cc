/**
 * i18next set-up and the ONE place that writes `<html lang dir>` and the document title.
 * Resources are bundled (two small locales), so initialisation is synchronous and the first
 * render is already in the right language and direction.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar';
import en from './en';
import { DIRECTION, LANGUAGES, type Language } from './resources';

export { DIRECTION, LANGUAGES, type Language };

export const DEFAULT_LANGUAGE: Language = 'ar';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Mirror the UI language onto the document: assistive tech, fonts and CSS logical properties read it. */
function applyToDocument(language: string): void {
  if (typeof document === 'undefined' || !isLanguage(language)) return;
  const root = document.documentElement;
  root.lang = language;
  root.dir = DIRECTION[language];
  document.title = i18next.t('app.documentTitle');
}

export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { ar: { translation: ar }, en: { translation: en } },
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;.
      returnNull: false,
      // A missing key is a bug: loud in development (and in the e2e console watcher), silent in
      // production where the Arabic fallback is shown instead.
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (lngs, _ns, key) => {
        console.error(`i18n: missing key "${key}" for ${lngs.join(', ')}`);
      },
    });
    i18next.on('languageChanged', applyToDocument);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  applyToDocument(language);
  return i18next;
}

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
