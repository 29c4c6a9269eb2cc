/**
 * The app root: reads the URL, keeps i18n in step with its `lang`, loads the dataset and shows
 * the loading state, the error state (with a retry) or the explorer.
 */
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { DataLoadError } from '../shared/data/errors';
import { useDataset } from '../shared/data/get-dataset';
import { datasetUrl } from '../shared/data/urls';
import { useUrlState } from '../shared/use-url-state';
import { buildHref, parseUrlState } from '../shared/url-state';
import { Explorer } from './Explorer';
import { Shell } from './Shell';

function LoadError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  let detail: string;
  if (error instanceof DataLoadError) {
    if (error.kind === 'http') detail = t('app.loadErrorHttp', { status: error.status ?? '?', url: error.url });
    else if (error.kind === 'network') detail = t('app.loadErrorNetwork', { url: error.url });
    else if (error.kind === 'json') detail = t('app.loadErrorJson');
    else detail = t('app.loadErrorInvalid', { detail: error.detail });
  } else {
    detail = error instanceof Error ? error.message : String(error);
  }
  return (
    <div className="load-state" role="alert">
      <h2>{t('app.loadErrorTitle')}</h2>
      <p>
        <bdi>{detail}</bdi>
      </p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {t('app.retry')}
      </button>
    </div>
  );
}

export function App() {
  const url = useUrlState();
  const { navigate } = url;
  const lang = url.state.lang;
  const [sheetOpen, setSheetOpen] = useState(false);

  // Back/Forward can change the language: follow the URL before the browser paints.
  useLayoutEffect(() => setLanguage(lang), [lang]);

  const dataUrl = useMemo(() => datasetUrl(), []);
  const query = useDataset(dataUrl);

  const switchLanguage = () => {
    const next = lang === 'ar' ? 'en' : 'ar';
    setLanguage(next);
    navigate((s) => ({ ...s, lang: next }), 'replace');
  };
  const getShareHref = useCallback(
    () => buildHref(parseUrlState(window.location.search).state, window.location.href),
    [],
  );

  return (
    <Shell lang={lang} onSwitchLanguage={switchLanguage} getShareHref={getShareHref} inert={sheetOpen}>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <Explorer index={query.data ?? null} url={url} onSheetChange={setSheetOpen} />
      )}
    </Shell>
  );
}
