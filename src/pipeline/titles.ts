/**
 * Event titles built from the event's type and slots — who (A), with/whom (B), where (P) — in
 * Arabic and English, never from the raw sentence. Kept as data: one template pair per trigger key.
 */
import type { Bilingual } from '../schema/dataset';
import type { TemplateKey } from './triggers';

export interface Slots {
  a?: Bilingual;
  b?: Bilingual;
  p?: Bilingual;
}

type Part = (s: Required<Pick<Slots, 'a'>> & Slots) => Bilingual;

const T: Record<TemplateKey, Part> = {
  visit: ({ a, b, p }) => {
    const to = p ?? b;
    return to
      ? { ar: `زيارة ${a.ar} إلى ${to.ar}`, en: `${a.en} visits ${to.en}` }
      : { ar: `زيارة ${a.ar}`, en: `Visit by ${a.en}` };
  },
  arrival: ({ a, b, p }) => {
    const to = p ?? b;
    return to
      ? { ar: `وصول ${a.ar} إلى ${to.ar}`, en: `${a.en} arrives in ${to.en}` }
      : { ar: `وصول ${a.ar}`, en: `${a.en} arrives` };
  },
  summit: ({ a, b, p }) => {
    const base = b
      ? { ar: `قمة ${a.ar} و${b.ar}`, en: `${a.en}–${b.en} summit` }
      : { ar: `قمة ${a.ar}`, en: `Summit: ${a.en}` };
    return p ? { ar: `${base.ar} في ${p.ar}`, en: `${base.en} in ${p.en}` } : base;
  },
  talks: ({ a, b, p }) => {
    const base = b
      ? { ar: `محادثات بين ${a.ar} و${b.ar}`, en: `Talks between ${a.en} and ${b.en}` }
      : { ar: `محادثات ${a.ar}`, en: `Talks: ${a.en}` };
    return p ? { ar: `${base.ar} في ${p.ar}`, en: `${base.en} in ${p.en}` } : base;
  },
  'agreement-sign': ({ a, b }) =>
    b
      ? { ar: `توقيع اتفاق بين ${a.ar} و${b.ar}`, en: `${a.en} and ${b.en} sign an agreement` }
      : { ar: `توقيع اتفاق: ${a.ar}`, en: `Agreement signed: ${a.en}` },
  'treaty-ratify': ({ a, b }) =>
    b
      ? { ar: `${a.ar}: إقرار معاهدة مع ${b.ar}`, en: `${a.en} ratifies a treaty with ${b.en}` }
      : { ar: `${a.ar}: إقرار معاهدة`, en: `${a.en} ratifies a treaty` },
  statement: ({ a, b }) =>
    b
      ? { ar: `تصريح ${a.ar} بشأن ${b.ar}`, en: `Statement by ${a.en} on ${b.en}` }
      : { ar: `تصريح ${a.ar}`, en: `Statement by ${a.en}` },
  praise: ({ a, b }) =>
    b
      ? { ar: `إشادة ${a.ar} بـ${b.ar}`, en: `${a.en} praises ${b.en}` }
      : { ar: `إشادة ${a.ar}`, en: `Praise from ${a.en}` },
  warning: ({ a, b }) =>
    b
      ? { ar: `تحذير ${a.ar} بشأن ${b.ar}`, en: `Warning by ${a.en} on ${b.en}` }
      : { ar: `تحذير ${a.ar}`, en: `Warning by ${a.en}` },
  denial: ({ a, b }) =>
    b
      ? { ar: `نفي ${a.ar} و${b.ar}`, en: `Denial by ${a.en} and ${b.en}` }
      : { ar: `نفي ${a.ar}`, en: `Denial by ${a.en}` },
  accusation: ({ a, b }) =>
    b
      ? { ar: `اتهام ${a.ar} لـ${b.ar}`, en: `${a.en} accuses ${b.en}` }
      : { ar: `اتهام من ${a.ar}`, en: `Accusation by ${a.en}` },
  letter: ({ a, b }) =>
    b
      ? { ar: `رسالة من ${a.ar} إلى ${b.ar}`, en: `Letter from ${a.en} to ${b.en}` }
      : { ar: `رسالة من ${a.ar}`, en: `Letter from ${a.en}` },
  pledge: ({ a, b }) =>
    b
      ? { ar: `تعهد ${a.ar} تجاه ${b.ar}`, en: `${a.en} pledges support to ${b.en}` }
      : { ar: `تعهد ${a.ar}`, en: `Pledge by ${a.en}` },
  veto: ({ a, b }) =>
    b
      ? { ar: `فيتو ${a.ar} في ${b.ar}`, en: `${a.en} veto at ${b.en}` }
      : { ar: `فيتو ${a.ar}`, en: `Veto by ${a.en}` },
  sanctions: ({ a, b }) =>
    b
      ? { ar: `عقوبات: ${a.ar} و${b.ar}`, en: `Sanctions: ${a.en} and ${b.en}` }
      : { ar: `عقوبات: ${a.ar}`, en: `Sanctions: ${a.en}` },
  arms: ({ a, b }) =>
    b
      ? { ar: `أسلحة وذخائر: ${a.ar} و${b.ar}`, en: `Arms supplies: ${a.en} and ${b.en}` }
      : { ar: `أسلحة وذخائر: ${a.ar}`, en: `Arms supplies: ${a.en}` },
  'military-parade': ({ a }) => ({ ar: `عرض عسكري: ${a.ar}`, en: `Military parade: ${a.en}` }),
  'military-drill': ({ a, b }) =>
    b
      ? { ar: `تدريبات عسكرية: ${a.ar} و${b.ar}`, en: `Military drills: ${a.en} and ${b.en}` }
      : { ar: `تدريبات عسكرية: ${a.ar}`, en: `Military drills: ${a.en}` },
  'missile-launch': ({ a }) => ({ ar: `صواريخ: ${a.ar}`, en: `Missiles: ${a.en}` }),
  'nuclear-test': ({ a }) => ({ ar: `تجربة نووية: ${a.ar}`, en: `Nuclear test: ${a.en}` }),
  satellite: ({ a, b }) =>
    b
      ? { ar: `أقمار صناعية: ${a.ar} و${b.ar}`, en: `Satellite programme: ${a.en} and ${b.en}` }
      : { ar: `أقمار صناعية: ${a.ar}`, en: `Satellite programme: ${a.en}` },
  invasion: ({ a, b }) =>
    b
      ? { ar: `هجوم ${a.ar} على ${b.ar}`, en: `${a.en} attacks ${b.en}` }
      : { ar: `هجوم: ${a.ar}`, en: `Offensive: ${a.en}` },
  war: ({ a, b }) =>
    b ? { ar: `حرب: ${a.ar} و${b.ar}`, en: `War: ${a.en} and ${b.en}` } : { ar: `حرب: ${a.ar}`, en: `War: ${a.en}` },
  oil: ({ a, b }) =>
    b ? { ar: `نفط: ${a.ar} و${b.ar}`, en: `Oil: ${a.en} and ${b.en}` } : { ar: `نفط: ${a.ar}`, en: `Oil: ${a.en}` },
  trade: ({ a, b }) =>
    b
      ? { ar: `تجارة بين ${a.ar} و${b.ar}`, en: `Trade between ${a.en} and ${b.en}` }
      : { ar: `تجارة: ${a.ar}`, en: `Trade: ${a.en}` },
  rail: ({ a, b }) =>
    b
      ? { ar: `سكك حديدية بين ${a.ar} و${b.ar}`, en: `Rail link between ${a.en} and ${b.en}` }
      : { ar: `سكك حديدية: ${a.ar}`, en: `Rail: ${a.en}` },
  labour: ({ a, b }) =>
    b
      ? { ar: `عمالة: ${a.ar} و${b.ar}`, en: `Workers: ${a.en} and ${b.en}` }
      : { ar: `عمالة: ${a.ar}`, en: `Workers: ${a.en}` },
  aid: ({ a, b }) =>
    b
      ? { ar: `مساعدات: ${a.ar} و${b.ar}`, en: `Aid: ${a.en} and ${b.en}` }
      : { ar: `مساعدات: ${a.ar}`, en: `Aid: ${a.en}` },
  recognition: ({ a, b }) =>
    b
      ? { ar: `اعتراف ${a.ar} بشأن ${b.ar}`, en: `Recognition by ${a.en} concerning ${b.en}` }
      : { ar: `اعتراف ${a.ar}`, en: `Recognition by ${a.en}` },
  invitation: ({ a, b }) =>
    b
      ? { ar: `دعوة من ${a.ar} إلى ${b.ar}`, en: `Invitation from ${a.en} to ${b.en}` }
      : { ar: `دعوة من ${a.ar}`, en: `Invitation from ${a.en}` },
};

export function buildTitle(key: TemplateKey, slots: Slots & { a: Bilingual }): Bilingual {
  return T[key](slots);
}
