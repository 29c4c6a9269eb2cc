/**
 * The explorer: composes the features and owns the glue between them. It is there while the
 * dataset loads, with only the timeline, which vis-timeline builds meanwhile (~0.15–0.3 s here
 * that would otherwise come after the data; issue 4); the rest appears with the data. All shared state lives in the URL (selection, filter, window, language); this component
 * turns feature callbacks into URL updates with the right history mode.
 */
import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActorFilter } from '../features/actor-filter/ActorFilter';
import { EventDetail } from '../features/event-detail/EventDetail';
import { EventList } from '../features/event-list/EventList';
import { Reader } from '../features/reader/Reader';
import type { FocusRequest } from '../features/timeline/Timeline';
import type { Excerpt, Source } from '../schema/dataset';
import { EMPTY_INDEX, filterEvents, neighbour, type DatasetIndex } from '../shared/data/dataset-index';
import { eventDetailsFileQueryOptions } from '../shared/data/get-event-details';
import { warmSchemas } from '../shared/data/schemas';
import { MARKS, markAfterPaint } from '../shared/perf';
import { useMediaQuery } from '../shared/use-media-query';
import type { UrlApi } from '../shared/use-url-state';
import { parseUrlState, type MatchMode, type UrlState, type ViewWindow } from '../shared/url-state';
import { Notices } from './Notices';
import { EVENT_LIST_ID } from './Shell';
import { defaultRange, initialRange, noticesFor } from './view';

// The timeline engine (vis-timeline, moment, hammer.js) is most of the JavaScript: load it in its
// own chunk so the count, filter, list and panel are usable while it arrives.
// The import starts when this module loads, so the chunk downloads while the dataset does.
// Not React.lazy + <Suspense>: React 19 holds back revealing suspended content for up to 300 ms
// after its fallback (https://github.com/facebook/react/pull/26611), which showed the timeline
// ~0.2 s late even when the chunk had arrived before the data. A chunk already here renders at once.
type TimelineChunk = typeof import('../features/timeline/Timeline');
let timelineLoaded: TimelineChunk | null = null;
const timelineImport = import('../features/timeline/Timeline').then((m) => (timelineLoaded = m));
timelineImport.catch(() => undefined); // reported by useTimelineChunk, not as an unhandled rejection

/** The timeline's chunk: the module once loaded, `null` while loading, `'failed'` if it cannot load. */
function useTimelineChunk(): TimelineChunk | null | 'failed' {
  const [chunk, setChunk] = useState<TimelineChunk | null | 'failed'>(timelineLoaded);
  useEffect(() => {
    if (chunk !== null) return;
    let live = true;
    timelineImport.then(
      (m) => live && setChunk(m),
      () => live && setChunk('failed'),
    );
    return () => {
      live = false;
    };
  }, [chunk]);
  return chunk;
}

/** Below this width the list is the main view and the details panel a full-screen sheet. */
export const NARROW_QUERY = '(max-width: 760px)';

export interface ExplorerProps {
  /** The dataset; null while it loads. */
  index: DatasetIndex | null;
  url: UrlApi;
  /** Tells the shell to make the header inert while the full-screen sheet is open. */
  onSheetChange: (open: boolean) => void;
}

