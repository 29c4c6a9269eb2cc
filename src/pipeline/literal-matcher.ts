/**
 * Find, in one left-to-right scan, what a global regular expression of the form
 *
 *     WORD_START (?:g1)? (?:g2)? … (alt1|alt2|…) WORD_END?
 *
 * finds — clitic groups, then the longest of many literal words — with the same matches, in the
 * same order, as `RegExp.exec` in a loop. The gazetteer's expression has thousands of alternatives,
 * which V8 tries one by one at every word start (findEntities was 4.7 s of a 10,000-article
 * compile); a trie tries them all at once.
 *
 * Backtracking order is the regex's: a group's alternatives in their order, then skipping the group;
 * among the words, the longest that matches (and, with `wordEnd`, is followed by no word character).
 */
import { isWordCode } from './word-edges';

export interface Group {
  /** Alternatives in the order the regex lists them. */
  alternatives: readonly string[];
  /** `(?:…)?`: may be skipped (after its alternatives are tried). */
  optional: boolean;
}

/**
 * Every way the groups can match, as strings in backtracking order (the first group varies
 * slowest; a skipped group comes after its alternatives), first occurrence of each string kept.
 */
function combinations(groups: readonly Group[]): string[] {
  let out = [''];
  for (const g of groups) {
    const next: string[] = [];
    for (const head of out) {
      for (const alt of g.alternatives) next.push(head + alt);
      if (g.optional) next.push(head);
    }
    out = next;
  }
  return [...new Set(out)];
}

/**
 * A trie over code units, stored densely: `children[node * symbols + symbol[code]]` is the child
 * node, 0 for none (the root is node 0); `value[node]` is what the string ending there was added
 * with, -1 where none ends.
 */
export class DenseTrie {
  /** Dense symbol of each code unit that occurs in a string, -1 for the others. */
  readonly symbol = new Int16Array(0x10000).fill(-1);
  readonly symbols: number;
  readonly children: Int32Array;
  readonly value: Int32Array;

  /** Later entries with the same string overwrite earlier ones' values. */
  constructor(entries: readonly (readonly [string, number])[]) {
    let symbols = 0;
    let size = 1;
    for (const [s] of entries) {
      size += s.length;
      for (let i = 0; i < s.length; i++)
        if (this.symbol[s.charCodeAt(i)] === -1) this.symbol[s.charCodeAt(i)] = symbols++;
    }
    this.symbols = Math.max(1, symbols);
    this.children = new Int32Array(size * this.symbols);
    const value = [-1];
    let nodes = 1;
    for (const [s, v] of entries) {
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const slot = node * this.symbols + this.symbol[s.charCodeAt(i)]!;
        if (this.children[slot] === 0) {
          this.children[slot] = nodes++;
          value.push(-1);
        }
        node = this.children[slot]!;
      }
      value[node] = v;
    }
    this.value = Int32Array.from(value);
  }
}

export class LiteralMatcher {
  /** The words; a node's value is the word's place in `list` where one ends. */
  private readonly words: DenseTrie;
  /** The words as given; `scan` reports a match's word by its place here. */
  readonly list: readonly string[];
  /**
   * The groups' combinations as a second trie, so that one walk from a position finds every
   * combination the text starts with there (trying each with `startsWith` was most of a scan).
   * A node's value is the combination's place in backtracking order.
   */
  private readonly combos: DenseTrie;
  /** Scratch for matchAt: the combinations found at a position, by rank (rank → length, -1). */
  private readonly found: Int32Array;
  /** All groups may be skipped: the word itself may start the match (tried last). */
  private readonly bare: boolean;
  /**
   * The first two code units of what a match can start with (a combination then a word, or a bare
   * word): `pairs[first[c0] * seconds + second[c1]]`, and `single[c]` for a one-unit bare word. Most
   * word starts fail this, and were each a walk of both tries.
   */
  private readonly first = new Int16Array(0x10000).fill(-1);
  private readonly second = new Int16Array(0x10000).fill(-1);
  private readonly seconds: number;
  private readonly pairs: Uint8Array;
  private readonly single = new Uint8Array(0x10000);
  /**
   * What `scan` found: four numbers a match (`index`, `at`, `end`, the word's place in `list`).
   * Read before the next scan; the match objects and word slices made before were a good part of
   * the garbage.
   */
  hits = new Int32Array(64);
  /** matchAt's match besides its end: where the word starts, and which word it is. */
  private at = 0;
  private id = 0;
  /** The ranks walkCombos found lie from `lowest` to `highest`. */
  private lowest = 0;
  private highest = -1;
  /** The combinations, for scanBoth to tell whether two matchers share them. */
  private readonly comboKey: string;

