/**
 * The URL as React state. Reading goes through `parseUrlState`, writing through `buildSearch`:
 * components describe the state they want, never a query string.
 *
 * History policy (the URL contract): selecting an event pushes an entry, so Back returns to the
 * previous event; filters, zoom and language replace the current entry.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { buildSearch, parseUrlState, type ParsedUrl, type UrlState } from './url-state';

export type HistoryMode = 'push' | 'replace';

/** A URL that came from outside the app: the first load, or Back/Forward. */
export interface ExternalUrl {
  readonly search: string;
  /** 0 for the first load, then one more per popstate. */
  readonly seq: number;
  /** When it arrived (performance.now()), to order it against in-app requests. */
  readonly at: number;
}

/** Our own history writes do not fire popstate; this event tells subscribers to re-read. */
const NAVIGATED = 'khatt:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const readSearch = () => window.location.search;

export interface UrlApi extends ParsedUrl {
  readonly external: ExternalUrl;
  navigate: (update: (current: UrlState) => UrlState, mode: HistoryMode) => void;
}

export function useUrlState(): UrlApi {
  const search = useSyncExternalStore(subscribe, readSearch, readSearch);
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const [external, setExternal] = useState<ExternalUrl>(() => ({ search: readSearch(), seq: 0, at: 0 }));

  useEffect(() => {
    const onPop = () => setExternal((e) => ({ search: readSearch(), seq: e.seq + 1, at: performance.now() }));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((update: (current: UrlState) => UrlState, mode: HistoryMode) => {
    // Start from the URL as it is now, not as it was at the last render: two updates in one
    // event handler must compose.
    const next = buildSearch(update(parseUrlState(window.location.search).state));
    if (next === window.location.search) return;
    const href = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
    window.dispatchEvent(new Event(NAVIGATED));
  }, []);

  return { ...parsed, external, navigate };
}
