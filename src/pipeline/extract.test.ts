import { describe, expect, it } from 'vitest';
import { countWords, stripClitics, words, wordsBySplit } from './extract';

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

describe('words', () => {
  it('gives what its definition gives, whatever the letters', () => {
    const pieces = [
      'و',
      'فبال',
      'ال',
      'الذين',
      'ومن',
      'كتاب',
      'a1',
      ' ',
      '، ',
      '…',
      '𝐀𝐁',
      '\ud835',
      'ﻻﻻ',
      'Ωμέγα',
      '١٢٣',
      '²³',
      '中文字',
    ];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const s = `${a}${b}${c} ${c}${a}`;
          expect(words(s), JSON.stringify(s)).toBe(wordsBySplit(s));
        }
  });
});