export function Explorer({ index: loadedIndex, url, onSheetChange }: ExplorerProps) {
  const loaded = loadedIndex !== null;
  const index = loadedIndex ?? EMPTY_INDEX;
  const { t } = useTranslation();
  const { state, external, navigate } = url;
  const lang = state.lang;
  const narrow = useMediaQuery(NARROW_QUERY);
  const engine = useTimelineChunk();
  // The filter and the list render just after the first frame, not in it: at 10,000 events their
  // render and layout (~0.1–0.2 s) would hold back the timeline's first paint (issue 4). On a
  // phone the list is the main view, so it comes first there.
  const [sidesShown, setSidesShown] = useState(false);
  useEffect(() => {
    if (loaded) startTransition(() => setSidesShown(true));
  }, [loaded]);
  useEffect(() => warmSchemas(), []);
  const showSides = loaded && (sidesShown || narrow);

  // Unknown actor ids from a link are reported and left out of the filter (and of the next URL).
  // Keyed by value: every URL change (selecting an event) brings a new `state.actors` array, and a
  // new filter result would make the timeline and the 10,000-row list redo their work for nothing.
  const actorsKey = state.actors.filter((a) => index.actorById.has(a)).join(',');
  const actors = useMemo(() => (actorsKey === '' ? [] : actorsKey.split(',')), [actorsKey]);
  const shown = useMemo(() => filterEvents(index, actors, state.match), [index, actors, state.match]);
  const selected = state.event !== null ? (index.eventById.get(state.event) ?? null) : null;
  const sheetOpen = narrow && selected !== null;

  // The window to open at, worked out once per index: the empty one while loading, then the dataset's.
  const [opening, setOpening] = useState(() => ({ index, range: initialRange(state, index) }));
  if (opening.index !== index) setOpening({ index, range: initialRange(state, index) });
  const startRange = opening.range;
  const [fallbackRange] = useState(defaultRange);
  const [reader, setReader] = useState<{ excerpt: Excerpt; source: Source } | null>(null);
  const [filterOpen, setFilterOpen] = useState(false);
  const [timelineOpen, setTimelineOpen] = useState(false);
  // Bumped to move focus into the details panel (the narrow sheet opening, Enter on the timeline).
  const [detailFocus, setDetailFocus] = useState(0);

  // Notices belong to the link that was opened (first load, Back/Forward) and stay until
  // dismissed or until the person picks an event.
  const externalParsed = useMemo(() => parseUrlState(external.search), [external.search]);
  const notices = useMemo(() => (loaded ? noticesFor(externalParsed, index) : []), [loaded, externalParsed, index]);
  const [dismissedSeq, setDismissedSeq] = useState(-1);

  // Centre the timeline on an event picked outside it, or restored by Back/Forward without a window.
  const [pickFocus, setPickFocus] = useState<FocusRequest | null>(null);
  const focus = useMemo<FocusRequest | null>(() => {
    const restored = externalParsed.state;
    const popFocus =
      external.seq > 0 && restored.window === null && restored.event !== null
        ? { id: restored.event, seq: external.at }
        : null;
    if (!popFocus) return pickFocus;
    return !pickFocus || popFocus.seq > pickFocus.seq ? popFocus : pickFocus;
  }, [external, externalParsed, pickFocus]);

  // Where focus was when the panel opened, to return it there when the panel closes.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => onSheetChange(sheetOpen), [sheetOpen, onSheetChange]);

  // For the benchmark (shared/perf): the panel of a newly selected event has been painted.
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    if (selectedId !== null) markAfterPaint(MARKS.selectPainted);
  }, [selectedId]);

  const update = useCallback(
    (change: (s: UrlState) => Partial<UrlState>, mode: 'push' | 'replace') =>
      navigate(
        // Unknown actors leave the URL, once the dataset can tell which they are.
        (s) => ({ ...s, actors: loaded ? s.actors.filter((a) => index.actorById.has(a)) : s.actors, ...change(s) }),
        mode,
      ),
    [navigate, index, loaded],
  );

  const select = (id: string, centre: boolean) => {
    if (selected === null && document.activeElement instanceof HTMLElement)
      returnFocus.current = document.activeElement;
    update(() => ({ event: id }), 'push');
    setDismissedSeq(external.seq);
    if (centre) setPickFocus({ id, seq: performance.now() });
    if (narrow) setDetailFocus((n) => n + 1);
  };

  const close = () => {
    update(() => ({ event: null }), 'push');
    setReader(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    // After React removes the panel, put focus back where the person was.
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  };

  const step = (direction: 1 | -1 | 'first' | 'last') => {
    const target =
      direction === 'first'
        ? shown.events[0]
        : direction === 'last'
          ? shown.events[shown.events.length - 1]
          : neighbour(shown.events, index, state.event, direction);
    if (target) select(target.id, true);
  };

  // Stable, so the filter panel (memoised) is not redrawn when only the selection changes.
  const toggleActor = useCallback(
    (id: string) =>
      update(
        (s) => ({ actors: s.actors.includes(id) ? s.actors.filter((a) => a !== id) : [...s.actors, id] }),
        'replace',
      ),
    [update],
  );
  const setMatch = useCallback((match: MatchMode) => update(() => ({ match }), 'replace'), [update]);
  const clearActors = useCallback(() => update(() => ({ actors: [], match: 'any' }), 'replace'), [update]);
  const onWindowChange = useCallback((window: ViewWindow) => update(() => ({ window }), 'replace'), [update]);

  const previous = selected ? neighbour(shown.events, index, selected.id, -1) : undefined;
  const next = selected ? neighbour(shown.events, index, selected.id, 1) : undefined;

  // Stepping to the previous/next event shows its excerpts at once: fetch them while this one is
  // read; likewise for an event the pointer or focus is on (the press itself takes ~100 ms).
  const queryClient = useQueryClient();
  const preview = useCallback(
    (id: string) => void queryClient.prefetchQuery(eventDetailsFileQueryOptions(index, id)),
    [queryClient, index],
  );
  const previousId = previous?.id;
  const nextId = next?.id;
  useEffect(() => {
    for (const id of [nextId, previousId]) if (id !== undefined) preview(id);
  }, [preview, nextId, previousId]);

  return (
    <>
      {notices.length > 0 && dismissedSeq !== external.seq && (
        <Notices notices={notices} onDismiss={() => setDismissedSeq(external.seq)} />
      )}
      <div className={`explorer${selected ? ' has-detail' : ''}`}>
        <p className="event-count" role="status" inert={sheetOpen}>
          {loaded ? t('app.count', { count: index.events.length, shown: shown.events.length }) : t('app.loading')}
        </p>

        <section className="area-timeline" aria-labelledby="timeline-heading" inert={sheetOpen}>
          <h2 id="timeline-heading" className="area-heading">
            {narrow ? (
              // On a phone the list is the main view; the chart opens on demand.
              <button
                type="button"
                className="timeline-toggle"
                aria-expanded={timelineOpen}
                onClick={() => setTimelineOpen((open) => !open)}
              >
                {t('timeline.heading')}
              </button>
            ) : (
              t('timeline.heading')
            )}
          </h2>
          {(!narrow || timelineOpen) &&
            (engine === null || engine === 'failed' ? (
              <div className="timeline-loading" role={engine === null ? 'status' : 'alert'}>
                {t(engine === null ? 'timeline.loading' : 'timeline.loadFailed')}
              </div>
            ) : (
              <engine.Timeline
                index={index}
                busy={!loaded}
                shownIds={shown.ids}
                selectedId={selected?.id ?? null}
                lang={lang}
                initialWindow={startRange}
                defaultWindow={fallbackRange}
                window={state.window}
                focus={focus}
                onSelect={(id) => select(id, false)}
                onPreview={preview}
                onWindowChange={onWindowChange}
                onStep={step}
                onOpenSelected={() => {
                  if (selected) setDetailFocus((n) => n + 1);
                  else step('first');
                }}
                onEscape={() => {
                  if (selected) close();
                }}
              />
            ))}
        </section>

        <div className="area-filter" inert={sheetOpen}>
          <button
            type="button"
            hidden={!loaded}
            className="filter-toggle"
            aria-expanded={filterOpen}
            aria-controls="actor-filter-panel"
            onClick={() => setFilterOpen((open) => !open)}
          >
            {t('actors.toggle', { count: actors.length })}
          </button>
          <div id="actor-filter-panel" className="filter-panel" data-open={filterOpen}>
            {showSides && (
              <ActorFilter
                index={index}
                selected={actors}
                match={state.match}
                lang={lang}
                onToggle={toggleActor}
                onMatchChange={setMatch}
                onClear={clearActors}
              />
            )}
          </div>
        </div>

        <div className="area-list" inert={sheetOpen}>
          {showSides && (
            <EventList
              id={EVENT_LIST_ID}
              events={shown.events}
              selectedId={selected?.id ?? null}
              lang={lang}
              onSelect={(id) => select(id, true)}
              onPreview={preview}
            />
          )}
        </div>

        {!selected && !narrow && (
          <div className="area-detail area-detail-empty">
            <p>{t('detail.empty')}</p>
          </div>
        )}
        {selected && (
          <div className="area-detail">
            <EventDetail
              event={selected}
              index={index}
              lang={lang}
              filterActors={actors}
              hiddenByFilter={!shown.ids.has(selected.id)}
              hasPrevious={previous !== undefined}
              hasNext={next !== undefined}
              focusRequest={detailFocus}
              onClose={close}
              onStep={(s) => step(s)}
              onToggleActor={toggleActor}
              onOpenReader={(excerpt, source) => setReader({ excerpt, source })}
            />
          </div>
        )}
      </div>

      {reader && (
        <Reader
          source={reader.source}
          excerpt={reader.excerpt}
          datasetUrl={index.url}
          lang={lang}
          onClose={() => setReader(null)}
        />
      )}
    </>
  );
}
