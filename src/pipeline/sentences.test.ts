import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on Arabic and Latin sentence ends', () => {
    expect(split('زار الرئيس موسكو. ثم عاد؟ نعم! انتهى')).toEqual(['زار الرئيس موسكو.', 'ثم عاد؟', 'نعم!', 'انتهى']);
  });
  it('keeps a stray dot between a month and a year, and decimals', () => {
    expect(split('في 19 يونيو. 2024. بلغت النسبة 3.5 في المئة.')).toEqual([
      'في 19 يونيو. 2024.',
      'بلغت النسبة 3.5 في المئة.',
    ]);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(split('وقال: “لقد انتهى الأمر.” ثم غادر.')).toEqual(['وقال: “لقد انتهى الأمر.”', 'ثم غادر.']);
  });
  it('stays inside the segment and returns offsets into the text', () => {
    const t = 'عنوان\nجملة أولى. جملة ثانية.\nذيل';
    const seg = { start: 6, end: 6 + 'جملة أولى. جملة ثانية.'.length };
    expect(splitSentences(t, seg).map((s) => t.slice(s.start, s.end))).toEqual(['جملة أولى.', 'جملة ثانية.']);
  });
});
