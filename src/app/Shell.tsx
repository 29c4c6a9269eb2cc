/**
 * The page frame every state shares (loading, error, explorer): skip link, banner with the app
 * name, the share button and the language switch, and the main landmark.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import type { Lang } from '../shared/url-state';

export const EVENT_LIST_ID = 'event-list';

export interface ShellProps {
  lang: Lang;
  onSwitchLanguage: () => void;
  getShareHref: () => string;
  /** While the event sheet covers the page (narrow screens), the rest is inert. */
  inert?: boolean;
  children: ReactNode;
}

export function Shell({ lang, onSwitchLanguage, getShareHref, inert = false, children }: ShellProps) {
  const { t } = useTranslation();
  const other = t('app.switchLanguageLang');
  return (
    <>
      <a
        className="skip-link"
        href={`#${EVENT_LIST_ID}`}
        onClick={(e) => {
          // Focus the list without a fragment navigation (which would fire popstate and touch the URL).
          e.preventDefault();
          document.getElementById(EVENT_LIST_ID)?.focus();
        }}
      >
        {t('app.skipToList')}
      </a>
      <header className="app-header" inert={inert}>
        <div className="brand">
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-tools">
          <CopyLinkButton getHref={getShareHref} title={t('app.name')} />
          <button type="button" className="language-switch" lang={other} onClick={onSwitchLanguage}>
            {t('app.switchLanguage')}
          </button>
        </div>
      </header>
      <main className="app-main" aria-label={t('app.mainLabel')} data-lang={lang}>
        {children}
      </main>
    </>
  );
}
