/** Finds trigger words and future/speculative markers in normalised text, in one regex pass each. */
import { LiteralMatcher } from './literal-matcher';
import { WORD_END, WORD_START } from './word-edges';
import { FUTURE_MARKERS, FUTURE_VERB, SPECULATIVE_MARKERS, TRIGGERS, type Trigger } from './triggers';

export interface TriggerHit {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  trigger: Trigger;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Arabic clitics: conjunction (و ف), preposition (ب ك ل), article (ال); after ل the article
// loses its alif (ل + الزيارة → للزيارة), so a lone ل stands for it.
const CLITICS = '(?:[وف])?(?:[بكل])?(?:ال|ل)?';
const BEFORE = WORD_START;
const AFTER = WORD_END;

function build(stems: string[], exact: boolean): RegExp {
  const alt = [...new Set(stems)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(`${BEFORE}${CLITICS}(${alt})${exact ? AFTER : ''}`, 'gu');
}

const byStem = new Map<string, Trigger>();
for (const t of TRIGGERS) for (const s of t.stems) if (!byStem.has(s)) byStem.set(s, t);
const exactStems = TRIGGERS.filter((t) => t.exact).flatMap((t) => [...t.stems]);
const prefixStems = TRIGGERS.filter((t) => !t.exact).flatMap((t) => [...t.stems]);
/** The regexes `build` makes, as tries (same matches; see literal-matcher.ts): 1.3 s of a 10k compile. */
const CLITIC_GROUPS = [
  { alternatives: ['و', 'ف'], optional: true },
  { alternatives: ['ب', 'ك', 'ل'], optional: true },
  { alternatives: ['ال', 'ل'], optional: true },
];
export const EXACT_MATCHER = new LiteralMatcher(exactStems, CLITIC_GROUPS, true);
export const PREFIX_MATCHER = new LiteralMatcher(prefixStems, CLITIC_GROUPS, false);
/** The same as regular expressions: what the tries must agree with (trigger-match.test.ts). */
export const EXACT_RE = build(exactStems, true);
export const PREFIX_RE = build(prefixStems, false);

/** Each matcher's trigger by the word's place in its list (a Map lookup of a sliced word before). */
const EXACT_TRIGGER = EXACT_MATCHER.list.map((w) => byStem.get(w));
const PREFIX_TRIGGER = PREFIX_MATCHER.list.map((w) => byStem.get(w));

export function findTriggers(norm: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const [exactCount, prefixCount] = LiteralMatcher.scanBoth(EXACT_MATCHER, PREFIX_MATCHER, norm);
  const exact = exactCount * 4;
  const prefix = prefixCount * 4;
  const e = EXACT_MATCHER.hits;
  const f = PREFIX_MATCHER.hits;
  // Each matcher's hits are in order and never overlap; merged by start, an exact one first at a
  // tie, they are what the stable sort of the two lists gave.
  for (let i = 0, j = 0; i < exact || j < prefix;) {
    const fromExact = j >= prefix || (i < exact && e[i + 1]! <= f[j + 1]!);
    const h = fromExact ? e : f;
    const k = fromExact ? i : j;
    if (fromExact) i += 4;
    else j += 4;
    const trigger = (fromExact ? EXACT_TRIGGER : PREFIX_TRIGGER)[h[k + 3]!];
    if (!trigger) continue;
    hits.push({ start: h[k + 1]!, end: h[k + 2]!, trigger });
  }
  return hits;
}

const FUTURE = new RegExp(`${BEFORE}${CLITICS}(?:${FUTURE_MARKERS.map(escape).join('|')})${AFTER}`, 'u');
const SPECULATIVE = new RegExp(`${BEFORE}(?:[وف])?(?:${SPECULATIVE_MARKERS.map(escape).join('|')})${AFTER}`, 'u');

/** Whether a normalised clause speaks of the future (a plan, an announcement of what will happen). */
export function isFuture(normClause: string): boolean {
  return FUTURE.test(normClause) || FUTURE_VERB.test(normClause);
}

export function isSpeculative(normClause: string): boolean {
  return SPECULATIVE.test(normClause);
}
