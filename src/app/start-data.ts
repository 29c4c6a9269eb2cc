/**
 * main.tsx's first import, so it runs before the rest of the app's modules are evaluated: starts
 * the dataset worker, which downloads and validates the index on the other core while this
 * thread evaluates React, the schema library and the features (issue 4: ~0.4 s earlier at 10,000
 * events). The dataset query picks the result up (src/shared/data/get-dataset.ts).
 * Imports nothing that imports zod or React, or they would be evaluated first.
 */
import { startReadingDataset } from '../shared/data/read-dataset';
import { datasetUrl } from '../shared/data/urls';

startReadingDataset(datasetUrl());
