/**
 * The one description of Khatt's compiled dataset. The compiler validates what it writes
 * against it and the app validates what it reads; every type is inferred from here.
 * Shared by the Node compiler and the browser app, so it must import neither `node:*` nor DOM.
 */
import { z } from 'zod';

import { isIsoAtPrecision, precisionOfIso } from './iso-date';
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, SCHEMA_VERSION, SEGMENT_KINDS } from './vocabulary';

export { DATASET_FILE, EVENT_DETAILS_DIR, eventDetailsPath } from './paths';
export { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, SCHEMA_VERSION, SEGMENT_KINDS } from './vocabulary';
export { fromDatasetFile, toDatasetFile } from './dataset-file';
export { isIsoAtPrecision, precisionOfIso } from './iso-date';



/** Event, actor, place and article ids. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

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
  id: z.string().regex(ID),
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

/** Items of a grouped file must not repeat an id: the app finds its item by id. */
function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, key: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

/** An article text file (`Source.textUrl`): a few articles, in corpus order. */
export const ArticleTextFile = z
  .object({ articles: z.array(ArticleText).min(1) })
  .superRefine((f, ctx) => uniqueIds(f.articles, ctx, 'articles'));
export type ArticleTextFile = z.infer<typeof ArticleTextFile>;

export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  id: z.string().regex(ID),
  kind: ActorKind,
  name: Bilingual,
  /** The spellings met in the corpus, as written. */
  aliases: z.array(z.string()),
  /** False for a person recognised only from a title ("الرئيس …") and not in the gazetteer. */
  inGazetteer: z.boolean(),
});
export type Actor = z.infer<typeof Actor>;

