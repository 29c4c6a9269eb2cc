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
 * requestAnimationFrame callback, that is the frame after the current one: see markTimelineReady.
 */
export function whenPainted(work: () => void): void {
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
 * The first paint with events, once per page load (a rebuilt timeline is not a new load).
 * `justPainted`: the caller runs just after a paint that showed events (a `whenPainted` callback
 * registered as they were added). Otherwise the mark waits for the next paint. vis-timeline
 * redraws, and emits "changed", inside its own animation frame callback, so there "the next
 * paint" is one frame later than the one that showed them. The once-flag is set only when the
 * mark is made, so the earlier of the two ways wins.
 */
export function markTimelineReady(justPainted = false): void {
  if (timelineReady || typeof performance === 'undefined') return;
  if (!justPainted) {
    whenPainted(() => markTimelineReady(true));
    return;
  }
  timelineReady = true;
  performance.mark(MARKS.timelineReady);
}
