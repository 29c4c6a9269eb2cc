import { shouldRetry } from './errors';

/**
 * What every query of a compiled file shares (the dataset index, event details, article texts):
 * - never stale: a compiled file does not change while the page is open;
 * - no structural sharing: the details and text queries `select` one item of a file, and comparing
 *   the item picked before with the one picked now, deep (TanStack's default), is work for nothing
 *   (~4 ms per selection at 10,000 events in a CPU profile; an A/B of 30 selections could not tell
 *   the builds apart on this host). The dataset's index holds Maps, which sharing cannot compare anyway.
 *   https://tanstack.com/query/latest/docs/framework/react/guides/render-optimizations
 * - retried only where a retry can help (`shouldRetry`).
 */
export const COMPILED_FILE_QUERY = {
  staleTime: Infinity,
  structuralSharing: false,
  retry: shouldRetry,
} as const;