export const Place = z.object({
  id: z.string().regex(ID),
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
  id: z.string().regex(ID),
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
 * An event's details: every excerpt that reports it, in article order, and the records of
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

/** An event details file (`eventDetailsPath`): the details of a few events, in the index's order. */
export const EventDetailsFile = z
  .object({ events: z.array(EventDetails).min(1) })
  .superRefine((f, ctx) => uniqueIds(f.events, ctx, 'events'));
export type EventDetailsFile = z.infer<typeof EventDetailsFile>;

/** Order by start date (a month sorts before the days inside it), then by id. */
function compareStartThenId(aStart: string, aId: string, bStart: string, bId: string): number {
  if (aStart !== bStart) return aStart < bStart ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** Order events by date (a month sorts before the days inside it), then by id. */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  return compareStartThenId(a.date.start, a.id, b.date.start, b.id);
}

/** Reports each id met before (`duplicate actor id "x"`); returns the ids. */
function checkUnique(ids: readonly string[], what: string, ctx: z.RefinementCtx): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  }
  return seen;
}

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    actors: z.array(Actor),
    places: z.array(Place),
    events: z.array(TimelineEvent),
  })
  .superRefine((d, ctx) => {
    const actorIds = checkUnique(
      d.actors.map((a) => a.id),
      'actor',
      ctx,
    );
    const placeIds = checkUnique(
      d.places.map((p) => p.id),
      'place',
      ctx,
    );
    checkUnique(
      d.events.map((e) => e.id),
      'event',
      ctx,
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


/**
 * One column of `DatasetFile`: an array whose entries are checked by one plain loop. zod's
 * element-by-element parse allocates for every entry; run once, cold, over the ten columns of
 * 10,000 events it took ~70 ms of the ~0.1 s the file's validation took (Node 20; more in the
 * page's worker), where a loop takes a few ms (issue 4). The JSON Schema says the same as the
 * check (`items`). Its issues stop the parse (`continue: false`), so the file's own checks below
 * never meet a malformed column.
 */
function column<T>(what: string, is: (value: unknown) => value is T, items: Record<string, unknown>) {
  return z
    .custom<T[]>()
    .superRefine((values, ctx) => {
      if (!Array.isArray(values)) {
        ctx.addIssue({ code: 'custom', message: `expected an array of ${what}`, continue: false });
        return;
      }
      for (let i = 0; i < values.length; i++)
        if (!is(values[i])) {
          ctx.addIssue({ code: 'custom', path: [i], message: `expected ${what}`, continue: false });
          return;
        }
    })
    .meta({ type: 'array', items });
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isBit = (v: unknown): v is 0 | 1 => v === 0 || v === 1;
/** A position in one of the file's tables. */
const isRef = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isRefs = (v: unknown): v is number[] => Array.isArray(v) && v.every(isRef);
const REF = { type: 'integer', minimum: 0 };

/**
 * What `timeline.json` holds: the `Dataset`, packed. Events are stored by column (one array per
 * field, entry i of each describing event i) and titles and types once each in a table that
 * events refer to by position; an event's precision is the shape of its start (`2024` year,
 * `2024-06` month, `2024-06-05` day). At 10,000 events this is 0.6 MB where the same events as
 * objects are 2.8 MB, and it is the reading of that file, not the network, that the first paint
 * waits for (issue 4; BENCHMARKS.md). `toDatasetFile` and `fromDatasetFile` (./dataset-file.ts)
 * convert; whatever passes this schema unpacks to a valid `Dataset`.
 */
export const DatasetFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    actors: z.array(Actor),
    places: z.array(Place),
    /** Every distinct event title once; `events.title` refers to them by position. */
    titles: z.array(Bilingual),
    /** The event types used; `events.type` refers to them by position. */
    types: z.array(EventType),
    /** One entry per event in each column, in date order (`compareEvents`). */
    events: z.object({
      id: column('an id', isString, { type: 'string', pattern: ID.source }),
      /** ISO date cut to the event's precision, which it gives. */
      start: column('an ISO date', isString, { type: 'string' }),
      /** Last day/month/year of a span, inclusive, at the start's precision; null for none. */
      end: column('an ISO date or null', isStringOrNull, { type: ['string', 'null'] }),
      inferred: column('0 or 1', isBit, { enum: [0, 1] }),
      approximate: column('0 or 1', isBit, { enum: [0, 1] }),
      background: column('0 or 1', isBit, { enum: [0, 1] }),
      /** Position in `titles`. */
      title: column('a position (an integer ≥ 0)', isRef, REF),
      /** Position in `types`. */
      type: column('a position (an integer ≥ 0)', isRef, REF),
      /** Positions in `actors`. */
      actors: column('a list of positions (integers ≥ 0)', isRefs, { type: 'array', items: REF }),
      /** Positions in `places`. */
      places: column('a list of positions (integers ≥ 0)', isRefs, { type: 'array', items: REF }),
    }),
  })
  .superRefine((f, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    checkUnique(
      f.actors.map((a) => a.id),
      'actor',
      ctx,
    );
    checkUnique(
      f.places.map((p) => p.id),
      'place',
      ctx,
    );
    const c = f.events;
    const n = c.id.length;
    let columnsFit = true;
    for (const [name, column] of Object.entries(c))
      if (column.length !== n) {
        issue(['events', name], `has ${column.length} entries where events.id has ${n} (one per event)`);
        columnsFit = false;
      }
    if (!columnsFit) return;
    checkUnique(c.id, 'event', ctx);
    const inRange = (column: string, i: number, ref: number, size: number, table: string) => {
      if (ref >= size) issue(['events', column, i], `refers to ${table}[${ref}], and there are ${size}`);
    };
    for (let i = 0; i < n; i++) {
      const id = c.id[i]!;
      const start = c.start[i]!;
      const end = c.end[i]!;
      if (!ID.test(id)) issue(['events', 'id', i], `"${id}" is not an id (a-z, 0-9 and -)`);
      const precision = precisionOfIso(start);
      if (precision === null) issue(['events', 'start', i], `"${start}" is not an ISO year, month or day`);
      else if (end !== null) {
        if (!isIsoAtPrecision(end, precision))
          issue(['events', 'end', i], `"${end}" is not an ISO ${precision}, as its start "${start}" is`);
        else if (end <= start) issue(['events', 'end', i], `"${end}" is not after its start "${start}"`);
      }
      if (i > 0 && compareStartThenId(c.start[i - 1]!, c.id[i - 1]!, start, id) > 0)
        issue(['events', 'id', i], `events are not sorted by date at "${id}"`);
      inRange('title', i, c.title[i]!, f.titles.length, 'titles');
      inRange('type', i, c.type[i]!, f.types.length, 'types');
      for (const a of c.actors[i]!) inRange('actors', i, a, f.actors.length, 'actors');
      for (const p of c.places[i]!) inRange('places', i, p, f.places.length, 'places');
    }
  });
export type DatasetFile = z.infer<typeof DatasetFile>;
