/**
 * Performance API marks for the benchmark (bench/, issue 4). The harness reads these from the
 * page instead of sleeping or polling the DOM, so the numbers are the page's own clock:
 * - `khatt:data-ready`: the dataset index has been downloaded, parsed, validated and indexed;
 * - `khatt:timeline-ready`: the first frame painted with events on the timeline;
 * - `khatt:filter-painted`: the first frame painted after an actor filter change was applied;
 * - `khatt:select-painted`: the frame after a selected event's details panel has been drawn;
 * - `khatt:excerpts-painted`: the frame after that panel's excerpts (loaded on open) have been drawn.
 * Marks cost microseconds and are kept in production builds on purpose: the benchmark measures
 * the app people get.
 */
export const MARKS = {
  dataReady: 'khatt:data-ready',
  timelineReady: 'khatt:timeline-ready',
  filterPainted: 'khatt:filter-painted',
  selectPainted: 'khatt:select-painted',
  excerptsPainted: 'khatt:excerpts-painted',
} as const;

/**
 * Runs `work` once the next frame has been painted: a requestAnimationFrame callback runs just
 * before the frame is painted, a task queued from it runs just after. Called from inside a
 * requestAnimationFrame callback, that is the frame after the current one.
 */
function whenPainted(work: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** Marks `name` once the DOM as it is now has been painted (see whenPainted). */
export function markAfterPaint(name: string): void {
  if (typeof performance === 'undefined') return;
  whenPainted(() => performance.mark(name));
}

let timelineReady = false;

/**
 * The first paint with events, once per page load (a rebuilt timeline is not a new load): marked
 * just after the next paint if `shown()` then says events are on screen. Callers ask as they hand
 * the chart events (the paint of the frame its redraw was queued for) and after each of its redraws
 * (vis-timeline redraws inside its own animation frame callback, so that is one frame later); the
 * earlier wins. Once marked, a call costs nothing: the chart's refill asks on every frame of a pan.
 */
export function markTimelineReadyAfterPaint(shown: () => boolean): void {
  if (timelineReady || typeof performance === 'undefined') return;
  whenPainted(() => {
    if (timelineReady || !shown()) return;
    timelineReady = true;
    performance.mark(MARKS.timelineReady);
  });
}
