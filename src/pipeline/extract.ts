/**
 * One article → the dated clauses it reports. Pure: no I/O, no knowledge of other articles.
 * Publication windows and date resolution happen later (compile.ts), because other articles can
 * tell us when this one was written.
 */
import { normalizeWithMap, originalToNormalized, toOriginalSpan, type Normalized } from '../schema/normalize';
import { findDateMentions } from './date-expressions';
import type { Gazetteer } from './entities';
import { splitSentences } from './sentences';
import { findTriggers, isFuture, isSpeculative, type TriggerHit } from './trigger-match';
import type { Trigger } from './triggers';
import type { DateMention, EntityMention, Span, TextSegment } from './types';
import type { Anchor, WeekdayCue } from './published';

export interface Clause {
  /** The sentence the excerpt quotes (original offsets). */
  sentence: Span;
  mention: DateMention;
  trigger: Trigger | null;
  future: boolean;
  /** Captions may support an event, never create one. */
  fromCaption: boolean;
  /** Actor ids in order of first mention in the clause, then the rest of the sentence. */
  actors: string[];
  places: string[];
  /** Where it happened, as far as the clause says: places, and countries after "في/إلى". */
  locations: string[];
  /** Actor mentions of the clause with positions, for choosing who did it (title slots). */
  actorMentions: { id: string; start: number; person: boolean }[];
  /** Where the trigger word stands (original offset), or the date's when there is none. */
  triggerAt: number;
  /**
   * Normalised content words of the sentence, for similarity between reports (`jaccard` in
   * merge.ts): unique, sorted and joined by spaces. One string, not a Set of them: every dated
   * sentence of the corpus keeps its words until the merge, and millions of small objects made
   * the main thread's collections and the workers' messages slow.
   */
  words: string;
  /** How many words `words` holds (the merge bounds similarity by it before computing it). */
  wordCount: number;
}

export interface ArticleAnalysis {
  clauses: Clause[];
  /** Stated (absolute) dates with their tense, for inferring the publication window. */
  anchors: Anchor[];
  weekdayCues: WeekdayCue[];
  /** Dates stated in a dateline line ("تاريخ النشر: …"), if any. */
  datelineMentions: DateMention[];
  /** Stated days the body calls "today" ("اليوم الثلاثاء 18 يونيو 2024"): the article's own date. */
  todayMentions: DateMention[];
  entities: EntityMention[];
}

const BREAK = /[،؛;:]/u;
const STOP = new Set(
  'في من الي علي عن مع ان او ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين كان كانت بين بعد قبل خلال منذ حتي عند اي كل وهو وهي هو هي انه انها الا لكن حيث كما وقد ولم وفي ومن'.split(
    ' ',
  ),
);

/**
 * `w.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u, '')`: each group is taken when present (nothing after
 * them can fail), so three tests of code units do it — a regular expression per word of every
 * dated sentence was a fifth of `words`.
 */
export function stripClitics(w: string): string {
  const i = cliticLength(w, 0);
  return i === 0 ? w : w.slice(i);
}

/** How many code units of `s` from `at` the clitics `stripClitics` removes take. */
function cliticLength(s: string, at: number): number {
  let i = at;
  let c = s.charCodeAt(i);
  if (c === 0x0648 || c === 0x0641) c = s.charCodeAt(++i); // و ف
  if (c === 0x0628 || c === 0x0644 || c === 0x0643) i++; // ب ل ك
  if (s.charCodeAt(i) === 0x0627 && s.charCodeAt(i + 1) === 0x0644) i += 2; // ال
  return i - at;
}

/** The longest STOP word: a longer word is not looked up (nor cut out whole). */
const STOP_MAX = Math.max(...[...STOP].map((w) => w.length));

/** `[\p{L}\p{N}]`, and as a table of the code units below U+0800 (Latin, Arabic), made from it. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOW_LETTER_OR_DIGIT = (() => {
  const t = new Uint8Array(0x800);
  for (let c = 0; c < 0x800; c++) t[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** Whether a code unit (not a surrogate) is a letter or digit, as `LETTER_OR_DIGIT` says. */
