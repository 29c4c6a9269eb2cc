import { describe, expect, it } from 'vitest';
import { findDateline, findOutlet, findTitle } from './metadata';
import { segmentArticle } from './segment';

const ARTICLE = `الكرملين يعلن زيارة مرتقبة

تاريخ النشر: 18/06/2024

أعلن الكرملين الإثنين أن الرئيس سيزور بيونغ يانغ.

المصدر: وكالات + الجزيرة نت`;

describe('article metadata', () => {
  const segments = segmentArticle(ARTICLE);
  it('finds the outlet named by "المصدر:"', () => {
    expect(findOutlet(ARTICLE, segments)?.outlet).toBe('وكالات + الجزيرة نت');
  });
  it('finds the headline', () => {
    expect(findTitle(ARTICLE, segments)).toBe('الكرملين يعلن زيارة مرتقبة');
  });
  it('finds the dateline', () => {
    const d = findDateline(ARTICLE, segments);
    expect(d && ARTICLE.slice(d.start, d.end)).toBe('تاريخ النشر: 18/06/2024');
  });
  it('finds none where there is none', () => {
    const t = 'أعلن الكرملين الإثنين أن الرئيس سيزور بيونغ يانغ.';
    const s = segmentArticle(t);
    expect(findOutlet(t, s)).toBeNull();
    expect(findDateline(t, s)).toBeNull();
  });
});
