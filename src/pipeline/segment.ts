/**
 * Segmentation of an article into lines labelled title / body / caption / credit / furniture.
 *
 * Scraped Arabic news pages mix the article with site furniture: ad markers, "اقرأ أيضاً" teasers
 * (sometimes a whole second story), related-article lists, tag and share lines, source lines,
 * author bios, photo captions and credits. Events must come only from the body, so each non-blank
 * line becomes one segment with a kind and, where useful, the rule that recognised it (`reason`).
 *
 * The rules are general (patterns of Arabic news sites), matched on the normalised line
 * (`normalize`: alef/ya/ta-marbuta forms, diacritics, tatweel, digits, dashes) so that spelling
 * variants such as "إقرأ أيضاً" / "اقرأ ايضا" are one rule. Everything is linear in the text
 * length: one pass to find lines, a constant number of anchored regexes per line, one pass to label.
 */
import { isWordCode, WORD_CHAR, WORD_END, WORD_START } from './word-edges';
import {
  decode,
  normalize,
  normalizeCode,
  normalizeWithMap,
  originalToNormalized,
  type Normalized,
} from '../schema/normalize';
import type { SegmentKind } from '../schema/dataset';
import type { Span, TextSegment } from './types';

// ---------------------------------------------------------------------------------------------
// Lines

export interface Line extends Span {
  /** `text.slice(start, end)`: the line without surrounding whitespace or invisible marks. */
  raw: string;
}

/** Whitespace and invisible marks that never start or end a segment. */
function isTrimmable(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) || // spaces, zero-width chars, LRM/RLM
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The non-blank lines of `text`, each trimmed so that start/end point at its first/last visible
 * character. Line breaks are \n, \r\n, a lone \r, U+2028 and U+2029 (the text keeps them as read).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end) => lines.push({ start, end, raw: text.slice(start, end) }));
  return lines;
}

/** Each line `splitLines` finds, as its trimmed bounds only. */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      j++;
    }
    let s = i;
    let e = j;
    while (s < e && isTrimmable(text.charCodeAt(s))) s++;
    while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
    if (e > s) visit(s, e);
    if (j >= n) break;
    i = text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
}

/**
 * The matching key of a line: normalised, every run of non-letters/digits (punctuation, quotes of
 * any style, dashes) collapsed to one space. Two copies of a headline with "…" vs “…” quotes, or a
 * footer with different spacing, get the same key.
 */
const NON_WORD_RUN = new RegExp(`[^${WORD_CHAR}]+`, 'g');

export function lineKey(line: string): string {
  return keyOfNormalized(normalize(line));
}

function keyOfNormalized(norm: string): string {
  return norm.replace(NON_WORD_RUN, ' ').trim();
}

/** Code units of the keys being built (`appendKey`), reused: grown when a text needs more. */
let keyCodes = new Uint16Array(1 << 12);

/**
 * Append the key of `s.slice(a, b)` (its runs of WORD_CHAR joined by single spaces: what
 * `keyOfNormalized` makes; of the slice normalised first, if `normalizing`) to `keyCodes` at `k`;
 * returns the new end, or -1 when the key would be longer than `max`. Keys are letters, digits
 * and spaces (no surrogates to decode). Building the keys of an article this way and decoding them
 * once cost half of a regular-expression replace and a trim per line (measured on 2,000 articles
 * of corpus-10000).
 */
function appendKey(s: string, a: number, b: number, k: number, max: number, normalizing = false): number {
  if (keyCodes.length < k + (b - a)) {
    const grown = new Uint16Array(Math.max(keyCodes.length * 2, k + (b - a)));
    grown.set(keyCodes.subarray(0, k));
    keyCodes = grown;
  }
  const codes = keyCodes;
  const limit = k + max;
  const from = k;
  let gap = false;
  for (let i = a; i < b; i++) {
    const c = normalizing ? normalizeCode(s.charCodeAt(i)) : s.charCodeAt(i);
    // A dropped code unit (a diacritic, tatweel) is not there at all: no gap either.
    if (c < 0) continue;
    if (!isWordCode(c)) gap = true;
    else {
      if (gap && k > from) codes[k++] = 0x20;
      gap = false;
      if (k >= limit) return -1;
      codes[k++] = c;
    }
  }
  return k;
}

/** Repeated-line detection ignores short lines ("المصدر", "شارك"): they are handled by rules. */
export const REPEATED_MIN_LENGTH = 20;
/**
 * …and long ones: a whole paragraph found in two articles is syndicated wire copy (agencies sell
 * the same text to many outlets), which is news, not site furniture. Footers and slogans are short.
 */
export const REPEATED_MAX_LENGTH = 160;

/**
 * Keys (`lineKey`) of lines of at least REPEATED_MIN_LENGTH characters that occur in two or more
 * different texts: site footers, slogans and disclaimers. One pass, linear in the total size.
 */