  constructor(
    words: Iterable<string>,
    groups: readonly Group[],
    private readonly wordEnd: boolean,
  ) {
    const list = [...words];
    this.list = list;
    this.words = new DenseTrie(list.map((w, i) => [w, i] as const));
    const combos = combinations(groups);
    this.bare = combos.includes('');
    // The empty combination (the bare word) is tried last, after the trie's walk.
    this.combos = new DenseTrie(combos.flatMap((c, rank) => (c === '' ? [] : [[c, rank] as const])));
    this.found = new Int32Array(combos.length).fill(-1);
    this.comboKey = combos.join('\n');
    const heads = new Set<string>();
    for (const c of combos)
      if (c.length >= 2) heads.add(c.slice(0, 2));
      else for (const w of list) if (w.length > 0) heads.add((c + w).slice(0, 2));
    let firsts = 0;
    let seconds = 0;
    for (const h of heads) {
      if (this.first[h.charCodeAt(0)] === -1) this.first[h.charCodeAt(0)] = firsts++;
      if (h.length === 1) this.single[h.charCodeAt(0)] = 1;
      else if (this.second[h.charCodeAt(1)] === -1) this.second[h.charCodeAt(1)] = seconds++;
    }
    this.seconds = seconds;
    this.pairs = new Uint8Array(Math.max(1, firsts * seconds));
    for (const h of heads)
      if (h.length === 2) this.pairs[this.first[h.charCodeAt(0)]! * seconds + this.second[h.charCodeAt(1)]!] = 1;
  }

