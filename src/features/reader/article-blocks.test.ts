import { describe, expect, it } from 'vitest';
import { articleBlocks } from './article-blocks';

const text = 'Title\n\nBody one. Body two.\n\nRead also: other\n';
const segments = [
  { start: 0, end: 5, kind: 'title' as const },
  { start: 7, end: 26, kind: 'body' as const },
  { start: 28, end: 44, kind: 'furniture' as const, reason: 'read-also' },
];

describe('articleBlocks', () => {
  it('keeps every character, in order, with gaps between segments', () => {
    const blocks = articleBlocks(text, segments, null);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'gap', 'body', 'gap', 'furniture', 'gap']);
    expect(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join('')).toBe(text);
    expect(blocks[4]?.reason).toBe('read-also');
  });

  it('marks exactly the excerpt, even across segment boundaries', () => {
    const inside = articleBlocks(text, segments, { start: 17, end: 26 });
    const marked = inside.flatMap((b) => b.pieces.filter((p) => p.marked).map((p) => p.text));
    expect(marked).toEqual(['Body two.']);
    expect(inside.find((b) => b.kind === 'body')?.marked).toBe(true);

    const across = articleBlocks(text, segments, { start: 17, end: 32 });
    expect(across.flatMap((b) => b.pieces.filter((p) => p.marked).map((p) => p.text)).join('')).toBe(
      text.slice(17, 32),
    );
    expect(across.flatMap((b) => b.pieces.map((p) => p.text)).join('')).toBe(text);
  });

  it('works without segments and with surrogate pairs kept whole by the offsets given', () => {
    const t = 'a😀b';
    const blocks = articleBlocks(t, [], { start: 1, end: 3 });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.pieces.map((p) => [p.text, p.marked])).toEqual([
      ['a', false],
      ['😀', true],
      ['b', false],
    ]);
  });
});