export function findRepeatedLines(texts: string[]): Set<string> {
  return findRepeatedKeys(texts.map(repeatableKeys));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (normalised forms: ا for أ إ آ, ي for ى, ه for ة, no diacritics, Latin lower-case)

/** Word boundaries for Arabic: JS `\b` only knows ASCII letters. */
const B = WORD_START;
const E = WORD_END;
const words = (alts: readonly string[]): string => `${B}(?:${alts.join('|')})${E}`;

/** News and photo agencies, and the generic words photo credits use. */
export const AGENCIES: readonly string[] = [
  'رويترز',
  'reuters',
  'فرانس برس',
  'فرانس بريس',
  'وكاله الصحافه الفرنسيه',
  'الصحافه الفرنسيه',
  'ا ف ب',
  'اف ب',
  'afp',
  'اسوشيتد برس',
  'اسوشييتد برس',
  'اسوشيتدبرس',
  'associated press',
  'ap',
  'ا ب',
  'د ب ا',
  'dpa',
  'الاناضول',
  'anadolu',
  'سبوتنيك',
  'sputnik',
  'تاس',
  'tass',
  'ريا نوفوستي',
  'نوفوستي',
  'شينخوا',
  'xinhua',
  'يونهاب',
  'yonhap',
  'كيودو',
  'kyodo',
  'واس',
  'وام',
  'قنا',
  'كونا',
  'بترا',
  'سانا',
  'وفا',
  'ارنا',
  'ايرنا',
  'irna',
  'epa',
  'ا ب ا',
  'كي سي ان ايه',
  'kcna',
  'وكالات',
  'الوكالات',
  'متابعات',
];

/** Words that only photo credits use (alone they do not make a credit, but with an agency they do). */
const PHOTO_WORDS: readonly string[] = [
  'غيتي',
  'جيتي',
  'getty',
  'ايماجز',
  'ايميجز',
  'images',
  'شاترستوك',
  'shutterstock',
  'مساهم',
  'contributor',
  'pool',
  'بول',
  'تصوير',
  'photo',
  'ويكيميديا',
  'wikimedia',
];

const AGENCY_RE = new RegExp(words(AGENCIES), 'u');
const AGENCY_OR_PHOTO_RE = new RegExp(words([...AGENCIES, ...PHOTO_WORDS]), 'u');
const AGENCY_OR_PHOTO_G = new RegExp(words([...AGENCIES, ...PHOTO_WORDS]), 'gu');
const PHOTO_RE = new RegExp(words(PHOTO_WORDS), 'u');

/** Month names of both naming systems (+ Maghrebi/Hijri/English) in normalised spelling. */
export const MONTH_WORDS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون الثاني',
  'كانون ثاني',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين الاول',
  'تشرين اول',
  'تشرين الثاني',
  'تشرين ثاني',
  'كانون الاول',
  'كانون اول',
  'جانفي',
  'فيفري',
  'افريل',
  'ماي',
  'جوان',
  'جويليه',
  'يوليوز',
  'اوت',
  'غشت',
  'شتنبر',
  'نونبر',
  'دجنبر',
  'محرم',
  'صفر',
  'ربيع الاول',
  'ربيع الثاني',
  'ربيع الاخر',
  'جمادي الاولي',
  'جمادي الاول',
  'جمادي الثانيه',
  'جمادي الاخره',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعده',
  'ذي القعده',
  'ذو الحجه',
  'ذي الحجه',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه'];
/** Tokens a date-only line ("الثلاثاء 18 يونيو 2024 - 10:30 ص بتوقيت مكة") may consist of. */
const DATE_TOKENS = new Set<string>([
  ...MONTH_WORDS.flatMap((m) => m.split(' ')),
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => d.slice(2)),
  ...'sunday monday tuesday wednesday thursday friday saturday jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
  ...'يوم في الموافق م ه ص مساء صباحا ظهرا الساعه الساعة بتوقيت غرينتش جرينتش مكه المكرمه القدس ت غ gmt utc am pm at on'.split(
    ' ',
  ),
]);
const MONTH_RE = new RegExp(words(MONTH_WORDS), 'u');

/** Journalist professions that open an author bio ("صحفية عراقية من اربيل…", "كاتب وصحفي…"). */
const PROFESSIONS = new Set<string>(
  (
    'صحفي صحفيه صحافي صحافيه كاتب كاتبه اعلامي اعلاميه محرر محرره مراسل مراسله باحث باحثه مدون مدونه ' +
    'محلل محلله ناشط ناشطه اكاديمي اكاديميه مترجم مترجمه مذيع مذيعه روايي رواييه شاعر شاعره ' +
    'journalist writer reporter editor correspondent researcher analyst columnist'
  ).split(' '),
);

const SPEECH_VERB =
  '[وف]?(?:قال|قالت|يقول|تقول|اضاف|اضافت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت|اوضح|اوضحت|افاد|افادت|صرح|صرحت|اعتبر|اعتبرت|said|says|told)';
/**
 * A speech verb as a whole word, on a line's key: its words are the line's (runs of WORD_CHAR),
 * one space apart, so edges are spaces. `words([SPEECH_VERB])` on the line cost twice as much:
 * its look-behind is tried at every character.
 */
const SPEECH_IN_KEY = new RegExp(`(?:^| )${SPEECH_VERB}(?= |$)`, 'u');

// --- line rules, on the normalised line `n` (whitespace collapsed) or its key `k` ---

