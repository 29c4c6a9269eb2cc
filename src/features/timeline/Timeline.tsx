/**
 * The interactive timeline (vis-timeline), wrapped so React owns the state and vis-timeline only
 * draws: selection, window and filter flow in as props; clicks and zooms flow out as callbacks.
 *
 * vis-timeline facts this component is built around (measured on vis-timeline 8.5):
 * - `rtl` is read only at construction, so the timeline is rebuilt when the language changes
 *   (keeping the visible window); cleanup is destroy() + replaceChildren() (StrictMode mounts
 *   twice and destroy() leaves nodes behind).
 * - vis-timeline lays out every item it holds on every redraw (seconds at 10,000 items), so it
 *   only holds what the window (± one window-width) can show, with dense periods aggregated
 *   per zoom level into "N events" items (windowing.ts); filtering, panning and zooming update
 *   that small set by diff (remove/add), never clear() + add() of everything. Items added are
 *   drawn in one batch, not one forced layout each (./batched-drawing.ts).
 * - setSelection(id, {focus: true}) zooms to a 10 ms window, so we select without focus and
 *   centre ourselves with moveTo/setWindow, keeping the zoom sane.
 * - vis-timeline has no keyboard or ARIA support: the wrapper is a focusable group with its own
 *   key handling, and the event list (another feature) is the accessible equivalent.
 * - Item content goes through a template that builds DOM nodes with textContent, so titles from
 *   the dataset are never parsed as HTML.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataSet } from 'vis-data/esnext';
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { DatasetIndex } from '../../shared/data/dataset-index';
import { MARKS, markAfterPaint, markTimelineReadyAfterPaint } from '../../shared/perf';
import { formatEventDateWithMarkers, fromIsoDay, periodEnd, toIsoDay } from '../../shared/dates';
import { interfaceFontsReady } from '../../shared/fonts';
import type { Lang, ViewWindow } from '../../shared/url-state';
import { drawAddedItemsInBatches } from './batched-drawing';
import { Legend } from './Legend';
import { localizedMoment, timelineLocale } from './moment-locale';
import { clusterExtent, fitWindow, paddedExtent, toItem, type TimelineItemData } from './timeline-items';
import './timeline.css';
import {
  bucketWidth,
  inputExtent,
  inputFromEvents,
  subsetInput,
  windowEvents,
  type Aggregate,
  type WindowInput,
} from './windowing';

const DAY = 86_400_000;
/** Narrowest window: a week. Keeps `from` < `to` in whole days and the axis readable. */
const ZOOM_MIN = 7 * DAY;
/** Report window changes once the user pauses (wheel zoom fires many rangechanged events). */
const WINDOW_REPORT_DELAY = 250;
/** More than this many items within ~100 px become a cluster that opens on click. */
const CLUSTER_MAX_ITEMS = 6;
/** Up to this many events in the window (± one width) are all drawn; above it dense buckets aggregate. */
const ITEM_BUDGET = 150;
/** A bucket (~90 px) with more events than this becomes one "N events" item. */
const MAX_PER_BUCKET = 3;

/** What vis-timeline holds: an event, or an aggregate standing for `aggregate` events. */
type DrawnItem = TimelineItemData & { aggregate?: number };

/**
 * Runs `work` once the browser has painted the next frame, and returns a cancel function.
 * Following a selection made elsewhere (list, link, keys) costs vis-timeline a redraw with forced
 * layouts (~20–60 ms at 10,000 events); done after the paint, the details panel the person asked
 * for shows first and the chart catches up a frame later (issue 4: select → panel ≤ 50 ms).
 */
function afterNextPaint(work: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(work);
  });
  return () => cancelAnimationFrame(frame);
}

export interface TimeRange {
  start: Date;
  end: Date;
}

export interface FocusRequest {
  id: string;
  /** Bumped for every request, so asking twice for the same event centres twice. */
  seq: number;
}

