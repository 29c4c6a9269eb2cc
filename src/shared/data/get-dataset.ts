import { queryOptions, useQuery } from '@tanstack/react-query';
import { Dataset } from '../../schema/dataset';
import { buildIndex } from './dataset-index';
import { shouldRetry } from './errors';
import { fetchValidated } from './fetch-json';
import { MARKS } from '../perf';
import { dataKeys } from './query-keys';

/** The compiled dataset, validated against the schema and indexed. Static data: never refetched. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: dataKeys.dataset(url),
    queryFn: async ({ signal }) => {
      const index = buildIndex(await fetchValidated(url, Dataset, signal), url);
      performance.mark(MARKS.dataReady);
      return index;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: shouldRetry,
  });
}

export function useDataset(url: string) {
  return useQuery(datasetQueryOptions(url));
}
