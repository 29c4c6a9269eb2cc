/**
 * Runs `work` when the main thread is next idle (at the latest after `timeoutMs`), or soon where
 * the browser has no requestIdleCallback. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
