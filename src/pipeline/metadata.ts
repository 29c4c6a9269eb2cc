import { normalize } from '../schema/normalize';
import type { Span, TextSegment } from './types';

export function findOutlet(text: string, segments: readonly TextSegment[]): { outlet: string; span: Span } | null {
  for (const s of segments) {
    const line = text.slice(s.start, s.end);
    const m = /^المصدر\s*[:：]\s*(.+)$/u.exec(line);
    if (m) return { outlet: m[1]!.trim(), span: s };
    if (s.reason === 'outlet' && line.trim() !== '—') return { outlet: line.trim(), span: s };
  }
  return null;
}

export function findTitle(text: string, segments: readonly TextSegment[]): string | null {
  const t = segments.find((s) => s.kind === 'title');
  return t ? text.slice(t.start, t.end) : null;
}

/**
 * The line that dates the article itself: "تاريخ النشر: …", "نُشر في …", "آخر تحديث …", or a line
 * that is only a date at the top or bottom (the segmenter marks it `published`).
 */
export function findDateline(text: string, segments: readonly TextSegment[]): Span | null {
  for (const s of segments) {
    if (s.reason === 'published') return s;
    const n = normalize(text.slice(s.start, s.end));
    if (/^(?:تاريخ النشر|تاريخ الخبر|نشر في|نشر بتاريخ|نشر يوم|تم النشر|اخر تحديث|تاريخ التحديث)/u.test(n)) return s;
  }
  return null;
}
