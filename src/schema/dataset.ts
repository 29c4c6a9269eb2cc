/**
 * The one description of Khatt's compiled dataset. The compiler validates what it writes
 * against it and the app validates what it reads; every type is inferred from here.
 * Shared by the Node compiler and the browser app, so it must import neither `node:*` nor DOM.
 */
import { z } from 'zod';

import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, SEGMENT_KINDS } from './vocabulary';

export { DATASET_FILE, EVENT_DETAILS_DIR, eventDetailsPath } from './paths';
export { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, SEGMENT_KINDS } from './vocabulary';

/**
 * 2: the index no longer carries excerpts or articles; each event's excerpts, and the articles
 * they come from, are in the event's own file (`eventDetailsPath`), loaded when the event is
 * opened (issue 4: the 10,000-article index was 77% quotes, and half the rest article records).
 */
export const SCHEMA_VERSION = 2;

export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/** True when `iso` is an ISO date cut exactly to `precision` (`2024-06` for month, never a day). */
export function isIsoAtPrecision(iso: string, precision: Precision): boolean {
  return ISO_BY_PRECISION[precision].test(iso);
}

export const EventDate = z
  .object({
    start: z.string(),
    /** Last day/month/year of a span, inclusive, at the same precision as `start`. */
    end: z.string().optional(),
    precision: Precision,
    /** The date was worked out (from a weekday, "last month", other articles…) rather than stated. */
    inferred: z.boolean(),
    /** The text says "early/mid/late …" or "about …": the value is the coarser period containing it. */
    approximate: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    if (!isIsoAtPrecision(d.start, d.precision))
      ctx.addIssue({ code: 'custom', message: `start "${d.start}" is not an ISO ${d.precision}` });
    if (d.end !== undefined) {
      if (!isIsoAtPrecision(d.end, d.precision))
        ctx.addIssue({ code: 'custom', message: `end "${d.end}" is not an ISO ${d.precision}` });
      else if (d.end <= d.start)
        ctx.addIssue({ code: 'custom', message: `end "${d.end}" is not after start "${d.start}"` });
    }
  });
export type EventDate = z.infer<typeof EventDate>;

export const DateBasis = z.enum(['manifest', 'text', 'inferred']);
export type DateBasis = z.infer<typeof DateBasis>;

export const PublishedAt = z
  .object({
    date: z.string(),
    precision: Precision,
    basis: DateBasis,
    /** Why we believe it: the manifest entry, the quoted dateline, or how it was inferred. */
    evidence: z.string().min(1),
  })
  .refine((p) => isIsoAtPrecision(p.date, p.precision), {
    message: 'publishedAt.date must be an ISO date cut to its precision',
  });
export type PublishedAt = z.infer<typeof PublishedAt>;

export const Bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** What a stretch of an article file is: the reader view shows body text and folds furniture. */
export const SegmentKind = z.enum(SEGMENT_KINDS);
export type SegmentKind = z.infer<typeof SegmentKind>;

export const Segment = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: SegmentKind,
  /** For furniture/credit: which rule recognised it (`read-also`, `tags`, `ad-marker`, …). */
  reason: z.string().optional(),
});
export type Segment = z.infer<typeof Segment>;

export const Source = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Path relative to the seeds directory, `/`-separated. */
  file: z.string().min(1),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: PublishedAt.nullable(),
  /** Where the article text is, relative to the dataset file (loaded when a reader opens it). */
  textUrl: z.string().min(1),
  /** Length of the article text in UTF-16 code units (the unit of excerpt offsets). */
  length: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;

/** One article's full text, as read (BOM removed), with its segments in order. */
export const ArticleText = z
  .object({
    id: z.string(),
    text: z.string(),
    segments: z.array(Segment),
  })
  .superRefine((a, ctx) => {
    let last = 0;
    for (const [i, s] of a.segments.entries()) {
      if (s.start < last || s.end <= s.start || s.end > a.text.length)
        ctx.addIssue({
          code: 'custom',
          path: ['segments', i],
          message: 'segments must be ordered, non-empty and inside the text',
        });
      last = s.end;
    }
  });
export type ArticleText = z.infer<typeof ArticleText>;

export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  kind: ActorKind,
  name: Bilingual,
  /** The spellings met in the corpus, as written. */
  aliases: z.array(z.string()),
  /** False for a person recognised only from a title ("الرئيس …") and not in the gazetteer. */
  inGazetteer: z.boolean(),
});
export type Actor = z.infer<typeof Actor>;

export const Place = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: Bilingual,
  aliases: z.array(z.string()),
});
export type Place = z.infer<typeof Place>;

export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const Excerpt = z.object({
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Exactly `articleText.slice(start, end)`. */
  text: z.string().min(1),
});
export type Excerpt = z.infer<typeof Excerpt>;

/**
 * One event as the index lists it: everything the timeline, the list and the filters need.
 * What the articles say about it (its excerpts) is in its details file.
 */
export const TimelineEvent = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  date: EventDate,
  title: Bilingual,
  type: EventType,
  actors: z.array(z.string()),
  places: z.array(z.string()),
  /** Before 2019 and cited by the articles as history. */
  background: z.boolean(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/**
 * An event's details file: every excerpt that reports it, in article order, and the records of
 * the articles they come from.
 */
export const EventDetails = z
  .object({
    id: TimelineEvent.shape.id,
    sources: z.array(Source).min(1),
    excerpts: z.array(Excerpt).min(1),
  })
  .superRefine((d, ctx) => {
    const lengths = new Map<string, number>();
    d.sources.forEach((source, i) => {
      if (lengths.has(source.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i], message: `duplicate source id "${source.id}"` });
      lengths.set(source.id, source.length);
    });
    d.excerpts.forEach((x, i) => {
      const length = lengths.get(x.sourceId);
      if (length === undefined)
        ctx.addIssue({ code: 'custom', path: ['excerpts', i], message: `unknown source "${x.sourceId}"` });
      else if (x.end <= x.start || x.end > length || x.text.length !== x.end - x.start)
        ctx.addIssue({
          code: 'custom',
          path: ['excerpts', i],
          message: `excerpt offsets do not fit source "${x.sourceId}"`,
        });
    });
  });
export type EventDetails = z.infer<typeof EventDetails>;

/** Order events by date (a month sorts before the days inside it), then by id. */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    actors: z.array(Actor),
    places: z.array(Place),
    events: z.array(TimelineEvent),
  })
  .superRefine((d, ctx) => {
    const unique = (ids: string[], what: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${id}"` });
        seen.add(id);
      }
      return seen;
    };
    const actorIds = unique(
      d.actors.map((a) => a.id),
      'actor',
    );
    const placeIds = unique(
      d.places.map((p) => p.id),
      'place',
    );
    unique(
      d.events.map((e) => e.id),
      'event',
    );
    d.events.forEach((e, i) => {
      if (i > 0 && compareEvents(d.events[i - 1]!, e) > 0)
        ctx.addIssue({ code: 'custom', path: ['events', i], message: `events are not sorted by date at "${e.id}"` });
      for (const a of e.actors)
        if (!actorIds.has(a)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `unknown actor "${a}"` });
      for (const p of e.places)
        if (!placeIds.has(p)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `unknown place "${p}"` });
    });
  });
export type Dataset = z.infer<typeof Dataset>;

