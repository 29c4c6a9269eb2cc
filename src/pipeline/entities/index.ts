/**
 * The gazetteer (actors.json, places.json — data, not code) and the matcher that finds its
 * entries in Arabic text: on normalised text, with clitics, longest match first, offsets into the
 * original. Roles ("الرئيس الكوري الجنوبي") name whoever held them at the article's date.
 */
import { z } from 'zod';
import { ActorKind, type Actor, type Bilingual } from '../../schema/dataset';
import { normalize, normalizeWithMap, toOriginalSpan, type Normalized } from '../../schema/normalize';
import type { EntityMention } from '../types';
import { matchesNear, wordStarts } from '../anchored';
import { LiteralMatcher } from '../literal-matcher';
// Imported, not read from disk by path: the compiler also runs as one bundled file
// (scripts/compile.mjs), where a path relative to this module would not exist. The launcher
// bundles again whenever one of these files changed, so the next compile sees an edit either way.
import actorsJson from './actors.json' with { type: 'json' };
import ignoreJson from './ignore.json' with { type: 'json' };
import placesJson from './places.json' with { type: 'json' };

const Name = z.object({ ar: z.string().min(1), en: z.string().min(1) });
const ActorEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    kind: ActorKind,
    name: Name,
    aliases: z.array(z.string()),
    demonyms: z.array(z.string()).optional(),
    country: z.string().optional(),
    /** A news agency or outlet: it reports events, it is not their actor (never a title's subject). */
    media: z.boolean().optional(),
    roles: z
      .array(z.object({ ar: z.array(z.string()).min(1), from: z.string(), to: z.string().optional() }))
      .optional(),
  })
  .strict();
const PlaceEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: Name,
    aliases: z.array(z.string()),
    country: z.string().optional(),
    /** A larger place it lies in (Vostochny → Russian Far East); else its country is the parent. */
    within: z.string().optional(),
  })
  .strict();
type ActorEntry = z.infer<typeof ActorEntry>;
type PlaceEntry = z.infer<typeof PlaceEntry>;

function load<T>(file: string, raw: unknown, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`gazetteer ${file}: entry ${i.path.join('.')}: ${i.message}`);
  }
  return parsed.data;
}

type Target =
  | { kind: 'ignore' }
  | { kind: 'actor'; id: string; via: 'name' | 'demonym' }
  | { kind: 'place'; id: string }
  | { kind: 'role'; options: { id: string; from: string; to?: string }[] };

const LOCATIVE = /(?:^|\s)(?:في|الي|من|داخل|قرب|ب)\s*$/u;
/** Words that may precede a demonym and make it mean the state acting: "القوات الروسية". */
export const AGENT_NOUNS = [
  'الاستخبارات',
  'المخابرات',
  'جهاز',
  'الشرطه',
  'البرلمان',
  'الوكاله',
  'الحكومه',
  'القوات',
  'الجيش',
  'الوزاره',
  'السلطات',
  'المسوولين',
  'المسوولون',
  'الدبلوماسيه',
  'البحريه',
  'الرياسه',
  'الخارجيه',
  'العملاق',
  'الجانب',
  'الشركات',
  'الناقلات',
  // Not "وسائل إعلام" (media): "لوسائل إعلام روسية" (*to* Russian media) would make Russia an actor
  // of every Kremlin statement that says it (112 of 1,781 events of the generated 1,000): the
  // recipient needs telling apart first.
];
/**
 * `before` ends with an agent noun and optional whitespace (`/(?:nouns…)\s*$/u`). As a regular
 * expression V8 tried every noun at every one of the 30 positions, for every demonym: most of
 * findEntities' time. (`trimEnd` strips exactly what `\s` matches.)
 */
export function followsAgentNoun(before: string): boolean {
  const s = before.trimEnd();
  for (const noun of AGENT_NOUNS) if (s.endsWith(noun)) return true;
  return false;
}
/** Titles that introduce a person's name: "السفير أندريه كولوميتس", "المتحدث باسم الخارجية ماريا …". */
export const TITLE_NAME = new RegExp(
  '(?<![\\p{L}])[وف]?(?:ال)?(?:رييس الوزراء|وزير الخارجيه|وزير الدفاع|وزيره? [\\u0621-\\u064a]+|الرييس|السفيره?|المتحدثه? باسم [\\u0621-\\u064a]+|المستشاره?|الجنرال|الاميرال|النايبه?|السيناتور|الاستاذه?|الباحثه?|الخبيره?)' +
    '\\s+([\\u0621-\\u064a]{2,})\\s+([\\u0621-\\u064a]{3,})',
  'gu',
);
const TITLE_NAME_AT = new RegExp(TITLE_NAME.source, 'uy');
/**
 * Every title of TITLE_NAME, after its optional "ال", starts with one of these words; a match starts
 * at most `[وف]` and two "ال" (5 characters) before one.
 */
