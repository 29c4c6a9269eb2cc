import { queryOptions, useQuery } from '@tanstack/react-query';
import { EventDetails, detailsIssues, eventDetailsPath } from '../../schema/dataset';
import type { DatasetIndex } from './dataset-index';
import { DataLoadError, shouldRetry } from './errors';
import { fetchValidated } from './fetch-json';
import { dataKeys } from './query-keys';

/**
 * One event's excerpts, loaded when the event is opened: the index stays small enough to show
 * 10,000 events at once (issue 4). Checked against the index it belongs to: the right event,
 * excerpts inside the articles it lists.
 */
export function eventDetailsQueryOptions(eventId: string, index: DatasetIndex) {
  const url = new URL(eventDetailsPath(eventId), index.url).href;
  return queryOptions({
    queryKey: dataKeys.eventDetails(url),
    queryFn: async ({ signal }) => {
      const details = await fetchValidated(url, EventDetails, signal);
      const issues = detailsIssues(details, eventId, index.sourceLengths);
      if (issues.length > 0) throw new DataLoadError('invalid', url, issues.slice(0, 3).join('; '));
      return details;
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: shouldRetry,
  });
}

export function useEventDetails(eventId: string, index: DatasetIndex) {
  return useQuery(eventDetailsQueryOptions(eventId, index));
}
