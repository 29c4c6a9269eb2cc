/**
 * The page's first script (an entry of its own, placed ahead of the app's by vite.config.ts):
 * starts the dataset worker, which downloads and validates the index on the other core while
 * this thread downloads, compiles and evaluates the app (issue 4). The dataset query picks the
 * result up (src/shared/data/get-dataset.ts). Keep it tiny: nothing that imports zod or React.
 */
import { startReadingDataset } from '../shared/data/read-dataset';
import { datasetUrl } from '../shared/data/urls';

startReadingDataset(datasetUrl());
