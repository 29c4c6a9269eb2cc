/**
 * The compiler: a folder of articles → the dataset (timeline.json), the events' details and the
 * articles' texts, each grouped a few to a file (../schema/paths.ts).
 * Pure apart from reading the article files; the CLI (cli.ts) handles arguments, output and exit codes.
 */
import { createHash } from 'node:crypto';
import {
  ArticleTextFile,
  Dataset,
  DatasetFile,
  EventDetailsFile,
  type ArticleText,
  type EventDetails,
  SCHEMA_VERSION,
  Source,
  compareEvents,
  type Actor,
  type Excerpt,
  type Place,
  toDatasetFile,
  type TimelineEvent,
} from '../schema/dataset';
import { ARTICLES_PER_TEXT_FILE, articleTextPath, eventDetailsPath } from '../schema/paths';
import type { Clause } from './extract';
import { loadGazetteer, type Gazetteer } from './entities';
import { forEachMention, titledMentions, type PackedMentions } from './entities/packed';
import type { Manifest } from './manifest';
import {
  mergeCandidates,
  matchScore,
  scoreBound,
  scoreCeiling,
  startMerge,
  MATCH_THRESHOLD,
  type Candidate,
  type Draft,
  type IncrementalMerge,
  type MergeKnowledge,
} from './merge';
import { compileArticles, type CompiledArticle } from './parallel';
import { intersect, publishedAtOf, resolveInWindow, windowOf, type PubWindow } from './published';
import { buildTitle } from './titles';
import type { DateExpr, TextSegment } from './types';

export interface CompileOptions {
  seedsDir: string;
  /** File names relative to seedsDir, `/`-separated. Sorted by the caller. */
  files: readonly string[];
  manifest: Manifest | null;
  onProgress?: (done: number, total: number) => void;
  /**
   * Compile articles in worker threads too: 'auto' (the default) when the corpus is large enough
   * for a worker to pay for its start-up, or always / never (tests compare the two paths).
   */
  workers?: 'auto' | 'always' | 'never';
  /**
   * Called with each article text file and its path as soon as it is final, while the other
   * articles are still being analysed: the CLI serialises it then. The files handed over are not
   * kept (`CompileResult.textFiles` is then empty).
   */
  onTextFile?: (file: ArticleTextFile, path: string) => void;
  /**
   * Called with each event details file and its path as soon as it is final, before the index is
   * checked and serialised: the CLI's writer thread writes the details meanwhile (handed over
   * after the index, they kept the compile waiting for the writer ~0.3–0.5 s at 10,000 articles).
   * The files handed over are not kept (`CompileResult.detailFiles` is then empty).
   */
  onDetailFile?: (file: EventDetailsFile, path: string) => void;
}

export interface ArticleReport {
  file: string;
  events: number;
  excerpts: number;
  furnitureBlocks: number;
  publishedAt: string;
}

export interface CompileReport {
  read: number;
  skipped: { file: string; reason: string }[];
  failed: { file: string; reason: string }[];
  furnitureBlocks: number;
  events: number;
  articles: ArticleReport[];
  warnings: string[];
}

export interface CompileResult {
  /** The index, as the app uses it. */
  dataset: Dataset;
  /** The index as timeline.json stores it (`dataset`, packed and validated). */
  file: DatasetFile;
  /**
   * Every event's details, as they are written: each file under its path (`eventDetailsPath`), by
   * path; empty when `onDetailFile` took them.
   */
  detailFiles: { path: string; file: EventDetailsFile }[];
  /** Every article read, in file order (each event's details carry those it cites). */
  sources: Source[];
  /**
   * The articles' texts as they are written, ARTICLES_PER_TEXT_FILE to a file (`articleTextPath`);
   * empty when `onTextFile` took them.
   */
  textFiles: ArticleTextFile[];
  report: CompileReport;
}

interface Article {
  source: Omit<Source, 'publishedAt'>;
  order: number;
  text: string;
  segments: TextSegment[];
  clauses: Clause[];
  mentions: PackedMentions;
  window: PubWindow | null;
  /** The window came from the manifest or a dateline: other articles cannot override it. */
  fixed: boolean;
}

function hash(s: string, n = 8): string {
  return createHash('sha1').update(s).digest('hex').slice(0, n);
}

