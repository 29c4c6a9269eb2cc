import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EventDetailsFile } from '../../schema/dataset';
import type { DatasetIndex } from './dataset-index';
import { COMPILED_FILE_QUERY } from './compiled-file-query';
import { fetchValidated, itemOf } from './fetch-json';
import { dataKeys } from './query-keys';
import { loadSchemas } from './schemas';
import { eventDetailsUrl } from './urls';

/** What finding an event's details file takes: where the index is, and how many events it has. */
type DetailsIndex = Pick<DatasetIndex, 'url' | 'events'>;

/**
 * The details file that holds an event's excerpts and the records of their articles, with those
 * of a few other events (../../schema/paths.ts), loaded when the event is opened: the index stays
 * small enough to show 10,000 events at once (issue 4). One query per file.
 */
export function eventDetailsFileQueryOptions(index: DetailsIndex, eventId: string) {
  return fileQueryOptions(eventDetailsUrl(eventId, index.events.length, index.url));
}

function fileQueryOptions(url: string) {
  return queryOptions({
    queryKey: dataKeys.eventDetails(url),
    queryFn: async ({ signal }): Promise<EventDetailsFile> => {
      const { EventDetailsFile } = await loadSchemas();
      return fetchValidated(url, EventDetailsFile, signal);
    },
    ...COMPILED_FILE_QUERY,
    gcTime: 10 * 60_000,
  });
}

/** One event's details from its file. The schema checks that every excerpt fits its article. */
export function eventDetailsQueryOptions(index: DetailsIndex, eventId: string) {
  const url = eventDetailsUrl(eventId, index.events.length, index.url);
  return queryOptions({
    ...fileQueryOptions(url),
    select: (file: EventDetailsFile) => itemOf(file.events, eventId, url, 'details of'),
  });
}

export function useEventDetails(index: DetailsIndex, eventId: string) {
  return useQuery(eventDetailsQueryOptions(index, eventId));
}
