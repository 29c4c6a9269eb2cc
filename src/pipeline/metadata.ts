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

export function findDateline(text: string, segments: readonly TextSegment[]): Span | null {
  for (const s of segments) {
    const n = normalize(text.slice(s.start, s.end));
    if (/^(?:تاريخ النشر|نشر في|نشر بتاريخ|تاريخ الخبر)/u.test(n)) return s;
  }
  return null;
}