function sourceIdOf(file: string, taken: Set<string>): string {
  const base = file
    .replace(/\.txt$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let id = base.length > 0 ? base : `article-${hash(file)}`;
  if (taken.has(id)) id = `${id}-${hash(file, 6)}`;
  taken.add(id);
  return id;
}

const DAYISH = new Set(['weekday', 'relative']);

function eventTypeOf(c: Clause) {
  return c.trigger ? { type: c.trigger.type, template: c.trigger.template } : null;
}

/** "الأربعاء" in "سيسافر … يوم الأربعاء" is the coming Wednesday; in a past-tense clause, the last one. */
function withTense(c: Clause): DateExpr {
  const e = c.mention.expr;
  if ((e.kind === 'weekday' || e.kind === 'month-day') && e.direction === 'nearest' && c.future)
    return { ...e, direction: 'future' };
  if (e.kind === 'weekday' && e.direction === 'nearest') return { ...e, direction: 'past' };
  return e;
}

function candidatesOf(a: Article): Candidate[] {
  const out: Candidate[] = [];
  a.clauses.forEach((clause, i) => {
    const t = eventTypeOf(clause);
    if (!t) return;
    const value = resolveInWindow(withTense(clause), a.window);
    if (!value) return;
    out.push({
      sourceId: a.source.id,
      order: a.order * 100_000 + i,
      clause,
      value,
      type: t.type,
      template: t.template,
      create: !clause.fromCaption,
    });
  });
  return out;
}

/**
 * An article that gives no date of its own can still be placed: when it reports, with a weekday
 * or "yesterday", an occurrence that other articles date, it was written within days of that date.
 * Only day-level expressions are used: "last June" would place a recurring event in the wrong year.
 */
/**
 * Positions of the drafts by `type|actor`. matchScore is 0 unless the type is the same and an
 * actor is shared, so only these drafts can match: looking them up keeps placing undated
 * articles linear in the corpus size (scanning every draft for every clause was quadratic —
 * ~1 s of a 1,000-article compile, minutes at 10,000).
 */
export function draftsByTypeAndActor(drafts: readonly Draft[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    for (const actor of d.actors.keys()) {
      const key = `${d.type}|${actor}`;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

function crossArticleWindow(
  a: Article,
  drafts: readonly Draft[],
  byTypeAndActor: ReadonlyMap<string, readonly number[]>,
  k: MergeKnowledge,
): PubWindow | null {
  let win: PubWindow | null = null;
  for (const clause of a.clauses) {
    const t = eventTypeOf(clause);
    const expr = clause.mention.expr;
    if (!t || !DAYISH.has(expr.kind) || clause.fromCaption) continue;
    if (expr.kind === 'relative' && expr.unit !== 'day' && expr.unit !== 'week') continue;
    let best: { d: Draft; s: number } | null = null;
    const months = new Set<string>();
    // The same drafts, in the same order, as a scan of all of them would score above zero: each
    // actor's list is in draft order already, so they are merged as they are walked (the loop
    // often stops early). Collecting them in a Set and sorting it was most of this function.
    const picked = sortedUnion(clause.actors.map((actor) => byTypeAndActor.get(`${t.type}|${actor}`) ?? []));
    // One probe per clause, its value set per draft (matchScore keeps nothing).
    let probe: Candidate | null = null;
    const persons = clause.actors.map((a) => k.isPerson(a));
    const ceiling = scoreCeiling(clause, persons);
    for (let i = picked.next(); i >= 0; i = picked.next()) {
      const d = drafts[i]!;
      // A draft that cannot reach the bar whatever it shares is not looked at further (`place` in
      // merge.ts does the same).
      if (scoreBound(ceiling, clause.wordCount, d.primary.clause.wordCount) < MATCH_THRESHOLD + 1) continue;
      if (d.candidates.every((c) => c.sourceId === a.source.id) || d.date.precision === 'year') continue;
      probe ??= {
        sourceId: a.source.id,
        order: 0,
        clause,
        value: d.date,
        type: t.type,
        template: t.template,
        create: true,
      };
      probe.value = d.date;
      const s = matchScore(probe, d, k, MATCH_THRESHOLD + 1, undefined, persons);
      if (s < MATCH_THRESHOLD + 1) continue;
      months.add(d.date.start.slice(0, 7));
      if (!best || s > best.s) best = { d, s };
      // Two months already qualify, so this clause gives no evidence whatever the rest score:
      // stopping here keeps a corpus where every event involves the same leaders linear.
      if (months.size > 1) break;
    }
    // Two dated occurrences fit equally well ("a Putin–Kim summit on a Wednesday"): no evidence.
    if (!best || months.size > 1) continue;
    const v = best.d.date;
    const from = v.start.length === 10 ? v.start : `${v.start.slice(0, 7)}-01`;
    const lastOf = windowOf(v.end ?? v.start, 'inferred', '').hi;
    let lo = from;
    let hi = lastOf;
    // Where the reference can be relative to the reported day: a past weekday is 0–6 days before
    // publication, a coming one 1–6 days after, "yesterday" one day before, "last week" 1–13 days.
    if (expr.kind === 'weekday') {
      if (expr.direction === 'future' || clause.future) {
        lo = shift(from, -6);
        hi = shift(lastOf, -1);
      } else hi = shift(lastOf, 6);
    } else if (expr.kind === 'relative') {
      const days = expr.unit === 'week' ? 7 * expr.amount : expr.amount;
      lo = shift(from, -days - (expr.unit === 'week' ? 6 : 0));
      hi = shift(lastOf, -days + (expr.unit === 'week' ? 6 : 0));
    }
    const excerpt = best.d.primary.clause;
    const sourceOf = best.d.primary.sourceId;
    const w: PubWindow = {
      lo: lo < hi ? lo : hi,
      hi: lo < hi ? hi : lo,
      basis: 'inferred',
      evidence: `reports "${clause.mention.text}" an occurrence that ${sourceOf} dates ${v.start}${v.end ? `–${v.end}` : ''} (${excerpt.mention.text})`,
    };
    win = win ? intersect(win, w) : w;
    if (!win) return null; // Contradictory evidence: better no date than a wrong one.
  }
  return win;
}

/**
 * The union of ascending lists of non-negative numbers, ascending and without repeats, one number
 * per `next()` (-1 at the end): a merge, so nothing is built that the caller does not reach.
 */
export function sortedUnion(lists: readonly (readonly number[])[]): { next(): number } {
  const at = new Array<number>(lists.length).fill(0);
  let last = -1;
  return {
    next() {
      let min = -1;
      for (let j = 0; j < lists.length; j++) {
        const list = lists[j]!;
        let p = at[j]!;
        while (p < list.length && list[p]! <= last) p++;
        at[j] = p;
        if (p < list.length && (min < 0 || list[p]! < min)) min = list[p]!;
      }
      if (min >= 0) last = min;
      return min;
    },
  };
}

function shift(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function countFurniture(segments: readonly TextSegment[]): number {
  // A block is a run of consecutive furniture lines (a "read also" list counts once).
  let blocks = 0;
  let prev = false;
  for (const s of segments) {
    const f = s.kind === 'furniture';
    if (f && !prev) blocks++;
    prev = f;
  }
  return blocks;
}

export function compileCorpus(opts: CompileOptions): CompileResult {
  const gazetteer: Gazetteer = loadGazetteer();
  const across = startAcross(opts, gazetteer);
  // Reading, segmenting and analysing each article needs no other article (but for the repeated
  // lines, which compileArticles finds in between): two thirds of the time, so done in parallel.
  // Each article is merged as soon as it and those before it are compiled, between the articles
  // this thread analyses (left to the end, merging kept the other core idle for seconds).
  compileArticles(opts, gazetteer, {}, across.add);
  return across.finish();
}

/**
 * The corpus-wide half of a compile: the articles compiled alone (`compileArticles`), added in
 * file order, merged into events and assembled.
 */
function startAcross(
  opts: CompileOptions,
  gazetteer: Gazetteer,
): { add: (index: number, compiled: CompiledArticle) => void; finish: () => CompileResult } {
  const report: CompileReport = {
    read: 0,
    skipped: [],
    failed: [],
    furnitureBlocks: 0,
    events: 0,
    articles: [],
    warnings: [],
  };
  const taken = new Set<string>();
  const articles: Article[] = [];
  const textFiles: ArticleTextFile[] = [];
  let written = 0;
  let pendingTexts: ArticleText[] = [];
  // The text files depend on nothing the merging decides: final (and validated) once full.
  const flushTexts = () => {
    if (pendingTexts.length === 0) return;
    const file = ArticleTextFile.parse({ articles: pendingTexts });
    const path = articleTextPath(written * ARTICLES_PER_TEXT_FILE);
    written++;
    // Handed over, it is not kept to the end as well (~20 MB of peak RSS at 10,000 articles).
    if (opts.onTextFile) opts.onTextFile(file, path);
    else textFiles.push(file);
    pendingTexts = [];
  };
  const knowledge: MergeKnowledge = {
    isPerson: (id) => gazetteer.actorKind(id) === 'person',
    parentOf: (id) => gazetteer.parentOf(id),
  };
  // Only what the articles so far say is asked of the gazetteer while merging (whether an actor of
  // theirs is a person), and they were all learned: the merge is the one made after the last.
  // (An article with 100,000 dated clauses or more would make the orders overlap: then everything
  // is merged at the end, sorted, as it always was.)
  let firstMerge: IncrementalMerge | null = startMerge(knowledge);
  let lastOrder = -1;
  const add = (i: number, c: CompiledArticle) => {
    const file = opts.files[i]!;
    // One bad file never loses the others: it is reported, in file order, and the rest compile.
    report.warnings.push(...c.read.warnings);
    if (c.read.failed !== undefined) report.failed.push({ file, reason: c.read.failed });
    if (c.read.skipped !== undefined) report.skipped.push({ file, reason: c.read.skipped });
    if (c.read.text === undefined || !c.article) return;
    const { text } = c.read;
    const a = c.article;
    // People introduced by a title become known to the gazetteer as they are met, in corpus order
    // (a worker met them in its own copy of it).
    gazetteer.learnTitled(text, titledMentions(a.mentions));
    const article: Article = {
      source: {
        id: sourceIdOf(file, taken),
        file,
        outlet: a.outlet,
        title: a.title,
        url: opts.manifest?.get(file)?.url ?? null,
        textUrl: '',
        length: text.length,
      },
      order: articles.length,
      text,
      segments: a.segments,
      clauses: a.clauses,
      mentions: a.mentions,
      window: a.window,
      fixed: a.fixed,
    };
    articles.push(article);
    pendingTexts.push({ id: article.source.id, text, segments: a.segments });
    if (pendingTexts.length === ARTICLES_PER_TEXT_FILE) flushTexts();
    if (!firstMerge) return;
    for (const candidate of candidatesOf(article)) {
      if (candidate.order < lastOrder) {
        firstMerge = null;
        return;
      }
      lastOrder = candidate.order;
      firstMerge.add(candidate);
    }
  };
  return {
    add,
    finish: () => {
      flushTexts();
      return finishAcross(opts, articles, textFiles, firstMerge, knowledge, gazetteer, report);
    },
  };
}

function finishAcross(
  opts: CompileOptions,
  articles: Article[],
  textFiles: ArticleTextFile[],
  firstMerge: IncrementalMerge | null,
  knowledge: MergeKnowledge,
  gazetteer: Gazetteer,
  report: CompileReport,
): CompileResult {
  report.read = articles.length;
  for (const a of articles) a.source.textUrl = articleTextPath(a.order);

  let drafts = firstMerge ? firstMerge.finish() : mergeCandidates(articles.flatMap(candidatesOf), knowledge);

  // Second round: place undated articles by the occurrences they share with dated ones.
  let changed = false;
  const byTypeAndActor = draftsByTypeAndActor(drafts);
  for (const a of articles) {
    if (a.fixed || a.window) continue;
    const w = crossArticleWindow(a, drafts, byTypeAndActor, knowledge);
    if (w) {
      a.window = w;
      changed = true;
    }
  }
  if (changed) drafts = mergeCandidates(articles.flatMap(candidatesOf), knowledge);
  for (const a of articles)
    if (!a.window)
      report.warnings.push(
        `${a.source.file}: publication date unknown; relative dates in it ("yesterday", "Wednesday") were not placed`,
      );

  return { ...assemble(articles, drafts, gazetteer, report, opts.onDetailFile), textFiles };
}

/**
 * Who did it (A), with or to whom (B), where (P). A is the person named nearest the trigger word,
 * else the clause's first actor — news agencies never (they report; they are not the actors). For a visit, P is
 * where the clause says it went, and A is never that place itself.
 */
function titleOf(d: Draft, actors: readonly string[], places: readonly string[], g: Gazetteer) {
  const c = d.primary.clause;
  const inClause = c.actorMentions.filter((m) => !g.isMedia(m.id)).sort((x, y) => x.start - y.start);
  const order = [...new Set([...inClause.map((m) => m.id), ...actors.filter((x) => !g.isMedia(x))])];
  const isTravel = d.primary.template === 'visit' || d.primary.template === 'arrival';
  const placesFirst = (ids: Iterable<string>) =>
    [...ids].sort((x, y) => Number(!!g.actorKind(x)) - Number(!!g.actorKind(y)));
  const nearest = inClause
    .filter((m) => m.person)
    .sort((x, y) => Math.abs(x.start - c.triggerAt) - Math.abs(y.start - c.triggerAt))[0];
  // Who speaks follows the verb of saying ("وأعلنت كوريا الجنوبية الخميس أنها…"), whoever the
  // quote then names.
  const speaker =
    d.type === 'statement' ? inClause.find((m) => m.start >= c.triggerAt && m.start - c.triggerAt <= 25) : undefined;
  let agent = speaker?.id ?? nearest?.id ?? order[0] ?? actors[0]!;
  const home = g.countryOf(agent);
  // Where it went: a place or country the clause puts it in, else a country named right after the
  // verb ("زار طهران").
  const destination = isTravel
    ? (placesFirst([...c.locations, ...d.locations]).find((x) => x !== home) ??
      c.actorMentions.find(
        (m) => m.id !== home && g.actorKind(m.id) === 'country' && m.start > c.triggerAt && m.start - c.triggerAt < 30,
      )?.id ??
      null)
    : null;
  if (destination && agent === destination) {
    const other = order.find((x) => x !== destination);
    if (!other) {
      const p = g.actorKind(destination) ? g.nameOf(destination) : g.placeName(destination);
      return {
        text: { ar: `زيارة إلى ${p.ar}`, en: `Visit to ${p.en}` },
        agent: destination,
        partner: null,
        place: destination,
      };
    }
    agent = other;
  }
  const partner = isTravel ? null : (order.find((x) => x !== agent && x !== g.countryOf(agent)) ?? null);
  const place = destination ?? c.places[0] ?? (isTravel ? null : (places[0] ?? null));
  const name = (id: string) => (g.actorKind(id) ? g.nameOf(id) : g.placeName(id));
  const text = buildTitle(d.primary.template, {
    a: g.nameOf(agent),
    ...(partner ? { b: g.nameOf(partner) } : {}),
    ...(place ? { p: name(place) } : {}),
  });
  return { text, agent, partner, place };
}

function assemble(
  articles: Article[],
  drafts: Draft[],
  gazetteer: Gazetteer,
  report: CompileReport,
  onDetailFile: CompileOptions['onDetailFile'],
): Omit<CompileResult, 'textFiles'> {
  const textOf = new Map(articles.map((a) => [a.source.id, a.text]));
  const usedActors = new Map<string, Set<string>>();
  const usedPlaces = new Map<string, Set<string>>();
  const noteAlias = (map: Map<string, Set<string>>, id: string) => {
    if (!map.has(id)) map.set(id, new Set());
  };

  const events: (TimelineEvent & Pick<EventDetails, 'excerpts'>)[] = [];
  for (const d of drafts) {
    if (!d.candidates.some((c) => c.create)) continue;
    const actors = [...d.actors.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id]) => id);
    const places = [...d.places].sort();
    const excerpts: Excerpt[] = [];
    const seen = new Set<string>();
    for (const c of [...d.candidates].sort((x, y) => x.order - y.order)) {
      const key = `${c.sourceId}:${c.clause.sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = textOf.get(c.sourceId)!;
      const { start, end } = c.clause.sentence;
      excerpts.push({ sourceId: c.sourceId, start, end, text: text.slice(start, end) });
    }
    const title = titleOf(d, actors, places, gazetteer);
    for (const id of actors) noteAlias(usedActors, id);
    for (const id of places) noteAlias(usedPlaces, id);
    const date = { ...d.date };
    if (date.end === undefined) delete date.end;
    if (!date.approximate) delete date.approximate;
    const idKey = `${d.type}|${date.start.slice(0, 7)}|${title.agent}|${title.partner ?? ''}|${title.place ?? ''}`;
    events.push({
      id: `${date.start.slice(0, 7)}-${d.primary.template}-${hash(idKey, 6)}`,
      date,
      title: title.text,
      type: d.type,
      actors,
      places,
      background: (date.end ?? date.start) < '2019',
      excerpts,
    });
  }
  // Ids must be unique: a second occurrence with the same key gets a suffix, in date order.
  events.sort(compareEvents);
  const ids = new Map<string, number>();
  for (const e of events) {
    const n = (ids.get(e.id) ?? 0) + 1;
    ids.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  events.sort(compareEvents);

  // A person the body introduces by a title but the gazetteer lacks is recorded even without an
  // event, so an editor can see who is missing and add them.
  for (const a of articles)
    for (const m of titledMentions(a.mentions))
      if (a.segments.some((s) => s.kind === 'body' && s.start <= m.start && m.end <= s.end))
        noteAlias(usedActors, m.id);

  // Aliases: the spellings met in the articles.
  for (const a of articles)
    forEachMention(a.mentions, (id, type, start, end) =>
      (type === 'actor' ? usedActors : usedPlaces).get(id)?.add(a.text.slice(start, end)),
    );

  const actors: Actor[] = [...usedActors.entries()]
    .map(([id, aliases]) => gazetteer.actorRecord(id, [...aliases].sort()))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const places: Place[] = [...usedPlaces.entries()]
    .map(([id, aliases]) => ({ id, name: gazetteer.placeName(id), aliases: [...aliases].sort() }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));

  const sources: Source[] = articles.map((a) => Source.parse({ ...a.source, publishedAt: publishedAtOf(a.window) }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  // The details first, so that they are being written while the index is checked (below).
  // Each file lists its events in the index's order; files by path, so the output is one order.
  const byPath = new Map<string, EventDetails[]>();
  for (const e of events) {
    const path = eventDetailsPath(e.id, events.length);
    let list = byPath.get(path);
    if (!list) byPath.set(path, (list = []));
    list.push({
      id: e.id,
      sources: [...new Set(e.excerpts.map((x) => x.sourceId))].map((id) => sourceById.get(id)!),
      excerpts: e.excerpts,
    });
  }
  const detailFiles: CompileResult['detailFiles'] = [];
  for (const [path, list] of [...byPath].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = EventDetailsFile.parse({ events: list });
    if (onDetailFile) onDetailFile(file, path);
    else detailFiles.push({ path, file });
  }
  const dataset = Dataset.parse({
    schemaVersion: SCHEMA_VERSION,
    actors,
    places,
    events: events.map(({ excerpts: _, ...e }) => e),
  });
  const file = DatasetFile.parse(toDatasetFile(dataset));

  // Per-article counts in one pass over the events (filtering all events per article was quadratic).
  const eventsOf = new Map<string, number>();
  const excerptsOf = new Map<string, number>();
  for (const e of events) {
    for (const id of new Set(e.excerpts.map((x) => x.sourceId))) eventsOf.set(id, (eventsOf.get(id) ?? 0) + 1);
    for (const x of e.excerpts) excerptsOf.set(x.sourceId, (excerptsOf.get(x.sourceId) ?? 0) + 1);
  }
  for (const a of articles) {
    const furniture = countFurniture(a.segments);
    report.furnitureBlocks += furniture;
    const pub = publishedAtOf(a.window);
    report.articles.push({
      file: a.source.file,
      events: eventsOf.get(a.source.id) ?? 0,
      excerpts: excerptsOf.get(a.source.id) ?? 0,
      furnitureBlocks: furniture,
      publishedAt: pub ? `${pub.date} (${pub.basis})` : 'unknown',
    });
  }
  report.events = events.length;
  return { dataset, file, detailFiles, sources, report };
}
