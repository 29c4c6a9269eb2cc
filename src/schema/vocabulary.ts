/**
 * The dataset's version and closed vocabularies, as plain constants: the schema (./dataset.ts)
 * builds its literals and enums from them, and the app's first chunk uses them without loading
 * zod (issue 4).
 */

/**
 * 2: the index no longer carries excerpts or articles; each event's excerpts, and the articles
 * they come from, are in the event's details file (`eventDetailsPath`), loaded when the event is
 * opened (issue 4: the 10,000-article index was 77% quotes, and half the rest article records).
 * 3: the index file is packed by columns (`DatasetFile`): 4.5× smaller at 10,000 events, and
 * what the page waits for on its way to the first paint is reading that file (issue 4).
 * 4: event details and article texts are grouped a few to a file (`EventDetailsFile`,
 * `ArticleTextFile`; ./paths.ts says which file holds which): 2,335 files instead of 18,673 at
 * 10,000 articles (issue 4).
 * 5: 16 to a file instead of 8 (./paths.ts says why): 1,168 files at 10,000 articles. An app of
 * version 4 would look for an event's details in the wrong file, so it must not read these.
 */
export const SCHEMA_VERSION = 5;

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
