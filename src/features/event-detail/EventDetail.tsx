/**
 * The selected event: what, when, who, where, and every excerpt that reports it, grouped by
 * article. A labelled region whose heading is the event title. The facts come from the index and
 * show at once; the excerpts (verbatim text, rendered as text, each opening its article in the
 * reader) come from the event's details file, loaded on open.
 */
import {
  startTransition,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt, Source, TimelineEvent } from '../../schema/dataset';
import type { DatasetIndex } from '../../shared/data/dataset-index';
import { loadErrorDetail } from '../../shared/data/error-text';
import { useEventDetails } from '../../shared/data/get-event-details';
import { MARKS, markAfterPaint } from '../../shared/perf';
import { formatPublishedAt } from '../../shared/dates';
import { EventDateText } from '../../shared/ui/EventDateText';
import { RetryAlert } from '../../shared/ui/RetryAlert';
import { TypeSwatch } from '../../shared/ui/TypeSwatch';
import type { Lang } from '../../shared/url-state';
import './event-detail.css';

export interface EventDetailProps {
  event: TimelineEvent;
  index: DatasetIndex;
  lang: Lang;
  /** Actor ids in the current filter (their buttons show as pressed). */
  filterActors: readonly string[];
  /** The event is selected but the current filter hides it. */
  hiddenByFilter: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Move focus to the heading whenever this number changes (and is not 0). */
  focusRequest: number;
  onClose: () => void;
  onStep: (step: 1 | -1) => void;
  onToggleActor: (actorId: string) => void;
  onOpenReader: (excerpt: Excerpt, source: Source) => void;
  /** Extra controls for the header (composed by the app, e.g. the share button). */
  actions?: ReactNode;
}

interface SourceGroup {
  sourceId: string;
  excerpts: Excerpt[];
}

/**
 * Articles shown at first, and added by each press of "show more". An occurrence every article
 * cites as history has hundreds (the Korean war: 823 in a 10,000-article corpus, 2,719 in a
 * 30,000 one). Drawing them all, even in a transition after the panel's first frame, was
 * thousands of elements laid out while the reader went on: the next selection waited for it
 * (select at 15,000 events: ~80 ms).
 */
const FIRST_GROUPS = 12;
const MORE_GROUPS = 50;

function groupBySource(excerpts: readonly Excerpt[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const x of excerpts) {
    let g = groups.get(x.sourceId);
    if (!g) groups.set(x.sourceId, (g = { sourceId: x.sourceId, excerpts: [] }));
    g.excerpts.push(x);
  }
  return [...groups.values()];
}

