/**
 * Cut an article into what the reader renders: its segments in order (with the untagged text
 * between them kept as "gap" blocks, so nothing of the article is lost), each split where the
 * highlighted excerpt starts and ends. Pure string slicing: offsets are UTF-16 code units, the
 * unit of the dataset's excerpt offsets.
 */
import type { Segment, SegmentKind } from '../../schema/dataset';

export interface Piece {
  readonly start: number;
  readonly text: string;
  readonly marked: boolean;
}

export interface Block {
  readonly kind: SegmentKind | 'gap';
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly Piece[];
  /** Some of the highlight is inside this block. */
  readonly marked: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

function cut(text: string, start: number, end: number, highlight: Span | null): Piece[] {
  if (!highlight || highlight.end <= start || highlight.start >= end)
    return [{ start, text: text.slice(start, end), marked: false }];
  const a = Math.max(start, highlight.start);
  const b = Math.min(end, highlight.end);
  const pieces: Piece[] = [];
  if (a > start) pieces.push({ start, text: text.slice(start, a), marked: false });
  pieces.push({ start: a, text: text.slice(a, b), marked: true });
  if (b < end) pieces.push({ start: b, text: text.slice(b, end), marked: false });
  return pieces;
}

export function articleBlocks(text: string, segments: readonly Segment[], highlight: Span | null): Block[] {
  const blocks: Block[] = [];
  const push = (kind: Block['kind'], start: number, end: number, reason?: string) => {
    if (end <= start) return;
    const pieces = cut(text, start, end, highlight);
    blocks.push({ kind, start, end, pieces, marked: pieces.some((p) => p.marked), ...(reason ? { reason } : {}) });
  };
  let at = 0;
  for (const s of segments) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    push('gap', at, start);
    push(s.kind, start, end, s.reason);
    at = Math.max(at, end);
  }
  push('gap', at, text.length);
  return blocks;
}
