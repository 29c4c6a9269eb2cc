import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataLoadError, shouldRetry } from './errors';
import { fetchValidated } from './fetch-json';
import { dataKeys } from './query-keys';
import { loadSchemas } from './schemas';
import { eventDetailsUrl } from './urls';

/**
 * One event's excerpts and the records of their articles, loaded when the event is opened: the
 * index stays small enough to show 10,000 events at once (issue 4). The schema checks that every
 * excerpt fits its article; here, that the file is the event's own.
 */
export function eventDetailsQueryOptions(eventId: string, datasetHref: string) {
  const url = eventDetailsUrl(eventId, datasetHref);
  return queryOptions({
    queryKey: dataKeys.eventDetails(url),
    queryFn: async ({ signal }) => {
      const { EventDetails } = await loadSchemas();
      const details = await fetchValidated(url, EventDetails, signal);
      if (details.id !== eventId)
        throw new DataLoadError('invalid', url, `details of "${details.id}" where "${eventId}" was expected`);
      return details;
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: shouldRetry,
  });
}

export function useEventDetails(eventId: string, datasetHref: string) {
  return useQuery(eventDetailsQueryOptions(eventId, datasetHref));
}
