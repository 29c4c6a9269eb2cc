import { describe, expect, it } from 'vitest';
import { normalize } from '../schema/normalize';
import { findTriggers, isFuture, isSpeculative } from './trigger-match';
import { FUTURE_MARKERS, FUTURE_VERB, SPECULATIVE_MARKERS, TRIGGERS } from './triggers';
import { unnormalisedWords } from './vocabulary-spelling';

const templates = (s: string) => findTriggers(normalize(s)).map((h) => h.trigger.template);

describe('findTriggers', () => {
  it('finds trigger words behind clitics and in inflected forms', () => {
    expect(templates('وصلت الوفود بالزيارة')).toEqual(['arrival', 'visit']);
    expect(templates('وقّع الرئيسان اتفاقيةً للتعاون')).toEqual(['agreement-sign', 'agreement-sign']);
    expect(templates('واستخدمت روسيا حق النقض')).toEqual(['veto']);
    expect(templates('والتقى الوزير نظيره')).toEqual(['talks']);
  });
  it('does not take parts of other words', () => {
    expect(templates('الزائرون في المعرض')).toEqual([]);
    expect(templates('قالب الحلوى')).toEqual([]);
  });
  it('reports offsets in the normalised text', () => {
    const norm = normalize('ثم زار الرئيس');
    const [hit] = findTriggers(norm);
    expect(norm.slice(hit!.start, hit!.end)).toBe('زار');
  });
});

describe('tense markers', () => {
  it('sees plans and the future', () => {
    expect(isFuture(normalize('سيزور الرئيس فيتنام'))).toBe(true);
    expect(isFuture(normalize('ومن المقرر أن يسافر الرئيس'))).toBe(true);
    expect(isFuture(normalize('ستتشاوران وتتعاونان'))).toBe(true);
    expect(isFuture(normalize('زار الرئيس سيول وسياسيين'))).toBe(false);
  });
  it('sees speculation', () => {
    expect(isSpeculative(normalize('قد يجتمع قريبا بنظيره'))).toBe(true);
    expect(isSpeculative(normalize('اجتمع أمس بنظيره'))).toBe(false);
  });
});

describe('the trigger words', () => {
  it('are spelled as normalised text has them (with a "ئ" or "ؤ" a stem never matches)', () => {
    const words = [...TRIGGERS.flatMap((t) => t.stems), ...FUTURE_MARKERS, ...SPECULATIVE_MARKERS];
    expect(unnormalisedWords([...words, FUTURE_VERB.source])).toEqual([]);
  });
});