export const TITLE_WORDS = /رييس|وزير|سفير|متحدث|مستشار|جنرال|اميرال|نايب|سيناتور|استاذ|باحث|خبير/g;
const TITLE_REACH = 5;

/** What `TITLE_NAME.exec` finds in a loop: tried only near a title word (see ../anchored.ts). */
export function findTitleName(text: string): RegExpExecArray[] {
  return matchesNear(TITLE_NAME_AT, text, wordStarts(TITLE_WORDS, text), TITLE_REACH);
}

/** …or followed by one after a comma: "أرتيوم لوكين، الأستاذ في جامعة …". */
export const NAME_TITLE = new RegExp(
  '(?<![\\p{L}])([\\u0621-\\u064a]{2,})\\s+([\\u0621-\\u064a]{3,})\\s*،\\s*(?=(?:ال)?(?:استاذ|استاذه|مسوول|مسووله|المتحدث|متحدث|مستشار|خبير|خبيره|باحث|باحثه|سفير|مدير|مديره|رييس|نايب|عضو)(?![\\p{L}]))',
  'gu',
);
const NAME_TITLE_AT = new RegExp(NAME_TITLE.source, 'uy');
const isNameLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
const SPACE = /\s/u;

/**
 * What `NAME_TITLE.exec` finds in a loop, trying it only where a match can start: every match
 * ends its name at a "،", and walking back from one (spaces, a word of [ء-ي], spaces, another)
 * leads to the only place a match through it can start. Tried everywhere, the two-word pattern was
 * a third of the time spent finding people.
 */
export function findNameTitle(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (let comma = text.indexOf('،'); comma >= 0; comma = text.indexOf('،', comma + 1)) {
    let p = comma;
    while (p > 0 && SPACE.test(text[p - 1]!)) p--;
    while (p > 0 && isNameLetter(text.charCodeAt(p - 1))) p--;
    while (p > 0 && SPACE.test(text[p - 1]!)) p--;
    while (p > 0 && isNameLetter(text.charCodeAt(p - 1))) p--;
    // Matches never overlap: one that starts inside the last is not one `exec` would give.
    if (p < end) continue;
    NAME_TITLE_AT.lastIndex = p;
    const m = NAME_TITLE_AT.exec(text);
    if (!m) continue;
    out.push(m);
    end = p + m[0].length;
  }
  return out;
}

export const NOT_NAMES = new Set(
  'ان قد الذي التي الروسي الروسيه الامريكي الكوري الصيني الاوكراني الايراني ونظيره نظيره السابق الحالي الاعلي في من علي الي عن مع'.split(
    ' ',
  ),
);

const TRANSLIT: Record<string, string> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'u',
  ي: 'y',
  ء: '',
};

