/**
 * The URL contract, parsed and built in exactly one place. Components never assemble query
 * strings: they describe the state they want and call `buildSearch`/`toShareUrl`.
 *
 *   ?event=<id>                   the selected event (its panel open, the timeline centred on it)
 *   &actors=<id>,<id>&match=all   the actor filter; `match` defaults to `any`
 *   &from=YYYY-MM-DD&to=YYYY-MM-DD the visible window, both days inclusive
 *   &lang=ar|en                   UI language; Arabic when absent
 *
 * Parsing never throws: anything malformed is dropped from the state and reported as a problem,
 * so a hostile or truncated link still opens the full timeline with a message.
 */
import { LANGUAGES, type Language } from '../i18n/resources';

export type Lang = Language;
const LANGS = LANGUAGES;
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

export interface ViewWindow {
  /** First visible day, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** Last visible day (inclusive), ISO `YYYY-MM-DD`, after `from`. */
  readonly to: string;
}

export interface UrlState {
  readonly event: string | null;
  readonly actors: readonly string[];
  readonly match: MatchMode;
  readonly window: ViewWindow | null;
  readonly lang: Lang;
}

export type UrlProblem =
  | { readonly kind: 'bad-event'; readonly value: string }
  | { readonly kind: 'bad-actors'; readonly value: string }
  | { readonly kind: 'bad-match'; readonly value: string }
  | { readonly kind: 'bad-window'; readonly value: string }
  | { readonly kind: 'bad-lang'; readonly value: string };

export interface ParsedUrl {
  readonly state: UrlState;
  readonly problems: readonly UrlProblem[];
}

export const DEFAULT_STATE: UrlState = { event: null, actors: [], match: 'any', window: null, lang: 'ar' };

/** The dataset's id alphabet (see src/schema/dataset.ts); anything else cannot name an event. */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID_LENGTH = 200;
const MAX_ACTORS = 100;
/** Problems quote the offending value; cap it so a huge hostile parameter cannot flood the page. */
const MAX_QUOTE = 80;

export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID.test(value);
}

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

function quote(value: string): string {
  return value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value;
}

export function parseUrlState(search: string): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: DEFAULT_STATE, problems: [] };
  }
  const problems: UrlProblem[] = [];

  let event: string | null = null;
  const rawEvent = params.get('event');
  if (rawEvent !== null && rawEvent !== '') {
    if (isId(rawEvent)) event = rawEvent;
    else problems.push({ kind: 'bad-event', value: quote(rawEvent) });
  }

  const actors: string[] = [];
  const rawActors = params.get('actors');
  if (rawActors !== null && rawActors.trim() !== '') {
    const bad: string[] = [];
    for (const part of rawActors.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!isId(id)) bad.push(id);
      else if (!actors.includes(id) && actors.length < MAX_ACTORS) actors.push(id);
    }
    if (bad.length > 0) problems.push({ kind: 'bad-actors', value: quote(bad.join(',')) });
  }

  let match: MatchMode = 'any';
  const rawMatch = params.get('match');
  if (rawMatch !== null && rawMatch !== '') {
    if ((MATCH_MODES as readonly string[]).includes(rawMatch)) match = rawMatch as MatchMode;
    else problems.push({ kind: 'bad-match', value: quote(rawMatch) });
  }

  let window: ViewWindow | null = null;
  const from = params.get('from');
  const to = params.get('to');
  if ((from !== null && from !== '') || (to !== null && to !== '')) {
    if (from !== null && to !== null && isIsoDay(from) && isIsoDay(to) && from < to) window = { from, to };
    else problems.push({ kind: 'bad-window', value: quote(`from=${from ?? ''}&to=${to ?? ''}`) });
  }

  let lang: Lang = 'ar';
  const rawLang = params.get('lang');
  if (rawLang !== null && rawLang !== '') {
    if ((LANGS as readonly string[]).includes(rawLang)) lang = rawLang as Lang;
    else problems.push({ kind: 'bad-lang', value: quote(rawLang) });
  }

  return { state: { event, actors, match, window, lang }, problems };
}

/**
 * The query string for a state, `''` for the default view. Keys in a fixed order and defaults
 * left out, so equal states give equal URLs (history entries and shared links compare cleanly).
 * Ids are `[a-z0-9-]`, so the comma list stays readable without escaping.
 */
export function buildSearch(state: UrlState): string {
  const parts: string[] = [];
  if (state.event !== null && isId(state.event)) parts.push(`event=${state.event}`);
  const actors = state.actors.filter(isId);
  if (actors.length > 0) parts.push(`actors=${actors.join(',')}`);
  if (state.match === 'all') parts.push('match=all');
  if (state.window && isIsoDay(state.window.from) && isIsoDay(state.window.to) && state.window.from < state.window.to)
    parts.push(`from=${state.window.from}`, `to=${state.window.to}`);
  if (state.lang !== 'ar') parts.push(`lang=${state.lang}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The address of `state` on the page at `currentHref` (same path, no fragment). */
export function buildHref(state: UrlState, currentHref: string): string {
  const url = new URL(currentHref);
  url.search = buildSearch(state);
  url.hash = '';
  return url.href;
}
