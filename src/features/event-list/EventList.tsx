/**
 * The shown events as an ordered list of buttons: the accessible equivalent of the timeline and
 * the main view on narrow screens. One tab stop (roving tabindex); arrow keys move between
 * events in date order (left/right mirrored in RTL), Home/End jump to the ends, Enter selects.
 *
 * Built to stay responsive with thousands of events: rows are memoised (selecting an event
 * re-renders two rows, not all of them), every callback a row gets is stable, rows get plain
 * strings rather than subscribing to i18n one by one, and the list follows filter changes as a
 * deferred update so the count and timeline repaint first. At 10,000 events only a window of
 * rows is rendered (around the selected or keyboard-active row); more follow as either end is
 * scrolled near, and every row states its place in the whole list (aria-posinset/setsize).
 */
import {
  memo,
  useCallback,
  startTransition,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { EventType, TimelineEvent } from '../../schema/dataset';
import { EVENT_TYPES } from '../../schema/vocabulary';
import type { DateMarker } from '../../shared/dates';
import { EventDateLabel } from '../../shared/ui/EventDateText';
import { TypeSwatch } from '../../shared/ui/TypeSwatch';
import type { Lang } from '../../shared/url-state';
import './event-list.css';

export interface EventListProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
  /** The pointer or focus reached an event: a chance to fetch its details before it is chosen. */
  onPreview?: (id: string) => void;
  /** Id of the section, the target of the "skip to the event list" link. */
  id: string;
}

/**
 * Rows rendered up front, and added each time the end of the rendered rows scrolls near: a few
 * screens' worth (200 rows were ~1,800 elements laid out before the first paint at 10,000 events).
 */
const PAGE = 60;

interface RowProps {
  event: TimelineEvent;
  at: number;
  /** The whole list's length, when only part of it is rendered. */
  setSize: number | undefined;
  lang: Lang;
  selected: boolean;
  tabStop: boolean;
  metaId: string;
  typeLabel: string;
  backgroundLabel: string;
  markerLabels: Record<DateMarker, string>;
  register: (id: string, element: HTMLButtonElement | null) => void;
  onActivate: (id: string) => void;
  onPreview: (id: string) => void;
  onKey: (event: KeyboardEvent<HTMLButtonElement>, at: number) => void;
}

