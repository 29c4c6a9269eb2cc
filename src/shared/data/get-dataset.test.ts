import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, toDatasetFile, type Dataset, type Source } from '../../schema/dataset';
import { DataLoadError } from './errors';
import { articleTextQueryOptions } from './get-article-text';
import { datasetQueryOptions } from './get-dataset';
import { eventDetailsQueryOptions } from './get-event-details';

const URL_ = 'http://127.0.0.1/data/timeline.json';

const source: Source = {
  id: 's1',
  file: 'a.txt',
  outlet: null,
  title: null,
  url: null,
  publishedAt: null,
  textUrl: 'sources/s1.json',
  length: 5,
};
const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  actors: [],
  places: [],
  events: [
    {
      id: 'e1',
      date: { start: '2024-06', precision: 'month', inferred: false },
      title: { ar: 'ع', en: 'E' },
      type: 'visit',
      actors: [],
      places: [],
      background: false,
    },
  ],
};

/** A fresh client per test: no cache or retries leak between them. */
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function serve(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DataLoadError) return e;
    throw e;
  }
  throw new Error('expected the query to fail');
}

describe('datasetQueryOptions', () => {
  it('loads, validates and indexes the dataset', async () => {
    const fetch = serve(toDatasetFile(dataset));
    const index = await client().fetchQuery(datasetQueryOptions(URL_));
    expect(index.eventById.get('e1')?.title.en).toBe('E');
    expect(index.url).toBe(URL_);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is never refetched once loaded', async () => {
    const fetch = serve(toDatasetFile(dataset));
    const qc = client();
    await qc.fetchQuery(datasetQueryOptions(URL_));
    await qc.fetchQuery(datasetQueryOptions(URL_));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(datasetQueryOptions(URL_).staleTime).toBe(Infinity);
  });

  it('turns an HTTP error, bad JSON and a schema violation into readable errors', async () => {
    serve('nope', 404);
    const http = await failure(client().fetchQuery(datasetQueryOptions(URL_)));
    expect([http.kind, http.status]).toEqual(['http', 404]);

    serve('{not json');
    expect((await failure(client().fetchQuery(datasetQueryOptions(URL_)))).kind).toBe('json');

    const file = toDatasetFile(dataset);
    serve({
      ...file,
      events: { ...file.events, start: ['2024-6'] },
    });
    const invalid = await failure(client().fetchQuery(datasetQueryOptions(URL_)));
    expect(invalid.kind).toBe('invalid');
    expect(invalid.detail).toMatch(/events\.start\.0: "2024-6" is not an ISO year, month or day/);
  });

  it('retries only network failures', () => {
    const retry = datasetQueryOptions(URL_).retry as (n: number, e: unknown) => boolean;
    expect(retry(0, new DataLoadError('network', URL_, 'x'))).toBe(true);
    expect(retry(2, new DataLoadError('network', URL_, 'x'))).toBe(false);
    expect(retry(0, new DataLoadError('http', URL_, 'x', 500))).toBe(false);
  });
});

describe('articleTextQueryOptions', () => {
  it('loads the article next to the dataset and checks it is the one the dataset describes', async () => {
    const fetch = serve({ id: 's1', text: 'hello', segments: [{ start: 0, end: 5, kind: 'body' }] });
    const article = await client().fetchQuery(articleTextQueryOptions(source, URL_));
    expect(article.text).toBe('hello');
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1/data/sources/s1.json', expect.anything());

    serve({ id: 's1', text: 'hello, edited', segments: [] });
    expect((await failure(client().fetchQuery(articleTextQueryOptions(source, URL_)))).detail).toMatch(/is not/);
  });

  it('refuses a text on another origin without fetching it', async () => {
    const fetch = serve({});
    const error = await failure(
      client().fetchQuery(articleTextQueryOptions({ ...source, textUrl: 'https://evil.example/x.json' }, URL_)),
    );
    expect(error.detail).toMatch(/another origin/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('eventDetailsQueryOptions', () => {
  const excerpt = { sourceId: 's1', start: 1, end: 4, text: 'ell' };

  it("loads an event's excerpts and their articles from events/<id>.json beside the dataset", async () => {
    const fetch = serve({ id: 'e1', sources: [source], excerpts: [excerpt] });
    const details = await client().fetchQuery(eventDetailsQueryOptions('e1', URL_));
    expect(details.excerpts).toEqual([excerpt]);
    expect(details.sources).toEqual([source]);
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1/data/events/e1.json', expect.anything());
  });

  it('refuses details of another event, of an unknown article, or past its end', async () => {
    const load = async (body: unknown) => {
      serve(body);
      return failure(client().fetchQuery(eventDetailsQueryOptions('e1', URL_)));
    };
    expect((await load({ id: 'e2', sources: [source], excerpts: [excerpt] })).detail).toMatch(/"e2"/);
    expect((await load({ id: 'e1', sources: [source], excerpts: [{ ...excerpt, sourceId: 's9' }] })).detail).toMatch(
      /unknown source/,
    );
    const past = { sourceId: 's1', start: 3, end: 7, text: 'lo, ' };
    expect((await load({ id: 'e1', sources: [source], excerpts: [past] })).detail).toMatch(/do not fit/);
    expect((await load({ id: 'e1', sources: [source], excerpts: [{ ...excerpt, text: 'hello' }] })).kind).toBe(
      'invalid',
    );
  });
});
