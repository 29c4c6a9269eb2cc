/**
 * Performance API marks for the benchmark (bench/, issue 4). The harness reads these from the
 * page instead of sleeping or polling the DOM, so the numbers are the page's own clock:
 * - `khatt:data-ready`: the dataset index has been downloaded, parsed, validated and indexed;
 * - `khatt:timeline-ready`: the first frame painted with events on the timeline;
 * - `khatt:filter-painted`: the frame after an actor filter change has been drawn;
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
 * Marks `name` once the current frame has been painted: a requestAnimationFrame callback runs
 * just before the frame is painted, a task queued from it runs just after.
 */
export function markAfterPaint(name: string): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

let timelineReady = false;

/** The first paint with events, once per page load (a rebuilt timeline is not a new load). */
export function markTimelineReady(): void {
  if (timelineReady) return;
  timelineReady = true;
  markAfterPaint(MARKS.timelineReady);
}
