/**
 * The dataset's closed vocabularies, as plain constants: the schema (./dataset.ts) builds its
 * enums from them, and the app's first chunk uses them without loading zod (issue 4).
 */

export const PRECISIONS = ['day', 'month', 'year'] as const;

/** What a stretch of an article file is: the reader view shows body text and folds furniture. */
export const SEGMENT_KINDS = ['title', 'body', 'caption', 'credit', 'furniture'] as const;

export const ACTOR_KINDS = ['person', 'country', 'organization'] as const;

export const EVENT_TYPES = [
  'visit',
  'summit',
  'agreement',
  'statement',
  'military',
  'sanctions',
  'economy',
  'diplomacy',
  'conflict',
  'other',
] as const;
