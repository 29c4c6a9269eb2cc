import { describe, expect, it } from 'vitest';
import { countWords, stripClitics, words } from './extract';

describe('stripClitics', () => {
  it('strips what the expression it replaces strips', () => {
    const re = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u;
    const letters = ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ي', 'ة', 'a', ''];
    for (const a of letters)
      for (const b of letters)
        for (const c of letters)
          for (const d of letters) {
            const w = a + b + c + d;
            expect(stripClitics(w), w).toBe(w.replace(re, ''));
          }
  });
});

describe('countWords', () => {
  it('counts what words() joins', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(words('زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ'))).toBe(
      words('زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ').split(' ').length,
    );
  });
});