const AD_MARKER = /^\[\s*ad[\s_-]*\d*\s*\]$/;
const AD_WORDS = new Set([
  'اعلان',
  'اعلانات',
  'مساحه اعلانيه',
  'advertisement',
  'advertising',
  'sponsored',
  'ad',
  'محتوي مدفوع',
  'محتوي ممول',
  'محتوي برعايه',
]);

/** "اقرأ أيضاً", "إقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "للمزيد", "Read also"… */
const READ_ALSO =
  /^[\s\-•*>»›|]*(?:(?:ا?قرا|طالع|شاهد|اطلع علي)\s*(?:ايضا|كذلك|المزيد)|اقرا ايضا|للمزيد(?: من (?:الاخبار|التفاصيل))?\s*[:：]|(?:also read|read also|read more|see also|watch also)(?![a-z]))/u;

/** Headers of related-article lists ("مقالات مشابهة", "أخبار ذات صلة", "الأكثر قراءة", …). */
const RELATED_HEADERS = [
  /^(?:مقالات|اخبار|مواضيع|مواد|قصص|تقارير|موضوعات|روابط)(?: [^ ]+){0,2} (?:ذات صله|مشابهه|متعلقه|مرتبطه|اخري)$/u,
  /^(?:الاكثر|الاعلي) (?:قراءه|مشاهده|تداولا|تعليقا|شعبيه|مشاركه|قراءه اليوم)(?: [^ ]+){0,2}$/u,
  /^(?:ذات صله|اخترنا لك|قد يهمك(?: ايضا)?|قد يعجبك(?: ايضا)?|ننصحك بقراءه|المزيد من (?:الاخبار|الاخبار ذات الصله|المقالات)|اخر الاخبار|اهم الاخبار|اخبار اخري|مقالات اخري|اقرا في الموضوع)$/u,
  /^(?:related|related (?:posts|articles|news|stories|content)|more stories|more from [a-z ]+|most (?:read|popular|viewed)|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?)$/u,
];

/** "كلمات دلالية: …", "الوسوم: …", "Tags: …" (or the header alone, the tags on the next lines). */
const TAGS_LINE =
  /^(?:كلمات دلاليه|الكلمات الدلاليه|كلمات مفتاحيه|الكلمات المفتاحيه|الوسوم|وسوم|الموضوعات|مواضيع|هاشتاغ|هاشتاج|tags|keywords|topics)\s*[:：]/u;
const TAGS_ALONE =
  /^(?:كلمات دلاليه|الكلمات الدلاليه|كلمات مفتاحيه|الكلمات المفتاحيه|الوسوم|وسوم|tags|keywords|topics)$/u;
