/**
 * Running a regular expression only where a match can start. An expression led by a look-behind
 * and optional clitics gives V8 nothing to skip ahead to, so `exec` in a loop tries it at every
 * position of the text. When every match contains one of a few words starting at most `reach`
 * characters after the match's own start, the words can be searched for first (cheap), and the
 * expression tried only at the positions up to `reach` before each: the same matches, at a
 * fraction of the cost (the date rules and the titled names, measured in BENCHMARKS.md).
 */

/** Where `words` (global) finds a word in `text`, in order, overlapping ones included. */
export function wordStarts(words: RegExp, text: string): number[] {
  const at: number[] = [];
  words.lastIndex = 0;
  for (let w = words.exec(text); w; w = words.exec(text)) {
    at.push(w.index);
    words.lastIndex = w.index + 1;
  }
  return at;
}

/**
 * What `exec` in a loop finds with `sticky`'s expression (its non-empty matches), given where the
 * words its matches contain start (`hits`, ascending) and how far after a match's start they may:
 * `sticky` (flag `y`) is tried at the positions up to `reach` before each hit, in order, going on
 * after each match as `exec` does. No match can start anywhere else.
 */
export function matchesNear(sticky: RegExp, text: string, hits: Iterable<number>, reach: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = 0;
  for (const at of hits) {
    // Positions before `p` were tried for an earlier hit, or are inside the last match.
    for (p = Math.max(p, at - reach); p <= at;) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        out.push(m);
        p += m[0].length;
      } else p++;
    }
  }
  return out;
}