export function transliterate(ar: string): string {
  return normalize(ar)
    .split(/\s+/)
    .map((w) => [...w].map((c) => TRANSLIT[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join(''))
    .filter(Boolean)
    .join(' ');
}

/** A person's name as the text writes it, and transliterated. */
function titledName(ar: string): Bilingual {
  const en = transliterate(ar)
    .split(' ')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
  return { ar, en };
}

export interface Gazetteer {
  /** `norm`: the text already normalised, to save doing it again. */
  findEntities(text: string, opts?: { at?: string | undefined; norm?: Normalized }): EntityMention[];
  findTitledPersons(text: string, norm?: Normalized): EntityMention[];
  /**
   * Remember the people `findTitledPersons` found in `text` (its `via: 'titled'` mentions), as it
   * does itself: for the copy of the gazetteer in the main thread when a worker found them.
   */
  learnTitled(text: string, mentions: readonly EntityMention[]): void;
  actorKind(id: string): Actor['kind'] | undefined;
  countryOf(id: string): string | undefined;
  isMedia(id: string): boolean;
  /** The place or country a place lies in; undefined for countries and unknown ids. */
  parentOf(id: string): string | undefined;
  nameOf(id: string): Bilingual;
  placeName(id: string): Bilingual;
  actorRecord(id: string, aliases: string[]): Actor;
}

export function loadGazetteer(): Gazetteer {
  const actors = load('actors.json', actorsJson, ActorEntry);
  const places = load('places.json', placesJson, PlaceEntry);
  const actorById = new Map<string, ActorEntry>(actors.map((a) => [a.id, a]));
  const placeById = new Map<string, PlaceEntry>(places.map((p) => [p.id, p]));
  const titled = new Map<string, Bilingual>();

  const targets = new Map<string, Target>();
  const set = (alias: string, t: Target) => {
    const k = normalize(alias).replace(/\s+/g, ' ').trim();
    if (k.length < 2) return;
    const prev = targets.get(k);
    if (prev && prev.kind === 'role' && t.kind === 'role') prev.options.push(...t.options);
    else if (!prev || (t.kind === 'actor' && prev.kind !== 'ignore')) targets.set(k, t);
  };
  // Phrases that contain an entry's alias but name something else ("مجلس الأمن القومي" is a
  // country's own security council, not the UN's): matched, longest first, and dropped.
  for (const phrase of load('ignore.json', ignoreJson, z.string())) set(phrase, { kind: 'ignore' });
  for (const p of places) for (const a of [p.name.ar, ...p.aliases]) set(a, { kind: 'place', id: p.id });
  for (const a of actors) {
    for (const alias of [a.name.ar, ...a.aliases]) set(alias, { kind: 'actor', id: a.id, via: 'name' });
    for (const d of a.demonyms ?? []) set(d, { kind: 'actor', id: a.id, via: 'demonym' });
  }
  for (const a of actors)
    for (const r of a.roles ?? [])
      for (const phrase of r.ar)
        set(phrase, { kind: 'role', options: [{ id: a.id, from: r.from, ...(r.to ? { to: r.to } : {}) }] });
  const keys = [...targets.keys()].sort((x, y) => y.length - x.length);
  // Word start, clitics (conjunction, preposition, the article's contracted ل), the article, the
  // longest key, word end: `${WORD_START}(?:[وف])?(?:[بكل]|لل)?(?:ال)?(keys…)${WORD_END}` as a trie
  // (see literal-matcher.ts: that regex was 5 s of a 10,000-article compile).
  const re = new LiteralMatcher(
    keys,
    [
      { alternatives: ['و', 'ف'], optional: true },
      { alternatives: ['ب', 'ك', 'ل', 'لل'], optional: true },
      { alternatives: ['ال'], optional: true },
    ],
    true,
  );
  // After ل the article loses its alif: ل + الكرملين → للكرملين. (`${WORD_START}[وف]?لل(keys…)${WORD_END}`)
  const withArticle = new Map(keys.filter((k) => k.startsWith('ال')).map((k) => [k.slice(2), k]));
  const reLl = new LiteralMatcher(
    withArticle.keys(),
    [
      { alternatives: ['و', 'ف'], optional: true },
      { alternatives: ['لل'], optional: false },
    ],
    true,
  );
  // Each matcher's target by the word's place in its list, as `targets.get(key)` gave it.
  const reKey = re.list;
  const reTarget = reKey.map((k) => targets.get(k));
  const llKey = reLl.list.map((w) => withArticle.get(w)!);
  const llTarget = llKey.map((k) => targets.get(k));
  // Capital cities double as their country ("بيونغ يانغ أرسلت"); after "في/إلى" they are the place.
  const capitalPlace = new Map<string, string>();
  for (const p of places) for (const a of [p.name.ar, ...p.aliases]) capitalPlace.set(normalize(a), p.id);

  const resolveRole = (t: Extract<Target, { kind: 'role' }>, at?: string): string | undefined => {
    if (!at) return t.options.length === 1 ? t.options[0]!.id : undefined;
    const m = at.slice(0, 7);
    return t.options.find((o) => o.from <= m && (!o.to || m < o.to))?.id;
  };

  return {
    findEntities(text, opts) {
      const norm = opts?.norm ?? normalizeWithMap(text);
      const out: EntityMention[] = [];
      const normText = norm.text;
      const [reCount, llCount] = LiteralMatcher.scanBoth(re, reLl, normText);
      const count = reCount * 4;
      const countLl = llCount * 4;
      const a = re.hits;
      const b = reLl.hits;
      let covered = -1;
      // Each matcher's matches are in order and never overlap; merged by start, the longer first
      // (then `re`'s), they are what the stable sort of the two lists by start and length gave.
      for (let i = 0, j = 0; i < count || j < countLl;) {
        const fromRe = j >= countLl || (i < count && (a[i]! < b[j]! || (a[i] === b[j] && a[i + 2]! >= b[j + 2]!)));
        const h = fromRe ? a : b;
        const k = fromRe ? i : j;
        if (fromRe) i += 4;
        else j += 4;
        const index = h[k]!;
        const at = h[k + 1]!;
        const end = h[k + 2]!;
        if (index < covered) continue;
        covered = end;
        const key = (fromRe ? reKey : llKey)[h[k + 3]!]!;
        const t = (fromRe ? reTarget : llTarget)[h[k + 3]!];
        if (!t) continue;
        if (t.kind === 'ignore') continue;
        // Mentions are built field by field, not as `{ ...span, … }`: the spread took the slow
        // object-cloning path and was two thirds of findEntities' time.
        const span = toOriginalSpan(norm, at, end);
        if (t.kind === 'role') {
          const id = resolveRole(t, opts?.at);
          if (id)
            out.push({
              start: span.start,
              end: span.end,
              id,
              type: 'actor',
              kind: actorById.get(id)!.kind,
              via: 'role',
            });
          continue;
        }
        if (t.kind === 'place') {
          out.push({ start: span.start, end: span.end, id: t.id, type: 'place', via: 'name' });
          continue;
        }
        const before = normText.slice(Math.max(0, index - 30), index);
        // "لندن – وقع الرئيس…": a city opening a paragraph before a dash is where it was written.
        // (The rarer half tested first.)
        if (/^\s*[-–—:]/u.test(normText.slice(end, end + 3)) && /(?:^|\n)\s*$/u.test(before)) continue;
        const capital = capitalPlace.get(key);
        if (capital && (LOCATIVE.test(before) || /[بف]/u.test(normText.slice(index, at)))) {
          out.push({ start: span.start, end: span.end, id: capital, type: 'place', via: 'name' });
          continue;
        }
        if (t.via === 'demonym' && !followsAgentNoun(before)) continue;
        out.push({
          start: span.start,
          end: span.end,
          id: t.id,
          type: 'actor',
          kind: actorById.get(t.id)!.kind,
          via: t.via,
        });
      }
      return out;
    },
    findTitledPersons(text, normalized) {
      const norm = normalized ?? normalizeWithMap(text);
      const out: EntityMention[] = [];
      const found: { s: number; e: number; words: [string, string] }[] = [];
      for (const [matches, nameFirst] of [
        [findTitleName(norm.text), false],
        [findNameTitle(norm.text), true],
      ] as const)
        for (const m of matches) {
          const nameEnd = nameFirst ? m.index + m[0].search(/\s*،/u) : m.index + m[0].length;
          const nameStart = nameEnd - (m[1]!.length + 1 + m[2]!.length);
          // The two words must be separated by exactly one space for the span to be the name.
          if (norm.text.slice(nameStart, nameEnd) !== `${m[1]} ${m[2]}`) continue;
          found.push({ s: nameStart, e: nameEnd, words: [m[1]!, m[2]!] });
        }
      found.sort((a, b) => a.s - b.s);
      let last = -1;
      for (const { s, e, words } of found) {
        if (s < last) continue;
        // Function words, nationalities and known entities are not a person's name.
        if (words.some((w) => NOT_NAMES.has(w) || w.startsWith('ال') || targets.has(w))) continue;
        if (targets.has(words.join(' '))) continue;
        last = e;
        const span = toOriginalSpan(norm, s, e);
        const name = titledName(text.slice(span.start, span.end));
        const id = name.en.toLowerCase().replace(/[^a-z0-9]+/g, '-');
        if (!id || actorById.has(id)) continue;
        titled.set(id, name);
        out.push({ start: span.start, end: span.end, id, type: 'actor', kind: 'person', via: 'titled' });
      }
      return out;
    },
    learnTitled(text, mentions) {
      for (const m of mentions) if (m.via === 'titled') titled.set(m.id, titledName(text.slice(m.start, m.end)));
    },
    actorKind: (id) => actorById.get(id)?.kind ?? (titled.has(id) ? 'person' : undefined),
    countryOf: (id) => actorById.get(id)?.country,
    isMedia: (id) => actorById.get(id)?.media === true,
    parentOf: (id) => placeById.get(id)?.within ?? placeById.get(id)?.country,
    nameOf: (id) => actorById.get(id)?.name ?? titled.get(id) ?? { ar: id, en: id },
    placeName: (id) => placeById.get(id)?.name ?? { ar: id, en: id },
    actorRecord(id, aliases) {
      const a = actorById.get(id);
      if (a) return { id, kind: a.kind, name: a.name, aliases, inGazetteer: true };
      return { id, kind: 'person', name: titled.get(id) ?? { ar: id, en: id }, aliases, inGazetteer: false };
    },
  };
}
