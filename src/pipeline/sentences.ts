/** Sentence spans inside a segment. */
import type { Span } from './types';

const END = new Set(['.', '!', '?', '؟', '؛', '…']);
const CLOSERS = new Set(['”', '"', '»', ')', '’', "'"]);
/** END as code units: the scan looks at every character of the article, so without making strings. */
const END_CODES = new Set([...END].map((c) => c.charCodeAt(0)));

export function splitSentences(text: string, segment: Span): Span[] {
  const out: Span[] = [];
  let start = segment.start;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = segment.start; i < segment.end; i++) {
    if (!END_CODES.has(text.charCodeAt(i))) continue;
    const c = text[i]!;
    // "19 يونيو. 2024", "3.5": a dot between a word/digit and a digit does not end a sentence.
    if (c === '.' && /\d/.test(text[i + 1] ?? '')) continue;
    if (c === '.' && /^\s*\d{4}/.test(text.slice(i + 1, i + 7))) continue;
    let j = i + 1;
    while (j < segment.end && CLOSERS.has(text[j]!)) j++;
    if (j < segment.end && !/\s/.test(text[j]!)) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, segment.end);
  return out;
}
