/**
 * Actor search: the query and every name (Arabic, English, aliases met in the corpus) are
 * compared after the dataset's own Arabic normalisation, so "أوكرانيا" and "اوكرانيا" meet.
 * On top of that a small fuzziness for how people actually type names: long vowels (ا و ي) are
 * often left out or added in transliterated names ("بوتن" for "بوتين"), so a second comparison
 * drops them from both sides.
 */
import type { Actor } from '../schema/dataset';
import { normalize } from '../schema/normalize';

const LONG_VOWELS = /[اوي]/g;
const COMBINING = /[\u0300-\u036f]/g;
/** Folded text keeps letters and digits of any script; punctuation becomes a word break. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The matching form: NFD without Latin accents, Arabic-normalised, lower case, single spaces. */
export function normalizeForSearch(text: string): string {
  return normalize(text.normalize('NFD').replace(COMBINING, '')).toLowerCase().replace(NON_WORD, ' ').trim();
}

/** The fuzzier form: also without long vowels (and so without spaces left dangling). */
export function foldForSearch(text: string): string {
  return normalizeForSearch(text).replace(LONG_VOWELS, '').replace(/\s+/g, ' ').trim();
}

export interface SearchKeys {
  readonly normal: readonly string[];
  readonly folded: readonly string[];
}

/** Precompute once per actor: searching 1,000 actors per keystroke then costs a few includes(). */
export function searchKeys(actor: Pick<Actor, 'name' | 'aliases'>): SearchKeys {
  const names = [actor.name.ar, actor.name.en, ...actor.aliases];
  return { normal: names.map(normalizeForSearch), folded: names.map(foldForSearch) };
}

/**
 * Does the query match? An empty query matches everything. The vowel-less comparison needs at
 * least two letters left, or a one-letter query like "يو" would match half the list.
 */
export function matchesSearch(keys: SearchKeys, query: string): boolean {
  const q = normalizeForSearch(query);
  if (q === '') return true;
  if (keys.normal.some((k) => k.includes(q))) return true;
  const f = foldForSearch(query);
  return f.replace(/\s/g, '').length >= 2 && keys.folded.some((k) => k.includes(f));
}

export function searchActors<A extends Pick<Actor, 'name' | 'aliases'>>(actors: readonly A[], query: string): A[] {
  return actors.filter((a) => matchesSearch(searchKeys(a), query));
}
