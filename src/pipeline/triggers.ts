/**
 * Event triggers: the words that make a dated sentence an occurrence, and of which type.
 * Kept as data. Stems are in *normalised* form (see src/schema/normalize.ts: أ→ا, ة→ه, ى→ي …);
 * a stem matches a word that starts with it after an optional clitic prefix (و ف ب ل ك ال …),
 * so "زياره" matches "زيارة", "وزيارته", "بالزيارة". Each trigger names a title template.
 */
import type { EventType } from '../schema/dataset';

export type TemplateKey =
  | 'visit'
  | 'arrival'
  | 'summit'
  | 'talks'
  | 'agreement-sign'
  | 'treaty-ratify'
  | 'statement'
  | 'praise'
  | 'warning'
  | 'denial'
  | 'accusation'
  | 'letter'
  | 'pledge'
  | 'veto'
  | 'sanctions'
  | 'arms'
  | 'military-parade'
  | 'military-drill'
  | 'missile-launch'
  | 'nuclear-test'
  | 'satellite'
  | 'invasion'
  | 'war'
  | 'oil'
  | 'trade'
  | 'rail'
  | 'labour'
  | 'aid'
  | 'recognition'
  | 'invitation';

export interface Trigger {
  /** Normalised stems; a word matches when it equals a stem or starts with it (see `exact`). */
  stems: readonly string[];
  type: EventType;
  template: TemplateKey;
  /** Stems that must match the whole word (after clitics), for short or ambiguous ones. */
  exact?: boolean;
  /** Higher wins when two triggers are equally near the date. */
  weight: number;
}