function isLetterOrDigit(c: number): boolean {
  return c < 0x800 ? LOW_LETTER_OR_DIGIT[c] === 1 : LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * The content words of a normalised sentence: those of `wordsBySplit`, found by one scan of code
 * units, sorted with their repeats and deduplicated after. Splitting, a Set and spreading it were
 * most of `words` (measured on the sentences of 2,000 articles of corpus-10000).
 */
export function words(norm: string): string {
  const found: string[] = [];
  const n = norm.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? norm.charCodeAt(i) : 0x20;
    // A surrogate pair may be one letter to `\p{L}`: such (rare) text goes the way of the definition.
    if (c >= 0xd800 && c <= 0xdfff) return wordsBySplit(norm);
    if (isLetterOrDigit(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (length >= 3 && !(length <= STOP_MAX && STOP.has(norm.slice(start, i)))) {
      const cut = cliticLength(norm, start);
      found.push(norm.slice(cut < length ? start + cut : start, i));
    }
    start = -1;
  }
  found.sort();
  let unique = 0;
  for (const w of found) if (unique === 0 || w !== found[unique - 1]) found[unique++] = w;
  found.length = unique;
  // Joined into one flat string (as fast): clauses keep it until the merge, and a concatenation
  // would be a tree over slices of the article's normalised text, keeping that text alive.
  return found.join(' ');
}

/** What `words` returns, by its definition. */
export function wordsBySplit(norm: string): string {
  const out = new Set<string>();
  for (const w of norm.split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 3 || STOP.has(w)) continue;
    // Strip the commonest clitics so "والزيارة" and "الزيارة" count as one word.
    out.add(stripClitics(w) || w);
  }
  // Letters and digits only, so a space separates them; sorted by code unit, as jaccard walks them.
  return [...out].sort().join(' ');
}

/** The number of words in what `words` returns. */
export function countWords(joined: string): number {
  if (joined === '') return 0;
  let n = 1;
  for (let at = joined.indexOf(' '); at >= 0; at = joined.indexOf(' ', at + 1)) n++;
  return n;
}

function clauseBounds(text: string, sentence: Span, from: number, to: number): Span {
  let start = from;
  while (start > sentence.start && !BREAK.test(text[start - 1]!)) start--;
  let end = to;
  while (end < sentence.end && !BREAK.test(text[end]!)) end++;
  return { start, end };
}

/** Relative expressions anchored on another event ("بعد تسعة أشهر على استقبال…", "قبل يوم واحد من الاجتماع") are not relative to the publication. */
function anchoredOnEvent(text: string, m: DateMention, normOf: NormOf): boolean {
  if (m.expr.kind !== 'relative') return false;
  const after = normOf(m.end, Math.min(text.length, m.end + 8)).trimStart();
  return /^(?:من|علي|عن)\s/u.test(after);
}

const LOCATIVE = /(?:^|\s)(?:في|الي|داخل)\s*$|(?:^|\s)[بل]$/u;
const REFERENCE_WORD = /(?<![\p{L}])(?:قبل|بعد|عقب|اثناء|خلال)(?![\p{L}])/u;

const MAX_TRIGGER_GAP = 90;

/**
 * `normalize(text.slice(a, b))`, cut from the article normalised once (normalisation maps one
 * code unit at a time, so the two are equal): small normalisations per clause added up.
 */
type NormOf = (a: number, b: number) => string;

interface LocatedHit {
  span: Span;
  hit: TriggerHit;
}

/**
 * The act a date belongs to. Arabic news is mostly verb-first ("وأعلن الكرملين الإثنين…"), so the
 * trigger before the date is preferred; one after it counts less, and one across a comma or past
 * "قبل/بعد" hardly at all ("أشاد كيم الأربعاء قبل زيارة بوتين" is a statement on Wednesday).
 */
function pickTrigger(text: string, m: DateMention, hits: readonly LocatedHit[], normOf: NormOf): LocatedHit | null {
  let best: { score: number; h: LocatedHit } | null = null;
  for (const h of hits) {
    const { span, hit } = h;
    const after = span.start >= m.end;
    const between = after ? text.slice(m.end, span.start) : text.slice(span.end, m.start);
    if (after && REFERENCE_WORD.test(normOf(m.end, span.start))) continue;
    const gap = between.length;
    const crossesClause = BREAK.test(between) ? 40 : 0;
    // A word a long stretch of text away does not date-stamp anything: "… غزو أوكرانيا … منذ
    // جائحة كوفيد-19، الذي بدأ في عام 2022" is not an invasion in 2022.
    if (gap > MAX_TRIGGER_GAP) continue;
    const score = gap * (after ? 2 : 1) + (after ? 8 : 0) + crossesClause - hit.trigger.weight * 3;
    if (!best || score < best.score) best = { score, h };
  }
  return best?.h ?? null;
}

export interface AnalyzeOptions {
  /** ISO date for resolving roles ("الرئيس الكوري الجنوبي"), when the article's date is known. */
  at?: string | undefined;
  /** The text normalised (`normalizeWithMap`) and its `originalToNormalized`, if already made. */
  normalized?: { norm: Normalized; toNormalized: Int32Array };
  /** The dateline or "تاريخ النشر" line, whose dates are the article's own. */
  dateline?: Span | null;
}

/** One sentence with a date, and what analyzeArticle found in it. */
interface SentenceContext {
  text: string;
  sentence: Span;
  fromCaption: boolean;
  /** The trigger hits and entities inside the sentence, in text order. */
  hits: LocatedHit[];
  entities: EntityMention[];
  /** `words` of the sentence's normalised text, and how many. */
  words: string;
  wordCount: number;
  normOf: NormOf;
}

interface SentenceOutput {
  clauses: Clause[];
  anchors: Anchor[];
  weekdayCues: WeekdayCue[];
  todayMentions: DateMention[];
}

/**
 * The clauses of one sentence, one per date mention in it (`inSentence`, in text order). A
 * function of its own, not part of analyzeArticle's loop: V8 optimised that loop as one large
 * function and threw the result away each time it met a new object shape, ~250 ms of compiling
 * each time, several times per thread in a 10,000-article compile (`node --trace-opt`).
 */
function clausesOfSentence(s: SentenceContext, inSentence: readonly DateMention[], out: SentenceOutput): void {
  const { text, sentence, hits, normOf, entities: sentEntities } = s;
  for (let k = 0; k < inSentence.length; k++) {
    const m = inSentence[k]!;
    const next = inSentence[k + 1];
    if (
      m.expr.kind === 'relative' &&
      m.expr.unit === 'day' &&
      m.expr.amount === 0 &&
      next?.expr.kind === 'absolute' &&
      next.expr.value.precision === 'day' &&
      !next.expr.value.end &&
      next.start - m.end <= 3
    )
      out.todayMentions.push(next);
    if (anchoredOnEvent(text, m, normOf)) continue;
    const picked = pickTrigger(text, m, hits, normOf);
    const trigger = picked?.hit.trigger ?? null;
    const tspan = picked?.span;
    const lo = Math.min(m.start, tspan?.start ?? m.start);
    const hi = Math.max(m.end, tspan?.end ?? m.end);
    const clause = clauseBounds(text, sentence, lo, hi);
    const future = isFuture(normOf(clause.start, clause.end));
    if (m.expr.kind === 'absolute') out.anchors.push({ value: m.expr.value, future, text: m.text });
    if (m.expr.kind === 'weekday') out.weekdayCues.push({ weekday: m.expr.weekday, future });
    const inClause = sentEntities.filter((e) => e.start >= clause.start && e.end <= clause.end);
    const chosen = inClause.some((e) => e.type === 'actor') ? inClause : sentEntities;
    const actors = [...new Set(chosen.filter((e) => e.type === 'actor').map((e) => e.id))];
    const places = [...new Set(chosen.filter((e) => e.type === 'place').map((e) => e.id))];
    const locations = [
      ...new Set([
        ...places,
        ...chosen
          .filter(
            (e) =>
              e.type === 'actor' &&
              e.kind === 'country' &&
              LOCATIVE.test(normOf(Math.max(sentence.start, e.start - 6), e.start)),
          )
          .map((e) => e.id),
      ]),
    ];
    out.clauses.push({
      sentence,
      mention: m,
      trigger,
      future,
      fromCaption: s.fromCaption,
      actors,
      places,
      locations,
      actorMentions: chosen
        .filter((e) => e.type === 'actor')
        .map((e) => ({ id: e.id, start: e.start, person: e.kind === 'person' })),
      triggerAt: tspan?.start ?? m.start,
      words: s.words,
      wordCount: s.wordCount,
    });
  }
}

export function analyzeArticle(
  text: string,
  segments: readonly TextSegment[],
  gazetteer: Gazetteer,
  { at, dateline, normalized }: AnalyzeOptions = {},
): ArticleAnalysis {
  const norm = normalized?.norm ?? normalizeWithMap(text);
  const triggerSpans = findTriggers(norm.text).map((hit) => ({ span: toOriginalSpan(norm, hit.start, hit.end), hit }));
  const allDates = findDateMentions(text, norm);
  const o2n = normalized?.toNormalized ?? originalToNormalized(norm, text.length);
  /** The normalised text of an original span, without normalising it again. */
  const normOf = (a: number, b: number) => norm.text.slice(o2n[a], o2n[b]);
  const entities = [...gazetteer.findEntities(text, { at, norm }), ...gazetteer.findTitledPersons(text, norm)].sort(
    (a, b) => a.start - b.start,
  );

  const datelineMentions: DateMention[] = [];
  const out: SentenceOutput = { clauses: [], anchors: [], weekdayCues: [], todayMentions: [] };

  if (dateline)
    for (const m of allDates) if (m.start >= dateline.start && m.end <= dateline.end) datelineMentions.push(m);
  let di = 0;
  // Trigger hits and entities are sorted by start, and sentences come in text order: each
  // sentence's share is found from where the previous one's began (filtering all of them per
  // sentence was quadratic in the article's length).
  let ti = 0;
  let ei = 0;
  for (const seg of segments) {
    const usable = (seg.kind === 'body' && seg.reason !== 'heading') || seg.kind === 'caption';
    if (!usable) continue;
    for (const sentence of splitSentences(text, seg)) {
      while (di < allDates.length && allDates[di]!.start < sentence.start) di++;
      const inSentence: DateMention[] = [];
      for (let k = di; k < allDates.length && allDates[k]!.end <= sentence.end; k++) inSentence.push(allDates[k]!);
      if (inSentence.length === 0) continue;
      const sentNorm = normOf(sentence.start, sentence.end);
      if (isSpeculative(sentNorm)) continue;
      while (ti < triggerSpans.length && triggerSpans[ti]!.span.start < sentence.start) ti++;
      const hits: typeof triggerSpans = [];
      for (let k = ti; k < triggerSpans.length && triggerSpans[k]!.span.start <= sentence.end; k++)
        if (triggerSpans[k]!.span.end <= sentence.end) hits.push(triggerSpans[k]!);
      while (ei < entities.length && entities[ei]!.start < sentence.start) ei++;
      const sentEntities: EntityMention[] = [];
      for (let k = ei; k < entities.length && entities[k]!.start <= sentence.end; k++)
        if (entities[k]!.end <= sentence.end) sentEntities.push(entities[k]!);
      const sentWords = words(sentNorm);
      const context: SentenceContext = {
        text,
        sentence,
        fromCaption: seg.kind === 'caption',
        hits,
        entities: sentEntities,
        words: sentWords,
        wordCount: countWords(sentWords),
        normOf,
      };
      clausesOfSentence(context, inSentence, out);
    }
  }
  const { clauses, anchors, weekdayCues, todayMentions } = out;
  return { clauses, anchors, weekdayCues, datelineMentions, todayMentions, entities };
}
