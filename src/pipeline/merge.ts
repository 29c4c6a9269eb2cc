/**
 * Reports → occurrences. Sentences from different articles (or twice in one) that report the
 * same occurrence become one event: same type, overlapping dates, shared actors or place, similar
 * wording. Candidates are indexed by (type, year, actor), so each is compared only with the few
 * events that could match — merging stays linear as the corpus grows.
 */
import type { EventType } from '../schema/dataset';
import { dayInterval, daySpan, overlaps, spanDays } from './calendar';
import { countWords, type Clause } from './extract';
import type { TemplateKey } from './triggers';
import type { DateValue } from './types';

export interface Candidate {
  sourceId: string;
  /** Position of the source in the sorted corpus, then of the clause in it: a stable order. */
  order: number;
  clause: Clause;
  value: DateValue;
  type: EventType;
  template: TemplateKey;
  /** Captions and weak reports only attach to an event another report created. */
  create: boolean;
}

export interface Draft {
  candidates: Candidate[];
  /** The report whose date and wording define the event (the most precise, then the earliest). */
  primary: Candidate;
  date: DateValue;
  type: EventType;
  actors: Map<string, number>;
  places: Set<string>;
  locations: Set<string>;
}

export interface MergeKnowledge {
  isPerson: (actorId: string) => boolean;
  /**
   * The place or country a place lies in (Vostochny → Russian Far East → Russia). Fixed for the
   * knowledge's lifetime: the lineages it gives are remembered.
   */
  parentOf: (id: string) => string | undefined;
}

/**
 * Each knowledge's lineages, worked out once per place: the merge asks for the same few places
 * millions of times.
 */
const lineages = new WeakMap<MergeKnowledge, Map<string, readonly string[]>>();

function lineage(id: string, k: MergeKnowledge): readonly string[] {
  let known = lineages.get(k);
  if (!known) lineages.set(k, (known = new Map()));
  let out = known.get(id);
  if (!out) {
    const chain = [id];
    for (let p = k.parentOf(id); p && chain.length < 8; p = k.parentOf(p)) chain.push(p);
    known.set(id, (out = chain));
  }
  return out;
}

const sizeOf = (x: readonly string[] | ReadonlySet<string>) => ('size' in x ? x.size : x.length);

/** Two reports can be of one occurrence only if where they put it can be the same place. */
export function locationsCompatible(
  a: readonly string[] | ReadonlySet<string>,
  b: readonly string[] | ReadonlySet<string>,
  k: MergeKnowledge,
): boolean {
  // Most reports say nowhere: answer before copying anything.
  if (sizeOf(a) === 0 || sizeOf(b) === 0) return true;
  for (const x of a) {
    const lx = lineage(x, k);
    for (const y of b) if (lx.includes(y) || lineage(y, k).includes(x)) return true;
  }
  return false;
}

const SPACE = 0x20;

/**
 * |a ∩ b| / |a ∪ b| of two word lists as `Clause.words` holds them (unique, sorted by code unit,
 * joined by single spaces), walked side by side without splitting them. The word counts may be
 * given when known.
 */
export function jaccard(a: string, b: string, countA = countWords(a), countB = countWords(b)): number {
  if (a === '' || b === '') return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    // Compare the words starting at i and j.
    let x = i;
    let y = j;
    while (x < a.length && y < b.length && a.charCodeAt(x) === b.charCodeAt(y) && a.charCodeAt(x) !== SPACE) {
      x++;
      y++;
    }
    const aEnded = x >= a.length || a.charCodeAt(x) === SPACE;
    const bEnded = y >= b.length || b.charCodeAt(y) === SPACE;
    // A word that is a prefix of the other sorts first.
    const order = aEnded && bEnded ? 0 : aEnded ? -1 : bEnded ? 1 : a.charCodeAt(x) - b.charCodeAt(y);
    if (order === 0) shared++;
    if (order <= 0) {
      const next = a.indexOf(' ', x);
      i = next < 0 ? a.length : next + 1;
    }
    if (order >= 0) {
      const next = b.indexOf(' ', y);
      j = next < 0 ? b.length : next + 1;
    }
  }
  return shared / (countA + countB - shared);
}

