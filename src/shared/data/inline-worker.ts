/**
 * Where the page's inline first script (src/app/inline-start.ts) leaves the worker it started,
 * for the entry to take over (./read-dataset.ts). No imports: the build config reads it too.
 */
export const INLINE_WORKER_GLOBAL = '__khattDatasetWorker';
