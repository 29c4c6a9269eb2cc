/** The dataset worker's schema check, in its own chunk (see ./read-dataset.worker.ts). */
import { DatasetFile } from '../../schema/dataset';
import { validated } from './fetch-json';

export function validateDatasetFile(json: unknown, url: string): DatasetFile {
  return validated(json, DatasetFile, url);
}