/**
 * An upper bound of `jaccard(a, b)` from the word counts alone: the shared words are at most the
 * smaller list, the union at least the larger one. (Rounding is monotonic, so the computed jaccard
 * never exceeds the computed bound either.)
 */
export function jaccardBound(countA: number, countB: number): number {
  const min = Math.min(countA, countB);
  return min === 0 ? 0 : min / Math.max(countA, countB);
}

/** What the wording's similarity (0–1) weighs in a score, against 1 a shared actor or place. */
const WORDING = 4;

/**
 * How strongly a report matches an event; below the threshold they are different occurrences.
 * A caller that only uses scores of at least `atLeast` may get 0 for any score below it: the word
 * similarity, most of the cost, is then skipped where the counts of words alone show the score
 * cannot get there (two thirds of the pairs compared in a 10,000-article compile).
 * `datesOverlap`, when the caller knows it, is `overlaps(c.value, d.date)`: the merge has compared
 * the two days intervals as numbers already, and asking again (a WeakMap lookup per value) was a
 * fifth of scoring. `persons`, when the caller knows it, is `k.isPerson` of each of the report's
 * actors: the merge asks once per report instead of once per draft it scores.
 */
export function matchScore(
  c: Candidate,
  d: Draft,
  k: MergeKnowledge,
  atLeast = -Infinity,
  datesOverlap?: boolean,
  persons?: readonly boolean[],
): number {
  if (c.type !== d.type || !(datesOverlap ?? overlaps(c.value, d.date))) return 0;
  // A statement is one occurrence only when the same speaker makes it.
  if (c.type === 'statement' && c.clause.actors[0] !== d.primary.clause.actors[0]) return 0;
  let shared = 0;
  let sharedPersons = 0;
  let score = 0;
  const actors = c.clause.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!d.actors.has(a)) continue;
    shared++;
    const person = persons ? persons[i]! : k.isPerson(a);
    if (person) sharedPersons++;
    score += person ? 2 : 1;
  }
  if (shared === 0) return 0;
  let places = 0;
  for (const p of c.clause.places) if (d.places.has(p)) places++;
  // Both say where, and it can be the same place (tested below): that counts like a shared actor.
  const located = c.clause.locations.length > 0 && d.locations.size > 0 ? 1 : 0;
  const base = score + places + located;
  const simMax = jaccardBound(c.clause.wordCount, d.primary.clause.wordCount);
  if ((sharedPersons === 0 && places === 0 && simMax < 0.12) || base + WORDING * simMax < atLeast) return 0;
  // Every test returns 0, so their order changes no score: walking the places' lineages comes
  // after the cheap ones (first, it was ~1.4 s of a 30,000-article compile's main thread).
  if (!locationsCompatible(c.clause.locations, d.locations, k)) return 0;
  const sim = jaccard(c.clause.words, d.primary.clause.words, c.clause.wordCount, d.primary.clause.wordCount);
  if (sharedPersons === 0 && places === 0 && sim < 0.12) return 0;
  return base + WORDING * sim;
}

export const MATCH_THRESHOLD = 2.5;

/**
 * The most `matchScore` can give a report of `clause` against any draft before word similarity:
 * every actor shared (`persons` as matchScore takes it), every place, and both located.
 */
export function scoreCeiling(clause: Clause, persons: readonly boolean[]): number {
  let ceiling = clause.places.length + (clause.locations.length > 0 ? 1 : 0);
  for (const person of persons) ceiling += person ? 2 : 1;
  return ceiling;
}

/**
 * The most a report with this `scoreCeiling` and word count can score against a draft whose
 * primary report has `draftWords` words: two numbers, without looking at the draft's actors or
 * places, so a draft that cannot reach a bar is passed over before `matchScore`.
 */
