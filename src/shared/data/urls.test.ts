import { describe, expect, it } from 'vitest';
import { articleUrl, datasetUrl } from './urls';

describe('data URLs', () => {
  it('resolve against a relative base and the page address', () => {
    expect(datasetUrl('./', 'http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/data/timeline.json');
    expect(datasetUrl('./', 'https://example.org/khatt/index.html?event=x')).toBe(
      'https://example.org/khatt/data/timeline.json',
    );
  });

  it('resolve against an absolute sub-path base', () => {
    expect(datasetUrl('/khatt/', 'https://example.org/khatt/?lang=en')).toBe(
      'https://example.org/khatt/data/timeline.json',
    );
    expect(datasetUrl('/khatt', 'https://example.org/khatt/')).toBe('https://example.org/khatt/data/timeline.json');
  });

  it('resolve article texts relative to the dataset and refuse other origins', () => {
    const ds = 'https://example.org/khatt/data/timeline.json';
    expect(articleUrl('sources/a.json', ds)).toBe('https://example.org/khatt/data/sources/a.json');
    expect(() => articleUrl('https://evil.example/a.json', ds)).toThrow(/another origin/);
    expect(() => articleUrl('//evil.example/a.json', ds)).toThrow(/another origin/);
  });
});
