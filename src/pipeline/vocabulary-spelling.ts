/**
 * The compiler matches its own words (date rules, entity titles and nouns, trigger stems) against
 * normalised text (../schema/normalize.ts: أ→ا, ئ→ي, ة→ه …), so a word written any other way can
 * never match: dead, and silent about it. Words written with their hamza were found dead that way
 * in each of those vocabularies (BENCHMARKS.md, hamza words); each one's tests ask this for none.
 */
import { normalize } from '../schema/normalize';

/**
 * The Arabic words of `sources` (words, phrases or regular expression sources) that normalised
 * text cannot contain, each with where it was found.
 */
export function unnormalisedWords(sources: Iterable<string>): string[] {
  const out: string[] = [];
  for (const source of sources)
    for (const word of source.match(/[\u0600-\u06ff]+/g) ?? [])
      if (normalize(word) !== word) out.push(`«${word}» in ${source.slice(0, 40)}`);
  return out;
}