export function scoreBound(ceiling: number, reportWords: number, draftWords: number): number {
  return ceiling + WORDING * jaccardBound(reportWords, draftWords);
}

function years(v: DateValue): number[] {
  const [a, b] = dayInterval(v);
  const y0 = Number(a.slice(0, 4));
  const y1 = Math.min(Number(b.slice(0, 4)), y0 + 12);
  const out: number[] = [];
  for (let y = y0; y <= y1; y++) out.push(y);
  return out;
}

const RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * Which report defines the event's date and title: one that may create events (not a caption),
 * then the finer precision, then a stated range over a single day inside it ("18 و19 يونيو" tells
 * more than a caption's "19 يونيو"), then a stated date over an inferred one, then corpus order.
 */
function better(a: Candidate, b: Candidate): boolean {
  if (a.create !== b.create) return a.create;
  const ra = RANK[a.value.precision];
  const rb = RANK[b.value.precision];
  if (ra !== rb) return ra < rb;
  const sa = spanDays(a.value);
  const sb = spanDays(b.value);
  if (sa !== sb && a.value.precision === 'day') return sa > sb;
  if (sa !== sb) return sa < sb;
  if (a.value.inferred !== b.value.inferred) return !a.value.inferred;
  return a.order < b.order;
}

/**
 * The drafts listed under one key, with each one's day interval as numbers beside it: scanning a
 * busy actor's year (thousands of drafts) is then a tight loop over two arrays, and only drafts
 * whose dates overlap are scored.
 */
interface Listing {
  drafts: Draft[];
  /** Each draft's position in the merge's list of drafts. */
  at: number[];
  lo: number[];
  hi: number[];
  /** Each draft's primary report's word count (`Clause.wordCount`), for `scoreBound`. */
  words: number[];
}

/** A value's day interval as yyyymmdd numbers; unbounded when it is not a plain ISO day (never skipped). */
function bounds(v: DateValue): readonly [number, number] {
  return daySpan(v) ?? [-Infinity, Infinity];
}

export function mergeCandidates(candidates: readonly Candidate[], k: MergeKnowledge): Draft[] {
  const merge = startMerge(k);
  for (const c of [...candidates].sort((a, b) => a.order - b.order)) merge.add(c);
  return merge.finish();
}

/** A merge fed one report at a time (`mergeCandidates` feeds it all at once). */
export interface IncrementalMerge {
  /** The next report: in corpus order (`order` never decreasing), or it throws. */
  add(c: Candidate): void;
  /** The events, once every report was added. */
  finish(): Draft[];
}

/**
 * Creating reports are merged as they are added, supporting ones (captions) kept until `finish`:
 * the order `mergeCandidates` always placed them in (creating ones first, each kind in corpus
 * order), so the compiler can merge the articles it has while it still analyses the rest.
 */
export function startMerge(k: MergeKnowledge): IncrementalMerge {
  const drafts: Draft[] = [];
  const index = new Map<string, Listing>();
  const keys = (type: EventType, v: DateValue, actors: Iterable<string>) => {
    const out: string[] = [];
    for (const y of years(v)) for (const a of actors) out.push(`${type}|${y}|${a}`);
    return out;
  };
  // Where each draft is listed (key → position): asking the list itself (`includes`) was a scan of
  // every draft of a busy actor's year, quadratic in the corpus; and a draft whose date changes
  // has its interval updated in every listing.
  const listedAt = new Map<Draft, Map<string, number>>();
  /**
   * Per draft (by position), the last report that scored it: a report meets a draft once per
   * key they share, and is scored once. (It was a Set per report, which hashed every draft met
   * in a busy actor's year; with the person flags below, the merge's time went 2.10 → 1.63 s of
   * the main thread in a profile of the 10,000-article compile.)
   */
  const scoredBy: number[] = [];
  let reports = 0;
  /** List draft `d` (at `position` in `drafts`) under the keys of `actors` it is not under yet. */
  const add = (d: Draft, position: number, actors: Iterable<string>) => {
    let listed = listedAt.get(d);
    if (!listed) listedAt.set(d, (listed = new Map()));
    const [lo, hi] = bounds(d.date);
    for (const k of keys(d.type, d.date, actors)) {
      if (listed.has(k)) continue;
      let listing = index.get(k);
      if (!listing) index.set(k, (listing = { drafts: [], at: [], lo: [], hi: [], words: [] }));
      listed.set(k, listing.drafts.length);
      listing.drafts.push(d);
      listing.at.push(position);
      listing.lo.push(lo);
      listing.hi.push(hi);
      listing.words.push(d.primary.clause.wordCount);
    }
  };
  // A draft's primary report (its date and wording) changed: update what its listings keep of it.
  const redate = (d: Draft) => {
    const [lo, hi] = bounds(d.date);
    for (const [k, at] of listedAt.get(d)!) {
      const listing = index.get(k)!;
      listing.lo[at] = lo;
      listing.hi[at] = hi;
      listing.words[at] = d.primary.clause.wordCount;
    }
  };
  const place = (c: Candidate) => {
    let best: { d: Draft; at: number; s: number } | null = null;
    const report = ++reports;
    const persons = c.clause.actors.map((a) => k.isPerson(a));
    const ceiling = scoreCeiling(c.clause, persons);
    const words = c.clause.wordCount;
    const [clo, chi] = bounds(c.value);
    for (const key of keys(c.type, c.value, c.clause.actors)) {
      const listing = index.get(key);
      if (!listing) continue;
      const { drafts: listed, at, lo, hi, words: counts } = listing;
      for (let j = 0; j < listed.length; j++) {
        // Dates that do not overlap score 0 (matchScore's first test), whichever list the draft is
        // met in: most of a busy list, skipped without looking at the draft.
        if (clo > hi[j]! || lo[j]! > chi) continue;
        if (scoredBy[at[j]!] === report) continue;
        scoredBy[at[j]!] = report;
        // Only a score above the best so far (and at least the threshold) changes anything. Once a
        // report has a good match, most drafts cannot beat it whatever they share: 40% of the
        // drafts scored in a 10,000-article compile are skipped here on two numbers.
        const floor = best ? best.s : MATCH_THRESHOLD;
        if (scoreBound(ceiling, words, counts[j]!) < floor) continue;
        const d = listed[j]!;
        // Both intervals bounded (both plain days: `bounds`), the test above was `overlaps`'s.
        const known = clo !== -Infinity && lo[j] !== -Infinity ? true : undefined;
        const s = matchScore(c, d, k, floor, known, persons);
        if (s >= MATCH_THRESHOLD && (!best || s > best.s)) best = { d, at: at[j]!, s };
      }
    }
    if (best) {
      const d = best.d;
      d.candidates.push(c);
      for (const a of c.clause.actors) d.actors.set(a, (d.actors.get(a) ?? 0) + 1);
      for (const p of c.clause.places) d.places.add(p);
      for (const l of c.clause.locations) d.locations.add(l);
      if (better(c, d.primary)) {
        d.primary = c;
        d.date = c.value;
        redate(d);
      }
      add(d, best.at, c.clause.actors);
      return;
    }
    if (!c.create || c.clause.actors.length === 0) return;
    const d: Draft = {
      candidates: [c],
      primary: c,
      date: c.value,
      type: c.type,
      actors: new Map(c.clause.actors.map((a) => [a, 1])),
      places: new Set(c.clause.places),
      locations: new Set(c.clause.locations),
    };
    scoredBy.push(0);
    drafts.push(d);
    add(d, drafts.length - 1, c.clause.actors);
  };
  // Creating reports first, in corpus order; supporting ones (captions) only join.
  const supporting: Candidate[] = [];
  let last = -Infinity;
  return {
    add(c) {
      if (c.order < last) throw new Error(`merge: report ${c.order} added after ${last}`);
      last = c.order;
      if (c.create) place(c);
      else supporting.push(c);
    },
    finish() {
      for (const c of supporting) place(c);
      supporting.length = 0;
      return drafts;
    },
  };
}