/** "طباعة شارك البرنامج المبدئي …": the print/share bar that lists the article's tags. */
const PRINT_SHARE_TAGS = /^(?:طباعه|print)\s+(?:شارك|share)\s+\S/u;
const HASHTAGS = /^(?:#[^\s#]+\s*){2,}$/u;

/** Share/print/comment bars: every word is one of these, and at least one is a core word. */
const SHARE_CORE = new Set([
  'share',
  'شارك',
  'شاركها',
  'مشاركه',
  'طباعه',
  'اطبع',
  'print',
  'tweet',
  'غرد',
  'facebook',
  'فيسبوك',
  'twitter',
  'تويتر',
  'whatsapp',
  'واتساب',
  'telegram',
  'تلغرام',
  'تيليجرام',
  'linkedin',
  'email',
]);
const SHARE_FILLER = new Set([
  'الخبر',
  'المقال',
  'الموضوع',
  'هذا',
  'هذه',
  'عبر',
  'علي',
  'this',
  'on',
  'via',
  'the',
  'article',
  'story',
  'x',
  'فيس',
  'بوك',
  'واتس',
  'اب',
  'لينكد',
  'ان',
  'البريد',
  'الالكتروني',
  'ارسال',
  'نسخ',
  'الرابط',
  'رابط',
  'مختصر',
  'copy',
  'link',
  'pinterest',
  'reddit',
  'messenger',
  'حفظ',
  'save',
  'pdf',
  'مع',
  'اصدقايك',
  'friends',
]);
const COMMENTS =
  /^(?:comments are closed|comments closed|التعليقات مغلقه|التعليق مغلق|اضف تعليق(?:ا|ك)?|اترك تعليقا|اترك ردا|leave a (?:comment|reply)|no comments(?: yet)?|لا توجد تعليقات|\d+ (?:تعليق|تعليقات|comments?))$/u;

/** "المصدر: صحيفة الجزيرة", "المصدر: وكالات + الجزيرة نت", a lone "المصدر", "Source: …". */
const SOURCE_LINE = /^\(?\s*(?:المصدر|المصادر|مصدر الخبر|source|sources)\s*(?:$|[:：\-/|]\s*(.*)$)/u;

const COPYRIGHT = /^(?:©|\(c\)|copyright|جميع الحقوق محفوظه|حقوق النشر محفوظه|all rights reserved)/u;
const BREADCRUMB = /^(?:الرييسيه|الصفحه الرييسيه|home)\s*[>»/›|]/u;

/** "تاريخ النشر: …", "نُشر في …", "آخر تحديث: …", "Published: …" followed by a date. */
export const PUBLISHED_LABEL =
  /^(?:تاريخ النشر|تاريخ الخبر|تاريخ ونشر|نشر بتاريخ|نشر في|تم النشر(?: في)?|نشر|اخر تحديث|تم التحديث(?: في)?|تحديث|published(?: on| at)?|updated(?: on| at)?|last updated|posted(?: on)?)\s*[:：\-|]?\s*/u;
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)/u;

/** Credit kinds. */
const EDITING = /^(?:اعداد|تغطيه|كتابه|تحرير|ترجمه|reporting|writing|editing|additional reporting)/u;
const CONTRIBUTORS =
  /(?:ساهم|ساهمت|شارك|شاركت|ساعد|ساعدت)(?: [^ ]+){1,14} في (?:اعداد|كتابه|تغطيه|تحرير) (?:هذا|هذه) (?:التقرير|الخبر|القصه|المقال|الماده|التغطيه)|contributed (?:to this report|reporting)/u;
/** What any CONTRIBUTORS match contains: a cheap test before its backtracking one. */
const CONTRIBUTORS_NEED = /ساهم|شارك|ساعد|contributed/u;
const BYLINE = /^(?:(?:بقلم|كتب|كتبت|كتبه|كتبها|اعداد|تحرير|ترجمه|تقرير|مراسل|by)\s*[:：]\s*\S|(?:بقلم|by) \S)/u;
const PHOTO_CREDIT_LEAD = /^\(?\s*(?:تصوير|photo|photograph|credit|الصوره من|صوره من)\s*[:：]?\s*\S/u;

/** Explicit photo captions. */
const CAPTION_LEAD =
  /^\(?\s*(?:في هذه الصوره|في الصوره|في صوره|تظهر الصوره|تظهر هذه الصوره|الصوره\s*[:：]|صوره\s*[:：]|صوره ارشيفيه|صوره من الارشيف|صوره تعبيريه|صوره ملف|شرح الصوره|photo\s*[:：]|pictured|in this (?:photo|picture|image)|caption\s*[:：]|file photo)/u;
const CAPTION_PAREN =
  /\(\s*(?:تصوير|صوره|الصوره|ارشيفيه|ارشيف|صوره ارشيفيه|photo|photograph|file photo|credit|getty|epa|ap photo|afp photo|afp via getty)[^()]*\)/u;

/** A standalone dateline with an agency: "موسكو - رويترز", "بيروت (ا ف ب)". */
const AGENCY_ALT = `(?:${AGENCIES.join('|')})`;
const DATELINE_ALONE = new RegExp(
  `^(?:[^\\s\\d]+ ){0,2}[^\\s\\d]+ ?(?:[-،,] ?${AGENCY_ALT}|\\( ?${AGENCY_ALT} ?\\))(?: ?-)?$`,
  'u',
);
/** A paragraph that opens with such a dateline: the start of a (new) wire story. */
const DATELINE_START = new RegExp(
  `^(?:[^\\s\\d]+ ){0,2}[^\\s\\d]+ ?(?:- ?${AGENCY_ALT} ?-|\\( ?${AGENCY_ALT} ?\\) ?-|، ?${AGENCY_ALT} ?-) \\S`,
  'u',
);

/**
 * Whether `n` (whitespace collapsed) can match DATELINE_ALONE or DATELINE_START: both open with at
 * most three words without digits (at most three spaces) and then a dash, comma or bracket. Most
 * lines are given up at their fourth space, where the expressions backtracked through each word.
 */
function mayBeDateline(n: string): boolean {
  let spaces = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 0x2d || c === 0x28 || c === 0x060c || c === 0x2c) return true; // - ( ، ,
    if ((c === 0x20 && ++spaces > 3) || (c >= 0x30 && c <= 0x39)) return false;
  }
  return false;
}

const BULLET = /^[•·▪◾◽●○◦►▶✓✔*\-–—]\s*\S/u;
const DASH_ONLY = /^[-–—ـ_]+$/u;

/** Chars after which a line is a finished sentence (closing quotes/brackets are looked through). */
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '›']);
function lastVisible(raw: string): string {
  let i = raw.length - 1;
  while (i > 0 && CLOSERS.has(raw[i]!)) i--;
  return raw[i]!;
}

// ---------------------------------------------------------------------------------------------
// Per-line features (context-free)

type FurnitureReason =
  | 'ad-marker'
  | 'read-also'
  | 'related'
  | 'tags'
  | 'share'
  | 'source-line'
  | 'bio'
  | 'repeated'
  | 'outlet'
  | 'separator'
  | 'copyright'
  | 'breadcrumb'
  | 'trailer';

type CreditReason = 'photo' | 'agency' | 'editing' | 'contributors' | 'byline' | 'dateline' | 'published';

export interface Features {
  key: string;
  words: number;
  /** A furniture line by itself, whatever surrounds it. */
  furniture: FurnitureReason | null;
  readAlso: 'header' | 'inline' | null;
  related: boolean;
  tagsAlone: boolean;
  credit: CreditReason | null;
  caption: boolean;
  /** A short line that starts like a journalist's bio. */
  bioLike: boolean;
  datelineStart: boolean;
  bullet: boolean;
  dashOnly: boolean;
  /** Short and not ending like a sentence: a headline, subheading, list item or label. */
  headlineLike: boolean;
  /** Only a date ("الثلاثاء 18 يونيو 2024"). */
  dateOnly: boolean;
  sentences: number;
  speech: boolean;
}

