import { QueryClient, QueryObserver, type QueryObserverOptions } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, toDatasetFile, type Dataset, type Source } from '../../schema/dataset';
import { eventDetailsPath } from '../../schema/paths';
import { buildIndex } from './dataset-index';
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

/**
 * An event's details or an article's text as a component gets it: the file's query, then the
 * item picked from the file (`select`, which `fetchQuery` skips), errors included.
 */
async function observe<TFile, TError, TData, TKey extends readonly unknown[]>(
  options: QueryObserverOptions<TFile, TError, TData, TFile, TKey>,
) {
  const result = await new QueryObserver(client(), options).refetch();
  return { data: result.data, error: result.error instanceof DataLoadError ? result.error : null };
}

describe('articleTextQueryOptions', () => {
  const text = (id: string, value: string) => ({
    id,
    text: value,
    segments: [{ start: 0, end: value.length, kind: 'body' }],
  });

  it('loads the file named by the article record and picks the article the dataset describes', async () => {
    const fetch = serve({ articles: [text('s0', 'bye'), text('s1', 'hello')] });
    const { data } = await observe(articleTextQueryOptions(source, URL_));
    expect(data?.text).toBe('hello');
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1/data/sources/s1.json', expect.anything());

    serve({ articles: [text('s1', 'hello, edited')] });
    expect((await observe(articleTextQueryOptions(source, URL_))).error?.detail).toMatch(/is not the dataset's/);
    serve({ articles: [text('s0', 'hello')] });
    expect((await observe(articleTextQueryOptions(source, URL_))).error?.detail).toMatch(/no text of article "s1"/);
    serve({ articles: [text('s1', 'hello'), text('s1', 'hello')] });
    expect((await observe(articleTextQueryOptions(source, URL_))).error?.detail).toMatch(/duplicate id "s1"/);
  });

  it('refuses a text on another origin without fetching it', async () => {
    const fetch = serve({});
    const { error } = await observe(
      articleTextQueryOptions({ ...source, textUrl: 'https://evil.example/x.json' }, URL_),
    );
    expect(error?.detail).toMatch(/another origin/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('eventDetailsQueryOptions', () => {
  const excerpt = { sourceId: 's1', start: 1, end: 4, text: 'ell' };
  const details = (id: string) => ({ id, sources: [source], excerpts: [excerpt] });
  /** A dataset of 40 events, e0 to e39: 5 details files. */
  const index = buildIndex(
    { ...dataset, events: Array.from({ length: 40 }, (_, i) => ({ ...dataset.events[0]!, id: `e${i}` })) },
    URL_,
  );
  const pathOf = (id: string) => eventDetailsPath(id, 40);
  /** Two events that share a details file. */
  const [a, b] = (() => {
    const ids = index.events.map((e) => e.id);
    for (const x of ids) for (const y of ids) if (x < y && pathOf(x) === pathOf(y)) return [x, y] as const;
    throw new Error('no two events share a file');
  })();

  it("loads the event's details file, beside the dataset, and picks the event", async () => {
    const fetch = serve({ events: [details(a), details(b)] });
    const { data } = await observe(eventDetailsQueryOptions(index, b));
    expect(data?.id).toBe(b);
    expect(data?.excerpts).toEqual([excerpt]);
    expect(data?.sources).toEqual([source]);
    expect(fetch).toHaveBeenCalledWith(`http://127.0.0.1/data/${pathOf(b)}`, expect.anything());
    expect(pathOf(b)).toMatch(/^events\/[0-4]\.json$/);
  });

  it('one file serves all its events with one fetch', async () => {
    const fetch = serve({ events: [details(a), details(b)] });
    const qc = client();
    const [x, y] = await Promise.all(
      [a, b].map((id) => new QueryObserver(qc, eventDetailsQueryOptions(index, id)).refetch()),
    );
    expect([x!.data?.id, y!.data?.id]).toEqual([a, b]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refuses a file without the event, or details of an unknown article, or past its end', async () => {
    const load = async (body: unknown) => {
      serve(body);
      return (await observe(eventDetailsQueryOptions(index, 'e1'))).error!;
    };
    expect((await load({ events: [details('e2')] })).detail).toMatch(/no details of "e1"/);
    expect((await load({ events: [{ ...details('e1'), excerpts: [{ ...excerpt, sourceId: 's9' }] }] })).detail).toMatch(
      /unknown source/,
    );
    const past = { sourceId: 's1', start: 3, end: 7, text: 'lo, ' };
    expect((await load({ events: [{ ...details('e1'), excerpts: [past] }] })).detail).toMatch(/do not fit/);
    expect((await load({ events: [{ ...details('e1'), excerpts: [{ ...excerpt, text: 'hello' }] }] })).kind).toBe(
      'invalid',
    );
    expect((await load({ events: [] })).kind).toBe('invalid');
  });
});