export const TRIGGERS: readonly Trigger[] = [
  // Agreements first: "signed a partnership agreement during the visit" is the signing.
  {
    stems: ['وقع', 'وقعا', 'وقعت', 'يوقع', 'يوقعا', 'سيوقع', 'ستوقع', 'توقيع', 'التوقيع'],
    type: 'agreement',
    template: 'agreement-sign',
    exact: true,
    weight: 9,
  },
  { stems: ['اتفاقيه', 'اتفاقيات', 'معاهده', 'وثيقه'], type: 'agreement', template: 'agreement-sign', weight: 6 },
  { stems: ['اقر', 'صادق', 'صادقت', 'يصادق'], type: 'agreement', template: 'treaty-ratify', exact: true, weight: 8 },
  { stems: ['الفيتو', 'فيتو', 'النقض'], type: 'sanctions', template: 'veto', exact: true, weight: 9 },
  { stems: ['قمه', 'القمه'], type: 'summit', template: 'summit', exact: true, weight: 8 },
  {
    stems: [
      'محادثات',
      'مباحثات',
      'مفاوضات',
      'اجتماع',
      'اجتماعا',
      'اجتماعات',
      'اجتماعه',
      'اجتماعهما',
      'اجتمع',
      'يجتمع',
      'التقي',
      'التقيا',
      'يلتقي',
      'لقاء',
      // Not "لقائه"/"لقائهما" ("his/their meeting"): in seeds/003 "وخلال لقائه بوتين الأربعاء…"
      // would become a second, vaguer talks event beside the summit (BENCHMARKS.md, hamza words).
    ],
    type: 'summit',
    template: 'talks',
    exact: true,
    weight: 7,
  },
  {
    stems: [
      'زياره',
      'زيارته',
      'زيارتها',
      'زيارتكم',
      'زار',
      'زارت',
      'يزور',
      'سيزور',
      'تزور',
      'رحله',
      'رحلته',
      'جوله',
      'سافر',
      'يسافر',
      'سيسافر',
      'يتوجه',
      'توجه',
    ],
    type: 'visit',
    template: 'visit',
    exact: true,
    weight: 7,
  },
  { stems: ['وصل', 'وصلت', 'يصل', 'وصوله'], type: 'visit', template: 'arrival', exact: true, weight: 6 },
  { stems: ['استقبل', 'استقبال', 'استقبلت', 'حفل استقبال'], type: 'visit', template: 'visit', exact: true, weight: 5 },
  // "وكان وزير الخارجية … في موسكو في كانون الثاني": being somewhere on a date is a visit; the
  // weakest trigger, so any other word in the clause wins.
  { stems: ['كان', 'كانت'], type: 'visit', template: 'visit', exact: true, weight: 1 },
  { stems: ['عقوبات', 'العقوبات', 'حظر'], type: 'sanctions', template: 'sanctions', exact: true, weight: 5 },
  { stems: ['عرض عسكري'], type: 'military', template: 'military-parade', weight: 7 },
  { stems: ['تدريبات', 'مناورات'], type: 'military', template: 'military-drill', exact: true, weight: 6 },
  {
    stems: ['التجربه النوويه', 'تجربه نوويه', 'التجارب النوويه', 'تجاربها النوويه'],
    type: 'military',
    template: 'nuclear-test',
    weight: 8,
  },
  {
    stems: ['اطلاق', 'اطلقت', 'اطلق', 'صواريخ', 'صاروخ', 'صاروخا'],
    type: 'military',
    template: 'missile-launch',
    exact: true,
    weight: 4,
  },
  {
    stems: ['قمر اصطناعي', 'قمر صناعي', 'الاقمار الصناعيه', 'اقمار اصطناعيه'],
    type: 'military',
    template: 'satellite',
    weight: 5,
  },
  {
    // Not "ذخائر" ("munitions", normalised "ذخاير"): reviewed and left out with the words above.
    stems: ['اسلحه', 'الاسلحه', 'ذخيره', 'شحنت', 'ارسلت', 'زودت', 'تزويد'],
    type: 'military',
    template: 'arms',
    exact: true,
    weight: 5,
  },
  { stems: ['غزو', 'هجومه', 'هجوم', 'هجومها'], type: 'conflict', template: 'invasion', exact: true, weight: 4 },
  { stems: ['الحرب', 'حرب', 'قاتلت', 'قاتل'], type: 'conflict', template: 'war', exact: true, weight: 4 },
  { stems: ['النفط', 'نفط'], type: 'economy', template: 'oil', exact: true, weight: 5 },
  {
    stems: ['تجاره', 'التجاره', 'تصدير', 'صادرات', 'واردات'],
    type: 'economy',
    template: 'trade',
    exact: true,
    weight: 4,
  },
  { stems: ['القطارات', 'السكك الحديديه', 'القطار'], type: 'economy', template: 'rail', exact: true, weight: 4 },
  { stems: ['عمال', 'العمال'], type: 'economy', template: 'labour', exact: true, weight: 3 },
  { stems: ['مساعدات', 'المساعدات', 'مساعده'], type: 'economy', template: 'aid', exact: true, weight: 3 },
  { stems: ['اعترفت', 'اعترف', 'باستقلال'], type: 'diplomacy', template: 'recognition', exact: true, weight: 5 },
  // No trigger for a conference: "مؤتمر" is as often a press conference ("مؤتمر صحفي"), where
  // what was said is the event (BENCHMARKS.md, hamza words).
  { stems: ['دعوه'], type: 'diplomacy', template: 'invitation', exact: true, weight: 2 },
  { stems: ['رساله', 'برقيه'], type: 'statement', template: 'letter', exact: true, weight: 5 },
  { stems: ['تعهد', 'تعهدت', 'وعد', 'وعدتا', 'تعهدا'], type: 'statement', template: 'pledge', exact: true, weight: 4 },
  { stems: ['اشاد', 'اشادت', 'شكر', 'ثمن'], type: 'statement', template: 'praise', exact: true, weight: 4 },
  { stems: ['حذر', 'حذرت', 'حذروا'], type: 'statement', template: 'warning', exact: true, weight: 4 },
  { stems: ['نفي', 'نفت', 'نفيا', 'نفي البلدان'], type: 'statement', template: 'denial', exact: true, weight: 4 },
  { stems: ['اتهم', 'اتهمت', 'يتهم', 'تتهم'], type: 'statement', template: 'accusation', exact: true, weight: 4 },
  {
    stems: [
      'قال',
      'قالت',
      'اعلن',
      'اعلنت',
      'اكد',
      'اكدت',
      'صرح',
      'اوضح',
      'ذكر',
      'ذكرت',
      'شدد',
      'وصف',
      'دعا',
      'بيان',
      'تقول',
      'يقول',
    ],
    type: 'statement',
    template: 'statement',
    exact: true,
    weight: 2,
  },
];

/**
 * Words that put a clause in the future or make it a plan: "سيزور", "من المقرر", "يعتزم".
 * A dated plan becomes the event it announces; an undated one only supports it.
 */
export const FUTURE_MARKERS: readonly string[] = [
  'سوف',
  'من المقرر',
  'من المتوقع',
  'يعتزم',
  'يعتزمان',
  'تعتزم',
  'المرتقب',
  'المرتقبه',
  'المقبل',
  'المقبله',
  'القادم',
  'القادمه',
  'ستبدا',
  'تبدا',
];

/**
 * A common news verb with the future prefix س: سيزور، ستوقع، سيتم، سيقوم … A closed list, because
 * "س + ي/ت/ن" also begins سيول، سياسة، سيرغي، ستة، سنوات.
 */
export const FUTURE_VERB =
  /(?:^|[\s،,(«"“])[وف]?س[يتن](?:زور|قوم|تم|وقع|جري|جريان|سافر|كون|عقد|لتقي|جمع|لقي|حل|صبح|بدا|توجه|شارك|ناقش|بحث|عمل|وصل|طلق|تشاور|تعاون|زيد|ستمر|غادر|حضر|ستضيف|ستقبل|علن|رسل|قدم)/u;

/** Conditional/speculative mood: "قد يجتمع" — no event is stated. */
export const SPECULATIVE_MARKERS: readonly string[] = ['قد يجتمع', 'قد يلتقي', 'ربما', 'من المحتمل', 'يمكن ان'];
