import { describe, expect, it } from 'vitest';
import { ArticleText } from '../schema/dataset';
import { textFileJson, textFileTail } from './article';
import type { TextSegment } from './types';

describe('textFileTail / textFileJson', () => {
  const text = 'نشر في 2 أيار/مايو 2021\n\n"مقتبس" \\ سطر\u2028ثان';
  // Keys in another order than the schema's, and one the schema does not know: as parsing gives them.
  const segments = [
    { kind: 'title', end: 23, start: 0 },
    { start: 25, end: text.length, kind: 'furniture', reason: 'read-also', extra: 1 },
  ] as unknown as TextSegment[];

  it('gives the bytes of serialising the parsed text file with its id', () => {
    for (const id of ['00000-4e816dbe57370eaa', 'a-"quoted"-id', ''])
      expect(textFileJson(id, textFileTail(text, segments))).toBe(
        JSON.stringify(ArticleText.parse({ id, text, segments })),
      );
  });

  it('validates the text file', () => {
    expect(() => textFileTail('short', [{ start: 0, end: 99, kind: 'body' }])).toThrow();
  });
});
