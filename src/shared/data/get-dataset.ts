import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset, DatasetFile } from '../../schema/dataset';
import { fromDatasetFile } from '../../schema/dataset-file';
import { MARKS } from '../perf';
import { buildIndex } from './dataset-index';
import { COMPILED_FILE_QUERY } from './compiled-file-query';
import { fetchValidated } from './fetch-json';
import { dataKeys } from './query-keys';
import { readInWorker, takeEarlyDataset, WorkerUnavailable } from './read-dataset';
import { loadSchemas } from './schemas';

/** Validated by the dataset worker when it can run, on this thread when it cannot. */
async function readDatasetFile(url: string, signal: AbortSignal): Promise<DatasetFile> {
  try {
    return await (takeEarlyDataset(url) ?? readInWorker(url, { signal }));
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
  }
  const schemas = await loadSchemas();
  return fetchValidated(url, schemas.DatasetFile, signal);
}

async function readDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  return fromDatasetFile(await readDatasetFile(url, signal));
}

/** The compiled dataset, validated against the schema and indexed. Static data: never refetched. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: dataKeys.dataset(url),
    queryFn: async ({ signal }) => {
      const index = buildIndex(await readDataset(url, signal), url);
      performance.mark(MARKS.dataReady);
      return index;
    },
    ...COMPILED_FILE_QUERY,
    gcTime: Infinity,
  });
}

export function useDataset(url: string) {
  return useQuery(datasetQueryOptions(url));
}