const EventRow = memo(function EventRow(props: RowProps) {
  const { event, at, lang, selected, metaId } = props;
  return (
    <li
      className={`type-${event.type}${selected ? ' is-selected' : ''}`}
      aria-setsize={props.setSize}
      aria-posinset={props.setSize === undefined ? undefined : at + 1}
    >
      <span className="event-list-meta" id={metaId}>
        <TypeSwatch type={event.type} background={event.background} />
        <EventDateLabel date={event.date} lang={lang} markerLabels={props.markerLabels} />
        <span className="event-list-type">{props.typeLabel}</span>
        {event.background && <span className="badge">{props.backgroundLabel}</span>}
      </span>
      <button
        type="button"
        ref={(el) => props.register(event.id, el)}
        tabIndex={props.tabStop ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={metaId}
        onClick={() => props.onActivate(event.id)}
        onPointerEnter={() => props.onPreview(event.id)}
        onFocus={() => props.onPreview(event.id)}
        onKeyDown={(e) => props.onKey(e, at)}
      >
        {event.title[lang]}
      </button>
    </li>
  );
});

export function EventList({
  events: latestEvents,
  selectedId: latestSelectedId,
  lang,
  onSelect,
  onPreview,
  id,
}: EventListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const helpId = useId();
  const events = useDeferredValue(latestEvents);
  // The list follows a selection a render after the rest of the page: when the event is outside
  // the rendered rows (picked on the timeline or by a link), a page of rows is mounted around it,
  // and that is not what the person clicking waits for. At 100 events, a visit's first selection
  // on the timeline spent ~45 ms rendering rows and ~20 ms laying them out before the details
  // panel's first frame.
  const selectedId = useDeferredValue(latestSelectedId);
  const listRef = useRef<HTMLOListElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [active, setActive] = useState<string | null>(null);
  const position = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);

  // Which rows are rendered: a window of pages, moved to the active or selected row when that
  // row is outside it (selecting event 9,000 renders the rows around it, not 9,000 rows), and
  // grown a page at a time when either end scrolls near (sentinels below and above).
  const [span, setSpan] = useState({ from: 0, to: PAGE });
  const anchor =
    active !== null && position.has(active)
      ? position.get(active)!
      : selectedId !== null
        ? (position.get(selectedId) ?? -1)
        : -1;
  let from = Math.min(span.from, Math.max(0, events.length - PAGE));
  let to = Math.min(events.length, Math.max(span.to, from + PAGE));
  if (anchor >= 0 && (anchor < from || anchor >= to)) {
    from = Math.max(0, Math.min(anchor - PAGE / 2, events.length - PAGE));
    to = Math.min(events.length, from + PAGE);
  }
  const partial = from > 0 || to < events.length;
  const shownSpan = useRef({ from, to });
  useLayoutEffect(() => {
    shownSpan.current = { from, to };
  });
  const beforeRef = useRef<HTMLLIElement>(null);
  const afterRef = useRef<HTMLLIElement>(null);
  // Focus asked for by the keyboard for a row that is rendered only after this update.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    const button = id === null ? undefined : buttons.current.get(id);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  }, [from, to, active]);
  useEffect(() => {
    if (!partial || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const now = shownSpan.current;
          const next =
            entry.target === beforeRef.current
              ? { from: Math.max(0, now.from - PAGE), to: now.to }
              : { from: now.from, to: now.to + PAGE };
          startTransition(() => setSpan(next));
        }
      },
      { rootMargin: '800px' },
    );
    for (const el of [beforeRef.current, afterRef.current]) if (el) observer.observe(el);
    return () => observer.disconnect();
  }, [partial, from, to]);

  // Rows get stable callbacks that read the latest values from refs.
  const latest = useRef({ events, lang, onSelect, onPreview });
  useEffect(() => {
    latest.current = { events, lang, onSelect, onPreview };
  });

  // The tab stop: the event last moved to, else the selected one, else the first.
  const tabStop =
    active !== null && position.has(active)
      ? active
      : selectedId !== null && position.has(selectedId)
        ? selectedId
        : (events[0]?.id ?? null);

  // Keep the list in step with a selection made elsewhere: scroll the list (never the page,
  // which would carry the timeline out of sight) to the selected event, in the next frame, once
  // the rows of a just-mounted list have been laid out.
  useEffect(() => {
    const button = selectedId === null ? undefined : buttons.current.get(selectedId);
    if (listRef.current?.contains(document.activeElement)) button?.focus({ preventScroll: true });
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      const item = button?.closest('li');
      if (!list || !item || list.scrollHeight <= list.clientHeight) return; // not a scroller (narrow layout)
      const top = item.offsetTop; // the <ol> is positioned, so this is relative to it
      if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight)
        list.scrollTop = top - (list.clientHeight - item.offsetHeight) / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId]);

  const register = useCallback((eventId: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(eventId, element);
    else buttons.current.delete(eventId);
  }, []);

  const onActivate = useCallback((eventId: string) => {
    setActive(eventId);
    latest.current.onSelect(eventId);
  }, []);

  const onRowPreview = useCallback((eventId: string) => latest.current.onPreview?.(eventId), []);

  const onKey = useCallback((event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const { events: list, lang: current } = latest.current;
    const rtl = current === 'ar';
    let target: number;
    switch (event.key) {
      case 'ArrowDown':
        target = at + 1;
        break;
      case 'ArrowUp':
        target = at - 1;
        break;
      case 'ArrowLeft':
        target = rtl ? at + 1 : at - 1;
        break;
      case 'ArrowRight':
        target = rtl ? at - 1 : at + 1;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = list.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const next = list[Math.max(0, Math.min(list.length - 1, target))];
    if (!next) return;
    setActive(next.id);
    const button = buttons.current.get(next.id);
    if (button) button.focus();
    else pendingFocus.current = next.id; // rendered by the update setActive causes
  }, []);

  const markerLabels = useMemo(() => ({ inferred: t('date.inferred'), approximate: t('date.approximate') }), [t]);
  // One translation per type, not one per row per render (selecting an event re-renders the list).
  const typeLabels = useMemo(
    () => Object.fromEntries(EVENT_TYPES.map((type) => [type, t(`types.${type}`)])) as Record<EventType, string>,
    [t],
  );
  const backgroundLabel = t('list.background');

  return (
    <section className="event-list" aria-labelledby={headingId} id={id} tabIndex={-1}>
      <h2 id={headingId}>{t('list.heading')}</h2>
      <p id={helpId} className="event-list-help">
        {t('list.help')}
      </p>
      {events.length === 0 ? (
        <p className="event-list-empty">{t('list.empty')}</p>
      ) : (
        <ol ref={listRef} aria-labelledby={headingId} aria-describedby={helpId}>
          {from > 0 && <li ref={beforeRef} className="event-list-more" aria-hidden="true" />}
          {(partial ? events.slice(from, to) : events).map((e, k) => (
            <EventRow
              key={e.id}
              event={e}
              at={from + k}
              setSize={partial ? events.length : undefined}
              lang={lang}
              selected={e.id === selectedId}
              tabStop={e.id === tabStop}
              metaId={`${id}-meta-${e.id}`}
              typeLabel={typeLabels[e.type]}
              backgroundLabel={backgroundLabel}
              markerLabels={markerLabels}
              register={register}
              onActivate={onActivate}
              onPreview={onRowPreview}
              onKey={onKey}
            />
          ))}
          {to < events.length && <li ref={afterRef} className="event-list-more" aria-hidden="true" />}
        </ol>
      )}
    </section>
  );
}