const SENTENCE_BREAK = /[.!?؟…](?:["”’»)\]]*)\s+(?=\S)/gu;

/** Count of sentence-like pieces: terminators followed by a space and more text, plus one. */
function countSentences(raw: string): number {
  let count = 1;
  // One expression for all lines, and `test` (no match arrays): `lastIndex` walks it as `exec` did.
  SENTENCE_BREAK.lastIndex = 0;
  while (SENTENCE_BREAK.test(raw)) count++;
  return count;
}

export function isDateOnly(n: string): boolean {
  // `k` keeps every ASCII digit of `n`: without one the answer is known before making `k`.
  if (!/\d/.test(n)) return false;
  const k = n.replace(/[^\p{L}\p{N}:]+/gu, ' ').trim();
  let hasMonth = false;
  for (const tok of k.split(' ')) {
    if (/^\d{1,4}(?::\d{1,2})*$/.test(tok)) continue;
    if (!DATE_TOKENS.has(tok)) return false;
    if (MONTH_RE.test(tok)) hasMonth = true;
  }
  return hasMonth || NUMERIC_DATE.test(n);
}

/**
 * `s.replace(/\s+/g, ' ').trim()`: `s` itself when its only whitespace is single spaces between
 * other characters, as in most lines (checked code unit by code unit; else the replace). On the
 * lines of 2,000 articles of corpus-10000 the check takes 35 ms, the replace and trim took 84.
 */
function collapseSpaces(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (isJsSpace(c) && (c !== 0x20 || i === 0 || i === last || s.charCodeAt(i + 1) === 0x20))
      return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/** What `\s` matches and `trim` removes, as a table of code units (segment.test.ts checks every one). */
const JS_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
    t[c] = 1;
  t.fill(1, 0x2000, 0x200b);
  return t;
})();

/** Whether a code unit is one `\s` matches. (Exported for the tests.) */
export function isJsSpace(c: number): boolean {
  return JS_SPACE[c] === 1;
}

/** `normLine` is `normalize(raw)`, `key` is `keyOfNormalized(normLine)`. */
function features(raw: string, normLine: string, key: string): Features {
  const n = collapseSpaces(normLine);
  // The key's words are single-space separated: count the spaces rather than split every line.
  let wordCount = key === '' ? 0 : 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) wordCount++;
  const last = lastVisible(raw);
  const sentences = countSentences(raw);
  const maybeDateline = mayBeDateline(n);
  const endsLikeSentence = last === '.' || last === '…' || last === ':' || last === '؛' || last === ';';
  const f: Features = {
    key,
    words: wordCount,
    furniture: null,
    readAlso: null,
    related: false,
    tagsAlone: false,
    credit: null,
    caption: false,
    bioLike: false,
    datelineStart: maybeDateline && DATELINE_START.test(n),
    bullet: BULLET.test(raw),
    dashOnly: DASH_ONLY.test(n),
    headlineLike: !endsLikeSentence && raw.length <= 200 && wordCount <= 30 && sentences === 1,
    dateOnly: false,
    sentences,
    speech: SPEECH_IN_KEY.test(key),
  };

  if (key === '') {
    f.furniture = 'separator';
    return f;
  }
  if (AD_MARKER.test(n) || AD_WORDS.has(key)) {
    f.furniture = 'ad-marker';
    return f;
  }
  const ra = READ_ALSO.exec(n);
  if (ra) {
    // A header alone opens a block (teasers or a whole story); glued to a headline it is one teaser.
    const rest = n.slice(ra[0].length).replace(/^[\s:：\-–—.|»>]+/u, '');
    f.readAlso = rest === '' ? 'header' : 'inline';
    f.furniture = 'read-also';
    return f;
  }
  if (RELATED_HEADERS.some((re) => re.test(key))) {
    f.related = true;
    f.furniture = 'related';
    return f;
  }
  if (TAGS_ALONE.test(key)) {
    f.tagsAlone = true;
    f.furniture = 'tags';
    return f;
  }
  if (TAGS_LINE.test(n) || PRINT_SHARE_TAGS.test(key) || HASHTAGS.test(n)) {
    f.furniture = 'tags';
    return f;
  }
  if (COMMENTS.test(key) || isShareBar(key)) {
    f.furniture = 'share';
    return f;
  }
  const src = SOURCE_LINE.exec(n);
  if (src && (src[1] ?? '').length <= 80) {
    f.furniture = 'source-line';
    return f;
  }
  if (COPYRIGHT.test(n) && raw.length <= 200) {
    f.furniture = 'copyright';
    return f;
  }
  if (BREADCRUMB.test(n) && wordCount <= 12) {
    f.furniture = 'breadcrumb';
    return f;
  }

  // Credits.
  const inner = n.startsWith('(') && n.endsWith(')') ? n.slice(1, -1).trim() : null;
  const pub = PUBLISHED_LABEL.exec(n);
  f.dateOnly = raw.length <= 100 && isDateOnly(n);
  if (pub && pub[0].length > 0 && raw.length <= 120 && isDateOnly(n.slice(pub[0].length))) f.credit = 'published';
  else if (inner !== null && EDITING.test(inner)) f.credit = 'editing';
  else if (wordCount <= 25 && /(?:^| )اعداد /u.test(n) && / تحرير /u.test(n)) f.credit = 'editing';
  else if (raw.length <= 300 && CONTRIBUTORS_NEED.test(n) && CONTRIBUTORS.test(n)) f.credit = 'contributors';
  else if (raw.length <= 80 && BYLINE.test(n)) f.credit = 'byline';
  else if (maybeDateline && DATELINE_ALONE.test(n)) f.credit = 'dateline';
  else if (wordCount <= 10 && PHOTO_CREDIT_LEAD.test(n) && !CAPTION_LEAD.test(n)) f.credit = 'photo';
  else if (f.headlineLike && last !== '.' && wordCount <= 16 && !f.speech) {
    if (isAgencyOnly(key)) f.credit = 'agency';
    else if (/[/|©]|(?:^| )(?:عبر|via)(?: |$)/u.test(n) && AGENCY_OR_PHOTO_RE.test(n))
      f.credit = PHOTO_RE.test(n) || !AGENCY_RE.test(n) ? 'photo' : 'agency';
  }
  if (f.credit) return f;

  if (CAPTION_LEAD.test(n) || (raw.length <= 400 && n.includes('(') && CAPTION_PAREN.test(n))) {
    f.caption = true;
    return f;
  }

  f.bioLike =
    raw.length <= 300 &&
    sentences <= 2 &&
    !f.speech &&
    (key.split(' ', 4).some((w) => PROFESSIONS.has(w)) || /^(?:عن الكاتب|about the author)/u.test(key));
  return f;
}