export interface TimelineProps {
  /** The events; an empty index while the dataset loads (the chart is built meanwhile). */
  index: DatasetIndex;
  /** The dataset is still loading (`aria-busy`). */
  busy: boolean;
  shownIds: ReadonlySet<string>;
  selectedId: string | null;
  lang: Lang;
  /** The window to open with, and to move to when `index` changes (later moves come through `window`). */
  initialWindow: TimeRange;
  /** The default window, for the "2019–2025" button. */
  defaultWindow: TimeRange;
  /** A window from the URL (e.g. after Back): applied when it differs from what is shown. */
  window: ViewWindow | null;
  focus: FocusRequest | null;
  onSelect: (id: string) => void;
  /** The pointer is over an event: a chance to fetch its details before it is chosen. */
  onPreview?: (id: string) => void;
  onWindowChange: (window: ViewWindow) => void;
  /** Arrow keys: previous (-1) or next (+1) event in date order; Home/End: first/last. */
  onStep: (step: 1 | -1 | 'first' | 'last') => void;
  /** Enter on the focused timeline: show the selected event's details. */
  onOpenSelected: () => void;
  onEscape: () => void;
}

function windowKey(w: ViewWindow): string {
  return `${w.from}/${w.to}`;
}

function toViewWindow(range: TimeRange): ViewWindow | null {
  const from = toIsoDay(range.start);
  const to = toIsoDay(new Date(range.end.getTime() - 1));
  return from < to ? { from, to } : null;
}

/** How far the chart pans and zooms out: every event (with a margin) and the default window. */
function limits(input: WindowInput, defaultWindow: TimeRange): Pick<TimelineOptions, 'min' | 'max' | 'zoomMax'> {
  const extent = paddedExtent(inputExtent(input));
  const min = new Date(Math.min(extent?.min.getTime() ?? Infinity, defaultWindow.start.getTime() - 30 * DAY));
  const max = new Date(Math.max(extent?.max.getTime() ?? -Infinity, defaultWindow.end.getTime() + 30 * DAY));
  return { min, max, zoomMax: max.getTime() - min.getTime() };
}