  /**
   * Every match, as the regex's exec loop gives them (left to right, never overlapping), into
   * `hits`; returns how many. What `scanBoth` does for two matchers, one at a time: the tests
   * compare the two, and this with the regular expressions.
   */
  scan(text: string): number {
    const n = text.length;
    let count = 0;
    let p = 0;
    /** Whether text[p - 1] is a word character (carried along rather than read again). */
    let afterWord = false;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (!afterWord && this.mayStart(text, p, c)) {
        const end = this.matchAt(text, p);
        if (end >= 0) {
          this.add(count++, p, end);
          p = end;
          afterWord = isWordCode(text.charCodeAt(p - 1));
          continue;
        }
      }
      afterWord = isWordCode(c);
      p++;
    }
    return count;
  }

  /**
   * `a.scan(text)` and `b.scan(text)`, the counts returned, in one pass; where both may match and
   * their groups are the same (the trigger matchers'), the combinations are walked once for both.
   */
  static scanBoth(a: LiteralMatcher, b: LiteralMatcher, text: string): [number, number] {
    const shared = a.comboKey === b.comboKey;
    const n = text.length;
    let countA = 0;
    let countB = 0;
    // Each scan goes on from the end of its last match, as its own loop would.
    let nextA = 0;
    let nextB = 0;
    let afterWord = false;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (!afterWord) {
        const tryA = p >= nextA && a.mayStart(text, p, c);
        const tryB = p >= nextB && b.mayStart(text, p, c);
        if (tryA || (tryB && shared)) {
          a.walkCombos(text, p);
          if (tryA) {
            const end = a.afterCombos(text, p, a.found);
            if (end >= 0) {
              a.add(countA++, p, end);
              nextA = end;
            }
          }
          if (tryB && shared) {
            b.lowest = a.lowest;
            b.highest = a.highest;
            const end = b.afterCombos(text, p, a.found);
            if (end >= 0) {
              b.add(countB++, p, end);
              nextB = end;
            }
          }
          a.clearCombos();
        }
        if (tryB && !shared) {
          const end = b.matchAt(text, p);
          if (end >= 0) {
            b.add(countB++, p, end);
            nextB = end;
          }
        }
      }
      afterWord = isWordCode(c);
    }
    return [countA, countB];
  }

  /** Whether a match may start at `p` (`c` its code unit), by its first two code units. */
  private mayStart(text: string, p: number, c: number): boolean {
    const f = this.first[c]!;
    if (f < 0) return false;
    const s = p + 1 < text.length ? this.second[text.charCodeAt(p + 1)]! : -1;
    return (s >= 0 && this.pairs[f * this.seconds + s] !== 0) || this.single[c] !== 0;
  }

  /** Match `k` of a scan into `hits` (its word's start and id from matchAt). */
  private add(k: number, index: number, end: number): void {
    if (k * 4 + 4 > this.hits.length) {
      const grown = new Int32Array(this.hits.length * 2);
      grown.set(this.hits);
      this.hits = grown;
    }
    this.hits[k * 4] = index;
    this.hits[k * 4 + 1] = this.at;
    this.hits[k * 4 + 2] = end;
    this.hits[k * 4 + 3] = this.id;
  }

  /**
   * The end of the first match at `start` in backtracking order, -1 if none; where its word starts
   * and which word it is go to `at` and `id`.
   */
  private matchAt(text: string, start: number): number {
    this.walkCombos(text, start);
    const end = this.afterCombos(text, start, this.found);
    this.clearCombos();
    return end;
  }

  /** Every combination the text starts with at `start` (one per length, so a handful), by rank. */
  private walkCombos(text: string, start: number): void {
    const { symbol, symbols, children, value } = this.combos;
    const { found } = this;
    let lowest = found.length;
    let highest = -1;
    for (let i = start, node = 0; i < text.length; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) break;
      node = children[node * symbols + sym]!;
      if (node === 0) break;
      const rank = value[node]!;
      if (rank < 0) continue;
      found[rank] = i + 1 - start;
      if (rank < lowest) lowest = rank;
      if (rank > highest) highest = rank;
    }
    this.lowest = lowest;
    this.highest = highest;
  }

  /** matchAt after walkCombos, given its `found` (another matcher's, with the same groups). */
  private afterCombos(text: string, start: number, found: Int32Array): number {
    for (let rank = this.lowest; rank <= this.highest; rank++) {
      const length = found[rank]!;
      if (length < 0) continue;
      const end = this.longestWord(text, start + length);
      if (end >= 0) {
        this.at = start + length;
        return end;
      }
    }
    if (!this.bare) return -1;
    this.at = start;
    return this.longestWord(text, start);
  }

  private clearCombos(): void {
    for (let rank = this.lowest; rank <= this.highest; rank++) this.found[rank] = -1;
  }

  /**
   * The end of the longest word at `pos` (followed by no word character, if asked), its place in
   * `list` to `id`; -1 if none.
   */
  private longestWord(text: string, pos: number): number {
    let best = -1;
    let node = 0;
    const { symbol, symbols, children, value } = this.words;
    const { wordEnd } = this;
    for (let i = pos; i < text.length; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) break;
      node = children[node * symbols + sym]!;
      if (node === 0) break;
      const id = value[node]!;
      if (id >= 0 && (!wordEnd || i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1)))) {
        best = i + 1;
        this.id = id;
      }
    }
    return best;
  }
}