function isShareBar(key: string): boolean {
  // Word by word, up to the first that is not a share bar's: most lines fail at their first, and
  // splitting each line into 13 pieces first was most of this. A 13th word makes it no share bar.
  let core = false;
  let from = 0;
  for (let count = 1; count <= 12; count++) {
    const to = key.indexOf(' ', from);
    const w = to < 0 ? key.slice(from) : key.slice(from, to);
    if (SHARE_CORE.has(w)) core = true;
    else if (!SHARE_FILLER.has(w) && !/^\d+$/.test(w)) return false;
    if (to < 0) return core;
    from = to + 1;
  }
  return false;
}

/** "رويترز", "سبوتنيك / رويترز", "أ ف ب": nothing but agency names and connectors. */
function isAgencyOnly(key: string): boolean {
  if (!AGENCY_RE.test(key)) return false;
  const rest = key
    .replace(AGENCY_OR_PHOTO_G, ' ')
    .replace(/(?<![\p{L}\p{N}])(?:و|عبر|via|وكاله|وكالتي|صور|الصور|photos?|by|and|من)(?![\p{L}\p{N}])/gu, ' ')
    .trim();
  return rest === '';
}

// ---------------------------------------------------------------------------------------------
// Labelling in context

export interface SegmentOptions {
  /** Keys (`lineKey`) of lines seen in two or more articles (`findRepeatedLines`). */
  repeatedLines?: ReadonlySet<string>;
}

type Block =
  /** After a read-also header: teaser headlines, or (after a dateline) a whole other story. */
  { kind: 'read-also'; mode: 'teasers' | 'inline' | 'story' } | { kind: 'related' } | { kind: 'tags' };

/** Furniture that ends an article: after one of these (and some body), what follows is the page's. */
const END_MARKERS = new Set<string>(['source-line', 'tags', 'share', 'bio', 'copyright', 'editing', 'contributors']);

/**
 * Split `text` into one segment per non-blank line and label each. Segments are in text order,
 * non-overlapping, and `text.slice(start, end)` is the trimmed line.
 */
export function segmentArticle(text: string, opts: SegmentOptions = {}): TextSegment[] {
  return labelLines(analyzeLines(text), opts);
}

/** The lines of an article and what each looks like on its own: everything that does not need the corpus. */
export interface AnalyzedLines {
  lines: Line[];
  feats: Features[];
  /** The article normalised, and for each original index the normalised one: the analysis reuses them. */
  norm: Normalized;
  toNormalized: Int32Array;
}

export function analyzeLines(text: string): AnalyzedLines {
  const lines = splitLines(text);
  // Normalise the article once and cut each line out of it (normalisation maps one code unit at a
  // time, so that is each line normalised): per line, twice, it was 1.5 s of a 10k compile.
  const norm = normalizeWithMap(text);
  const at = originalToNormalized(norm, text.length);
  // The lines' keys are built in one buffer and decoded once, then cut out of that string.
  const keyEnds = new Int32Array(lines.length);
  let k = 0;
  for (let i = 0; i < lines.length; i++)
    k = keyEnds[i] = appendKey(norm.text, at[lines[i]!.start]!, at[lines[i]!.end]!, k, Infinity);
  const keys = decode(keyCodes.subarray(0, k), false);
  const feats = lines.map((l, i) =>
    features(l.raw, norm.text.slice(at[l.start], at[l.end]), keys.slice(i === 0 ? 0 : keyEnds[i - 1], keyEnds[i])),
  );
  return { lines, feats, norm, toNormalized: at };
}

