/** The dataset worker's schema check, in its own chunk (see ./read-dataset.worker.ts). */
import { Dataset } from '../../schema/dataset';
import { validated } from './fetch-json';

export function validateDataset(json: unknown, url: string): Dataset {
  return validated(json, Dataset, url);
}