export function EventDetail(props: EventDetailProps) {
  const { event, index, lang, filterActors, hiddenByFilter, focusRequest } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest !== 0) headingRef.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
  };

  const places = event.places.map((id) => index.placeById.get(id)?.name[lang] ?? id);

  return (
    <section className="event-detail" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="event-detail-bar">
        <button type="button" className="close-button" onClick={props.onClose}>
          <span aria-hidden="true">✕ </span>
          {t('detail.close')}
        </button>
        <div className="event-detail-steps">
          <button type="button" onClick={() => props.onStep(-1)} disabled={!props.hasPrevious}>
            <span aria-hidden="true">{lang === 'ar' ? '→ ' : '← '}</span>
            {t('detail.previous')}
          </button>
          <button type="button" onClick={() => props.onStep(1)} disabled={!props.hasNext}>
            {t('detail.next')}
            <span aria-hidden="true">{lang === 'ar' ? ' ←' : ' →'}</span>
          </button>
        </div>
        {props.actions}
      </div>

      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {event.title[lang]}
      </h2>

      <dl className="event-facts">
        <div>
          <dt>{t('detail.date')}</dt>
          <dd>
            <EventDateText date={event.date} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.type')}</dt>
          <dd className={`type-${event.type}`}>
            <TypeSwatch type={event.type} background={event.background} /> {t(`types.${event.type}`)}
          </dd>
        </div>
        <div>
          <dt>{t('detail.actors')}</dt>
          <dd>
            {event.actors.length === 0 ? (
              t('detail.none')
            ) : (
              <ul className="actor-buttons" aria-label={t('detail.actorHint')}>
                {event.actors.map((id) => {
                  const actor = index.actorById.get(id);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        aria-pressed={filterActors.includes(id)}
                        onClick={() => props.onToggleActor(id)}
                      >
                        {actor?.name[lang] ?? id}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('detail.places')}</dt>
          <dd>{places.length === 0 ? t('detail.none') : places.join(lang === 'ar' ? '، ' : ', ')}</dd>
        </div>
      </dl>

      {event.background && <p className="event-note">{t('detail.background')}</p>}
      {hiddenByFilter && <p className="event-note">{t('detail.hiddenByFilter')}</p>}

      <EventExcerpts eventId={event.id} index={index} lang={lang} onOpenReader={props.onOpenReader} />
    </section>
  );
}

interface EventExcerptsProps {
  eventId: string;
  /** Where the dataset was loaded from and its size: they locate the event's details file. */
  index: DatasetIndex;
  lang: Lang;
  onOpenReader: (excerpt: Excerpt, source: Source) => void;
}

/** The "Sources" part of the panel: the event's excerpts grouped by article, once loaded. */
function EventExcerpts({ eventId, index, lang, onOpenReader }: EventExcerptsProps) {
  const { t } = useTranslation();
  const query = useEventDetails(index, eventId);
  // The quotes are drawn in a render of their own, right after the panel's first frame, even when
  // they are already loaded (prefetched on hover, or the neighbour): the panel answers the click
  // at once instead of after laying out a dozen articles.
  const drawnFor = useDeferredValue(eventId, null);
  const excerpts = drawnFor === eventId ? query.data?.excerpts : undefined;
  const sourceById = useMemo(() => new Map(query.data?.sources.map((s) => [s.id, s])), [query.data]);
  const groups = useMemo(() => (excerpts ? groupBySource(excerpts) : []), [excerpts]);
  // How many articles are shown, for this event (another event starts again at FIRST_GROUPS).
  const [limit, setLimit] = useState({ eventId, groups: FIRST_GROUPS });
  const shownCount = limit.eventId === eventId ? limit.groups : FIRST_GROUPS;
  // For the benchmark (shared/perf): the selected event's quotes have been painted.
  useEffect(() => {
    if (excerpts) markAfterPaint(MARKS.excerptsPainted);
  }, [excerpts]);
  const shownGroups = groups.slice(0, shownCount);
  // The same words for every article: translated once per render, not once per article.
  const words = {
    unknownOutlet: t('detail.unknownOutlet'),
    untitled: t('detail.untitled'),
    published: t('detail.published'),
    unknownPublished: t('detail.unknownPublished'),
    file: t('detail.file'),
    openReader: t('detail.openReader'),
  };

  return (
    <div aria-busy={query.isPending || !excerpts}>
      <h3>
        {t('detail.sources')}{' '}
        {excerpts && <span className="muted">({t('detail.excerpts', { count: excerpts.length })})</span>}
      </h3>
      {query.isPending && <p role="status">{t('detail.loadingExcerpts')}</p>}
      {query.isError && (
        <RetryAlert
          className="event-note"
          message={t('detail.excerptsError', { detail: loadErrorDetail(query.error, t) })}
          onRetry={() => void query.refetch()}
        />
      )}
      {shownGroups.map((group) => {
        const source = sourceById.get(group.sourceId);
        return (
          <article key={group.sourceId} className="source-group" aria-label={source?.outlet ?? words.unknownOutlet}>
            <h4 dir="auto">{source?.outlet ?? words.unknownOutlet}</h4>
            <p className="source-meta">
              <span dir="auto">{source?.title ?? words.untitled}</span>
              <br />
              {words.published}:{' '}
              {source?.publishedAt ? <bdi>{formatPublishedAt(source.publishedAt, lang)}</bdi> : words.unknownPublished}
              {' · '}
              {words.file}:{' '}
              <bdi dir="ltr" className="file-name">
                {source?.file ?? group.sourceId}
              </bdi>
            </p>
            <ul className="excerpts">
              {group.excerpts.map((x) => (
                <li key={`${x.start}-${x.end}`}>
                  <blockquote lang="ar" dir="rtl">
                    {x.text}
                  </blockquote>
                  {source && (
                    <button type="button" className="link-button" onClick={() => onOpenReader(x, source)}>
                      {words.openReader}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      {groups.length > shownCount && (
        <button
          type="button"
          className="link-button more-sources"
          onClick={() => startTransition(() => setLimit({ eventId, groups: shownCount + MORE_GROUPS }))}
        >
          {t('detail.moreSources', { shown: shownCount, total: groups.length })}
        </button>
      )}
    </div>
  );
}
