import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from './manifest';

describe('parseManifest', () => {
  it('reads outlet, publication date with its precision, and URL — all optional', () => {
    const m = parseManifest(
      JSON.stringify({
        articles: {
          'a.txt': { outlet: 'الجزيرة', publishedAt: '2024-06-17', url: 'https://example.org/a' },
          'b.txt': { publishedAt: '2023-09' },
          'c.txt': {},
        },
      }),
      'manifest.json',
    );
    expect(m.get('a.txt')).toEqual({
      outlet: 'الجزيرة',
      publishedAt: { date: '2024-06-17', precision: 'day' },
      url: 'https://example.org/a',
    });
    expect(m.get('b.txt')).toEqual({ publishedAt: { date: '2023-09', precision: 'month' } });
    expect(m.get('c.txt')).toEqual({});
  });
  it('names the file and the bad field', () => {
    expect(() =>
      parseManifest('{"articles": {"a.txt": {"publishedAt": "17/06/2024"}}}', 'seeds/manifest.json'),
    ).toThrow(/seeds\/manifest\.json.*\n.*articles\.a\.txt\.publishedAt.*ISO date/);
    expect(() => parseManifest('{not json', 'm.json')).toThrow(ManifestError);
    expect(() => parseManifest('{not json', 'm.json')).toThrow(/m\.json: not valid JSON/);
  });
  it('refuses fields that are not an editor’s facts (events, titles…)', () => {
    expect(() => parseManifest('{"articles": {"a.txt": {"events": []}}}', 'm.json')).toThrow(/events|Unrecognized/i);
  });
});