/**
 * The keys `findRepeatedLines` takes from this text: those of its lines of a length worth
 * comparing, the same keys as the lines' features have (`lineKey`; segment.test.ts checks).
 */
export function repeatableKeys(text: string): string[] {
  // Each line is normalised code unit by code unit as its key is built, given up past the maximum:
  // a paragraph costs its first ~160 letters, and nothing is allocated for the whole text. (It
  // was normalised whole first, with its offset maps: 0.19–0.21 s for 3,000 articles of
  // corpus-10000 against 0.10–0.14 s now, interleaved runs; normalising every line with the
  // regular expressions, twice, was 1.7 s of a 10,000-article compile before that.) Each key is
  // its own flat string: they are kept for the whole corpus until the barrier, and as slices of
  // one decoded string per article the 10,000-article compile peaked 50 MB higher.
  const out: string[] = [];
  forEachLine(text, (start, end) => {
    if (end - start < REPEATED_MIN_LENGTH) return; // Normalising never lengthens.
    const k = appendKey(text, start, end, 0, REPEATED_MAX_LENGTH, true);
    // Keys are letters, digits and spaces: no surrogates for the decoder to replace.
    if (k >= REPEATED_MIN_LENGTH) out.push(decode(keyCodes.subarray(0, k), false));
  });
  return out;
}

/** The keys found in two or more texts, from each text's `repeatableKeys` (in text order). */
export function findRepeatedKeys(keysPerText: Iterable<readonly string[]>): Set<string> {
  const firstSeenIn = new Map<string, number>();
  const repeated = new Set<string>();
  let t = 0;
  for (const keys of keysPerText) {
    for (const key of keys) {
      const first = firstSeenIn.get(key);
      if (first === undefined) firstSeenIn.set(key, t);
      else if (first !== t) repeated.add(key);
    }
    t++;
  }
  return repeated;
}

/** Label the analysed lines in context (see `segmentArticle`). */
export function labelLines({ lines, feats }: AnalyzedLines, opts: SegmentOptions = {}): TextSegment[] {
  const n = lines.length;
  const tags: Array<{ kind: SegmentKind; reason?: string }> = new Array(n);
  const set = (i: number, kind: SegmentKind, reason?: string): void => {
    tags[i] = reason === undefined ? { kind } : { kind, reason };
  };

  const repeated = effectiveRepeated(feats, opts.repeatedLines);

  // A leading outlet line: "سي إن إن" then a line with only a dash, or "سي إن إن —".
  let i0 = 0;
  if (n >= 2 && isOutletName(lines[0]!.raw, feats[0]!) && feats[1]!.dashOnly) {
    set(0, 'furniture', 'outlet');
    set(1, 'furniture', 'outlet');
    i0 = 2;
  } else if (n >= 2 && /\s[-–—]$/u.test(lines[0]!.raw) && isOutletName(lines[0]!.raw.slice(0, -1), feats[0]!)) {
    set(0, 'furniture', 'outlet');
    i0 = 1;
  }

  let bodySeen = false;
  let endZone = false;
  let toEnd: FurnitureReason | null = null;
  let block: Block | null = null;
  let titleKey: string | null = null;

  for (let i = i0; i < n; i++) {
    const f = feats[i]!;

    // Past the article's end, a read-also/related block runs to the end of the text: the rest is
    // other stories and lists, whatever they look like.
    if (toEnd !== null) {
      if (f.related) toEnd = 'related';
      else if (f.readAlso === 'header') toEnd = 'read-also';
      const own = f.furniture;
      set(i, 'furniture', own === 'ad-marker' || own === 'tags' || own === 'share' || own === 'related' ? own : toEnd);
      continue;
    }

    if (block !== null) {
      const r = continueBlock(block, f);
      if (r !== null) {
        block = r.block;
        set(i, 'furniture', r.reason);
        continue;
      }
      block = null;
    }

    if (f.readAlso !== null) {
      set(i, 'furniture', 'read-also');
      if (f.readAlso === 'header' && endZone) toEnd = 'read-also';
      else block = { kind: 'read-also', mode: f.readAlso === 'header' ? 'teasers' : 'inline' };
      continue;
    }
    if (f.related) {
      set(i, 'furniture', 'related');
      if (endZone) toEnd = 'related';
      else block = { kind: 'related' };
      continue;
    }
    if (f.tagsAlone) block = { kind: 'tags' };
    if (f.furniture !== null) {
      set(i, 'furniture', f.furniture);
      if (bodySeen && END_MARKERS.has(f.furniture)) endZone = true;
      continue;
    }
    if (f.credit !== null) {
      set(i, 'credit', f.credit);
      if (bodySeen && END_MARKERS.has(f.credit)) endZone = true;
      continue;
    }
    if (f.caption) {
      set(i, 'caption', 'explicit');
      continue;
    }
    if (repeated.has(f.key)) {
      set(i, 'furniture', 'repeated');
      continue;
    }
    // An author bio sits after the article's end (source line, share bar) or is its last line.
    if (f.bioLike && bodySeen && (endZone || (i >= n - 2 && f.headlineLike))) {
      set(i, 'furniture', 'bio');
      endZone = true;
      continue;
    }
    // The headline: the first content line when it reads as one; a second copy of it is title too.
    if (!bodySeen && titleKey === null && f.headlineLike && !f.bullet && f.words >= 2 && i < n - 1) {
      set(i, 'title');
      titleKey = f.key;
      continue;
    }
    if (!bodySeen && titleKey !== null && f.key === titleKey) {
      set(i, 'title');
      continue;
    }
    if (f.dateOnly) {
      // At the top or bottom a bare date is the publication line; inside, a live-blog heading.
      if (i <= i0 + 2 || i >= n - 2) set(i, 'credit', 'published');
      else set(i, 'body', 'heading');
      continue;
    }
    if (endZone && f.headlineLike && f.words <= 8) {
      set(i, 'furniture', 'trailer');
      continue;
    }
    if (bodySeen && isHeading(f) && i + 1 < n && isProse(feats[i + 1]!)) {
      set(i, 'body', 'heading');
      continue;
    }
    set(i, 'body');
    bodySeen = true;
  }

  markCaptionsAfterCredits(tags, feats);

  return lines.map((l, i) => ({ start: l.start, end: l.end, ...tags[i]! }));
}