export function Timeline(props: TimelineProps) {
  const { index, shownIds, selectedId, lang, window, focus } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const viewRef = useRef<DataSet<DrawnItem, 'id'> | null>(null);
  // The shown events as windowing input, and the function that refills vis-timeline from them.
  const allInput = useMemo(() => inputFromEvents(index.events), [index]);
  const shownInput = useMemo(() => subsetInput(allInput, (id) => shownIds.has(id)), [allInput, shownIds]);
  const inputRef = useRef<WindowInput>(shownInput);
  // The data, for vis-timeline callbacks: the chart is built once per language, before the data
  // has arrived if it can (issue 4), and takes each new index without being rebuilt.
  const indexRef = useRef(index);
  const allInputRef = useRef(allInput);
  const filteredRef = useRef(allInput);
  const refillRef = useRef<(() => void) | null>(null);
  const reclusterRef = useRef<(() => void) | null>(null);
  // The latest props, for vis-timeline callbacks registered once per construction.
  const shownRef = useRef(shownIds);
  const selectedRef = useRef(selectedId);
  const propsRef = useRef(props);
  const rangeRef = useRef<TimeRange>(props.initialWindow);
  const lastWindowRef = useRef<string | null>(window ? windowKey(window) : null);

  useLayoutEffect(() => {
    propsRef.current = props;
    inputRef.current = shownInput;
  });

  /** Show the selection on the chart; an id the view does not hold (filtered out) selects nothing. */
  const applySelection = useCallback(() => {
    const timeline = timelineRef.current;
    const view = viewRef.current;
    if (!timeline || !view) return;
    const id = selectedRef.current;
    timeline.setSelection(id !== null && view.get(id) !== null ? [id] : []);
  }, []);

  // Construction: once per language.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Item widths are measured when drawn: wait for the web font, or labels measured in the
    // fallback font overflow their boxes once Noto arrives.
    let cancelled = false;
    let teardown: (() => void) | undefined;
    void interfaceFontsReady().then(() => {
      if (!cancelled) teardown = build(container);
    });
    return () => {
      cancelled = true;
      teardown?.();
    };

    function build(container: HTMLDivElement): () => void {
      // Items are made when first drawn and kept: at 10,000 events most are never drawn alone.
      let made = new Map<string, TimelineItemData>();
      let madeFor = indexRef.current;
      const itemFor = (id: string): TimelineItemData => {
        if (madeFor !== indexRef.current) {
          made = new Map();
          madeFor = indexRef.current;
        }
        let item = made.get(id);
        if (!item) {
          const e = indexRef.current.eventById.get(id)!;
          const when = formatEventDateWithMarkers(e.date, lang, (m) => t(`date.${m}`));
          item = toItem(e, e.title[lang], `${e.title[lang]} — ${when} — ${t(`types.${e.type}`)}`);
          made.set(id, item);
        }
        return item;
      };
      // An aggregate's label by its count, each made once: a refill runs every frame of a pan, and
      // a translation with a plural costs i18next tens of µs (~8 ms a refill at 10,000 events).
      const aggregateLabels = new Map<number, string>();
      const aggregateTooltip = t('timeline.clusterTitle');
      const aggregateItem = (a: Aggregate): DrawnItem => {
        const count = a.members.length;
        let label = aggregateLabels.get(count);
        if (label === undefined) {
          label = t('timeline.cluster', { count });
          aggregateLabels.set(count, label);
        }
        return {
          id: a.id,
          content: label,
          label,
          tooltip: aggregateTooltip,
          start: new Date(a.start),
          end: new Date(a.end),
          type: 'range',
          className: 'khatt-aggregate',
          aggregate: a.members.length,
        };
      };
      const view = new DataSet<DrawnItem, 'id'>();
      const hasItems = () => container.querySelector('.vis-item') !== null;
      let getRange = (): { start: number; end: number } => ({
        start: rangeRef.current.start.getTime(),
        end: rangeRef.current.end.getTime(),
      });
      /** Puts in vis-timeline what the window (± one width) shows now, by diff against what it holds. */
      const refill = () => {
        const { start, end } = getRange();
        const width = end - start;
        const shown = windowEvents(inputRef.current, {
          from: start - width,
          to: end + width,
          bucket: bucketWidth(width, container.clientWidth || 1000),
          maxPerBucket: MAX_PER_BUCKET,
          budget: ITEM_BUDGET,
          keep: selectedRef.current,
        });
        const next = new Map<string, DrawnItem>();
        for (const id of shown.singles) next.set(id, itemFor(id));
        for (const a of shown.aggregates) next.set(a.id, aggregateItem(a));
        // An aggregate whose count changed is removed and added again, not updated: vis-timeline
        // redraws an updated item at once, measuring it (a forced layout each), while added ones
        // are drawn together in its next redraw (./batched-drawing.ts).
        const kept = new Set<string>();
        const gone: string[] = [];
        for (const raw of view.getIds()) {
          const id = String(raw);
          const item = next.get(id);
          if (item && item.aggregate === view.get(id)?.aggregate) kept.add(id);
          else gone.push(id);
        }
        const added = [...next.values()].filter((item) => !kept.has(item.id));
        if (gone.length > 0) view.remove(gone);
        if (added.length > 0) {
          view.add(added);
          // vis-timeline has just asked for the animation frame it redraws in: that frame's
          // paint shows these items, and if they are the first events, the timeline is ready.
          markTimelineReadyAfterPaint(hasItems);
        }
        // The selected event may only now be drawn (the window moved to it): show it selected.
        const selected = selectedRef.current;
        if (selected !== null && added.some((item) => item.id === selected)) applySelection();
      };
      const locale = timelineLocale(lang);
      // What we open with is not a change to report (the URL may not even have a window).
      const opening = toViewWindow(rangeRef.current);
      lastWindowRef.current = opening ? windowKey(opening) : null;

      const options: TimelineOptions = {
        rtl: lang === 'ar',
        locale,
        locales: { [locale]: { current: '', time: '', deleteSelected: '' } },
        moment: localizedMoment(lang),
        start: rangeRef.current.start,
        end: rangeRef.current.end,
        ...limits(allInputRef.current, propsRef.current.defaultWindow),
        zoomMin: ZOOM_MIN,
        stack: true,
        selectable: true,
        multiselect: false,
        editable: false,
        showCurrentTime: false,
        showTooltips: false,
        orientation: { axis: 'bottom', item: 'bottom' },
        margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
        minHeight: 220,
        maxHeight: 460,
        verticalScroll: true,
        cluster: {
          maxItems: CLUSTER_MAX_ITEMS,
          titleTemplate: t('timeline.clusterTitle'),
          showStipes: true,
          fitOnDoubleClick: true,
          // The selected event never disappears into a cluster: it stays drawn, and selected.
          clusterCriteria: (a, b) => a.id !== selectedRef.current && b.id !== selectedRef.current,
        },
        template: (item?: unknown) => renderItem(item),
      };

      /** Item and cluster contents as DOM built from text: nothing from the dataset is parsed as HTML. */
      function renderItem(raw: unknown): HTMLElement {
        const el = document.createElement('span');
        if (typeof raw !== 'object' || raw === null) return el;
        const item = raw as Partial<DrawnItem> & { isCluster?: boolean; items?: DrawnItem[] };
        if (item.aggregate !== undefined && item.start && item.end) {
          // Our own aggregate of a dense period: opens (zooms in) on click like a cluster.
          el.className = 'khatt-cluster';
          el.textContent = item.label ?? '';
          el.title = item.tooltip ?? '';
          el.dataset.clusterStart = String(new Date(item.start).getTime());
          el.dataset.clusterEnd = String(new Date(item.end).getTime());
          return el;
        }
        if (item.isCluster) {
          const members = item.items ?? [];
          const range = clusterExtent(members);
          // A vis-timeline cluster can hold our aggregates too: count the events they stand for.
          const count = members.reduce((n, m) => n + (m.aggregate ?? 1), 0);
          el.className = 'khatt-cluster';
          el.textContent = t('timeline.cluster', { count });
          el.title = t('timeline.clusterTitle');
          if (range) {
            el.dataset.clusterStart = String(range.start);
            el.dataset.clusterEnd = String(range.end);
          }
          return el;
        }
        el.className = 'khatt-item-label';
        el.textContent = item.label ?? '';
        el.title = item.tooltip ?? '';
        return el;
      }

      const timeline = new VisTimeline(container, view, options);
      if (drawAddedItemsInBatches(timeline) === 0 && import.meta.env.DEV)
        console.warn('vis-timeline internals changed: items are drawn one at a time (see batched-drawing.ts)');
      timelineRef.current = timeline;
      viewRef.current = view;
      getRange = () => {
        const w = timeline.getWindow();
        return { start: w.start.getTime(), end: w.end.getTime() };
      };
      refillRef.current = refill;
      refill();
      applySelection();
      // Re-applying the cluster option makes vis-timeline recompute its clusters. Needed once
      // its first draw is done (the clusters of that draw are computed but never drawn: the events
      // they hold vanish until the next zoom; calling it earlier leaves vis-timeline's loading
      // screen up), and whenever the selection changes (see clusterCriteria).
      const recluster = () => timeline.setOptions({ cluster: options.cluster });

      // While the person pans or zooms, refill once per frame; once more when they stop.
      let refillFrame = 0;
      timeline.on('rangechange', () => {
        if (refillFrame === 0)
          refillFrame = requestAnimationFrame(() => {
            refillFrame = 0;
            refill();
          });
      });

      // vis-timeline emits 'changed' after every redraw: the first one with items on screen is
      // "timeline ready", unless refill's own request (above) has marked it already.
      timeline.on('changed', () => {
        if (!reclusterRef.current && !container.querySelector('.vis-loading-screen')) {
          reclusterRef.current = recluster;
          recluster();
        }
        markTimelineReadyAfterPaint(hasItems);
      });

      timeline.on('select', (properties?: { items?: unknown[] }) => {
        const id = properties?.items?.[0];
        if (typeof id === 'string' && indexRef.current.eventById.has(id)) {
          selectedRef.current = id;
          propsRef.current.onSelect(id);
        } else {
          // A cluster or empty space: keep showing the current selection (the panel stays open).
          applySelection();
        }
      });

      timeline.on('itemover', (properties?: { item?: unknown }) => {
        const id = properties?.item;
        if (typeof id === 'string' && indexRef.current.eventById.has(id)) propsRef.current.onPreview?.(id);
      });

      let reportTimer: ReturnType<typeof setTimeout> | undefined;
      timeline.on('rangechanged', (properties?: { start?: Date; end?: Date }) => {
        if (!properties?.start || !properties.end) return;
        rangeRef.current = { start: new Date(properties.start), end: new Date(properties.end) };
        refill();
        clearTimeout(reportTimer);
        reportTimer = setTimeout(() => {
          const w = toViewWindow(rangeRef.current);
          if (!w || windowKey(w) === lastWindowRef.current) return;
          lastWindowRef.current = windowKey(w);
          propsRef.current.onWindowChange(w);
        }, WINDOW_REPORT_DELAY);
      });

      // A click on a cluster opens it: zoom to its members (vis-timeline only does this on double click).
      const onClusterClick = (event: MouseEvent) => {
        const target =
          event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cluster-start]') : null;
        if (!target) return;
        const start = Number(target.dataset.clusterStart);
        const end = Number(target.dataset.clusterEnd);
        const pad = Math.max((end - start) * 0.15, 2 * DAY);
        timeline.setWindow(start - pad, end + pad, { animation: false });
      };
      container.addEventListener('click', onClusterClick);

      return () => {
        clearTimeout(reportTimer);
        cancelAnimationFrame(refillFrame);
        reclusterRef.current = null;
        refillRef.current = null;
        container.removeEventListener('click', onClusterClick);
        timeline.destroy();
        container.replaceChildren();
        view.clear();
        timelineRef.current = null;
        viewRef.current = null;
      };
    }
  }, [lang, t, applySelection]);

  // New data (the dataset has arrived): the chart's bounds, the window to open at, and its items.
  useEffect(() => {
    if (indexRef.current === index) return; // what the chart was built with
    indexRef.current = index;
    allInputRef.current = allInput;
    const { initialWindow, defaultWindow } = propsRef.current;
    rangeRef.current = initialWindow;
    const timeline = timelineRef.current;
    if (!timeline) return; // still to be built: it opens from these refs
    timeline.setOptions(limits(allInput, defaultWindow));
    const opening = toViewWindow(initialWindow);
    lastWindowRef.current = opening ? windowKey(opening) : null;
    timeline.setWindow(initialWindow.start, initialWindow.end, { animation: false });
    refillRef.current?.();
    reclusterRef.current?.();
    applySelection();
  }, [index, allInput, applySelection]);

  // Filter: refill the window from the newly shown events (a diff of a few dozen items).
  useEffect(() => {
    shownRef.current = shownIds;
    inputRef.current = shownInput;
    // New data is no filter change: the data effect above has drawn it.
    if (filteredRef.current !== allInput) {
      filteredRef.current = allInput;
      return;
    }
    const refill = refillRef.current;
    if (!refill) return; // the chart, once built, opens with the filter applied
    refill();
    applySelection();
    // The refill made vis-timeline ask for an animation frame to redraw in (a DataSet change
    // queues its redraw), and React has committed the list: the next paint shows both.
    markAfterPaint(MARKS.filterPainted);
  }, [shownIds, shownInput, allInput, applySelection]);

  useEffect(() => {
    selectedRef.current = selectedId;
    // The selected event is always drawn on its own, even inside a dense period.
    return afterNextPaint(() => {
      refillRef.current?.();
      reclusterRef.current?.();
      applySelection();
    });
  }, [selectedId, applySelection]);

  // A window from the URL (Back/Forward, a pasted link): apply it unless it is what we reported.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !window || windowKey(window) === lastWindowRef.current) return;
    lastWindowRef.current = windowKey(window);
    timeline.setWindow(fromIsoDay(window.from), periodEnd(window.to, 'day'), { animation: false });
  }, [window]);

  // Centre on an event chosen elsewhere (list, keyboard, link), keeping the zoom unless it is too wide to see it.
  useEffect(() => {
    const event = focus ? index.eventById.get(focus.id) : undefined;
    if (!event) return;
    return afterNextPaint(() => {
      const timeline = timelineRef.current;
      if (!timeline) return;
      const { start, end } = timeline.getWindow();
      const width = end.getTime() - start.getTime();
      const from = fromIsoDay(event.date.start).getTime();
      const to = periodEnd(event.date.end ?? event.date.start, event.date.precision).getTime();
      if (to - from > width * 0.8) {
        const pad = (to - from) * 0.1;
        timeline.setWindow(from - pad, to + pad, { animation: false });
      } else {
        timeline.moveTo((from + to) / 2, { animation: false });
      }
    });
  }, [focus, index]);

  const zoom = (direction: 'in' | 'out') => {
    const timeline = timelineRef.current;
    if (direction === 'in') timeline?.zoomIn(0.5, { animation: false });
    else timeline?.zoomOut(0.5, { animation: false });
  };
  const fitAll = () => {
    const timeline = timelineRef.current;
    const width = containerRef.current?.clientWidth ?? 1000;
    const fit = fitWindow(
      index.events.filter((e) => shownRef.current.has(e.id)),
      width,
    );
    if (timeline && fit) timeline.setWindow(fit.start, fit.end, { animation: false });
  };
  const showDefault = () =>
    timelineRef.current?.setWindow(props.defaultWindow.start, props.defaultWindow.end, { animation: false });
  const pan = (towardsLater: boolean) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * 0.2 * (towardsLater ? 1 : -1);
    timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = lang === 'ar';
    // In RTL later dates are to the left, so the arrows are mirrored.
    const later = (key: string) => (key === 'ArrowRight') !== rtl;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        if (event.shiftKey) pan(later(event.key));
        else props.onStep(later(event.key) ? 1 : -1);
        break;
      case 'Home':
        props.onStep('first');
        break;
      case 'End':
        props.onStep('last');
        break;
      case '+':
      case '=':
        zoom('in');
        break;
      case '-':
      case '_':
        zoom('out');
        break;
      case '0':
        fitAll();
        break;
      case 'Enter':
        props.onOpenSelected();
        break;
      case 'Escape':
        props.onEscape();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="timeline">
      <div className="timeline-toolbar">
        <div className="timeline-controls" role="toolbar" aria-label={t('timeline.controls')}>
          <button type="button" onClick={() => zoom('in')}>
            <span aria-hidden="true">+ </span>
            {t('timeline.zoomIn')}
          </button>
          <button type="button" onClick={() => zoom('out')}>
            <span aria-hidden="true">− </span>
            {t('timeline.zoomOut')}
          </button>
          <button type="button" onClick={fitAll}>
            {t('timeline.fitAll')}
          </button>
          <button type="button" onClick={showDefault} aria-label={t('timeline.defaultWindowLabel')}>
            <bdi>{t('timeline.defaultWindow')}</bdi>
          </button>
        </div>
        <Legend />
      </div>
      <div
        className="timeline-canvas"
        ref={containerRef}
        tabIndex={0}
        role="group"
        aria-label={t('timeline.label')}
        aria-describedby={helpId}
        aria-busy={props.busy}
        onKeyDown={onKeyDown}
      />
      <p id={helpId} className="timeline-help">
        {t('timeline.help')}
      </p>
    </div>
  );
}
