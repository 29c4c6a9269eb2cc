/**
 * A yardstick for the host: a fixed piece of JavaScript that uses none of Khatt's code, timed next
 * to each compile. This machine is a VM on a shared host, and the same compile of the same corpus
 * has taken from 8.5 s to 15 s on different hours of one day (BENCHMARKS.md), with no other
 * process running and no steal time reported: the host's cores get slower. A compile time alone
 * cannot tell a slower compiler from a slower host; beside this probe's time it can.
 *
 * The work is the compiler's kind of work, on generated Arabic-letter text: building strings,
 * scanning them code unit by code unit, a regular expression, counting words in a Map, allocating
 * short-lived objects. Its time is the median of five rounds in this process (~1 s in all).
 */
import { performance } from 'node:perf_hooks';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى';
const WORD = /[^\s]+/g;

/** One round; returns a checksum so that no part of it can be optimised away. */
function round(): number {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  const counts = new Map<string, number>();
  let check = 0;
  for (let doc = 0; doc < 100; doc++) {
    const words: string[] = [];
    for (let w = 0; w < 1500; w++) {
      let s = '';
      const length = 2 + (next() % 6);
      for (let i = 0; i < length; i++) s += LETTERS[next() % LETTERS.length];
      words.push(s);
    }
    const text = words.join(' ');
    // A normalisation pass, as the compiler's (alef forms → alef, ta marbuta → ha).
    const norm = text.replace(/[آأإ]/g, 'ا').replace(/ة/g, 'ه');
    for (const m of norm.matchAll(WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    const spans: { start: number; end: number }[] = [];
    let start = 0;
    for (let i = 0; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      check = (Math.imul(check, 31) + c) | 0;
      if (c === 0x20) {
        spans.push({ start, end: i });
        start = i + 1;
      }
    }
    check ^= spans.length;
  }
  return check ^ counts.size;
}

/** The probe's time in ms (median of five rounds, the first one warming the JIT) and its checksum. */
export function probeHost(): { ms: number; checksum: number } {
  const times: number[] = [];
  let checksum = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    checksum = round();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[2]!, checksum };
}
