/** Finds trigger words and future/speculative markers in normalised text, in one regex pass each. */
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
const EXACT = build(
  TRIGGERS.filter((t) => t.exact).flatMap((t) => [...t.stems]),
  true,
);
const PREFIX = build(
  TRIGGERS.filter((t) => !t.exact).flatMap((t) => [...t.stems]),
  false,
);

export function findTriggers(norm: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const re of [EXACT, PREFIX]) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const stem = m[1]!;
      const trigger = byStem.get(stem);
      if (!trigger) continue;
      const start = m.index + m[0].length - stem.length;
      hits.push({ start, end: start + stem.length, trigger });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
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