/** The next label inside a block, or null when the block has ended and normal rules resume. */
function continueBlock(block: Block, f: Features): { block: Block | null; reason: FurnitureReason } | null {
  switch (block.kind) {
    case 'read-also':
      if (block.mode === 'story') {
        // The other story runs until its own end: its related list, or its credit/source line.
        if (f.related || f.readAlso !== null) return null;
        if (f.credit === 'editing' || f.credit === 'contributors' || f.furniture === 'source-line')
          return { block: null, reason: 'read-also' };
        return { block, reason: 'read-also' };
      }
      if (f.readAlso !== null) return { block, reason: 'read-also' };
      if (f.furniture === 'ad-marker') return { block, reason: 'ad-marker' };
      // A wire dateline ("موسكو - رويترز") right after the teaser: a whole other story follows.
      if (f.credit === 'dateline' || f.datelineStart)
        return { block: { kind: 'read-also', mode: 'story' }, reason: 'read-also' };
      if (f.related || f.furniture !== null) return null;
      if (f.bullet || f.dashOnly) return { block, reason: 'read-also' };
      // Teaser headlines follow a header alone; after a glued teaser, prose is the body resuming.
      if (block.mode === 'teasers' && f.headlineLike && !f.dateOnly) return { block, reason: 'read-also' };
      return null;
    case 'related':
      if (f.related || f.readAlso !== null || (f.furniture !== null && f.furniture !== 'separator')) return null;
      if (f.bullet || f.headlineLike || f.dashOnly) return { block, reason: 'related' };
      return null;
    case 'tags':
      if (f.furniture === null && f.credit === null && f.headlineLike && f.words <= 6) return { block, reason: 'tags' };
      return null;
  }
}

function isProse(f: Features): boolean {
  return !f.headlineLike && f.furniture === null && f.credit === null && !f.caption;
}

/** A short in-body subheading ("العلاقات الاقتصادية"): belongs to the article but states nothing. */
function isHeading(f: Features): boolean {
  return f.headlineLike && !f.bullet && f.words <= 8 && f.key.length <= 80;
}

function isOutletName(raw: string, f: Features): boolean {
  const s = raw.trim();
  return s.length > 0 && s.length <= 30 && f.words <= 4 && !/\d/.test(s) && !/[.!?؟:،,]/.test(s);
}

/**
 * Repeated lines are site furniture, unless the article is mostly made of them: then it is the same
 * wire story syndicated by two outlets, and its lines are the body of both.
 */
function effectiveRepeated(feats: Features[], repeated: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (repeated === undefined || repeated.size === 0) return new Set();
  let candidates = 0;
  let hits = 0;
  for (const f of feats) {
    if (f.furniture !== null || f.credit !== null || f.caption || f.headlineLike) continue;
    candidates++;
    if (repeated.has(f.key)) hits++;
  }
  return hits >= 3 && hits * 2 >= candidates ? new Set() : repeated;
}

/**
 * Some sites print the photo credit first and the caption under it ("سبوتنيك / رويترز" then
 * "فلاديمير بوتين وكيم جونغ أون خلال زيارة …"). A credit that does not close a caption opens one:
 * a short, single-sentence line after it that reports no speech is that photo's caption.
 */
function markCaptionsAfterCredits(tags: Array<{ kind: SegmentKind; reason?: string }>, feats: Features[]): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (t.kind !== 'credit' || (t.reason !== 'photo' && t.reason !== 'agency')) continue;
    if (i > 0 && tags[i - 1]!.kind === 'caption') continue;
    const next = tags[i + 1]!;
    const f = feats[i + 1]!;
    if (next.kind === 'body' && next.reason === undefined && f.sentences === 1 && f.key.length <= 220 && !f.speech)
      tags[i + 1] = { kind: 'caption', reason: 'after-credit' };
  }
}
