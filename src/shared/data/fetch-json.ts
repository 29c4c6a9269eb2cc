import type { z } from 'zod';
import { DataLoadError } from './errors';

const MAX_ISSUES = 3;

/** A readable summary of the first schema issues ("events.3.date: end is not after start"). */
export function describeIssues(error: z.ZodError): string {
  const lines = error.issues
    .slice(0, MAX_ISSUES)
    .map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`);
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${lines.join('; ')} (+${more})` : lines.join('; ');
}

/** Fetch and parse a JSON file; every failure becomes a DataLoadError. Does not validate. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError('network', url, e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DataLoadError('http', url, response.statusText, response.status);
  try {
    return JSON.parse(await response.text());
  } catch (e) {
    throw new DataLoadError('json', url, e instanceof Error ? e.message : String(e));
  }
}

/** Parsed JSON checked against a schema: a violation is a DataLoadError naming the first issues. */
export function validated<S extends z.ZodType>(json: unknown, schema: S, url: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataLoadError('invalid', url, describeIssues(parsed.error));
  return parsed.data;
}

/**
 * The item with this id in a file of a few (an event's details, an article's text: ../../schema/
 * paths.ts): a file without it is invalid data, like any other violation ("no `what` "id"").
 */
export function itemOf<T extends { id: string }>(items: readonly T[], id: string, url: string, what: string): T {
  const item = items.find((x) => x.id === id);
  if (!item) throw new DataLoadError('invalid', url, `no ${what} "${id}"`);
  return item;
}

/**
 * Fetch a JSON file and validate it: every failure becomes a DataLoadError (never an unhandled
 * rejection or a crash deeper in the UI on malformed data).
 */
export async function fetchValidated<S extends z.ZodType>(
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  return validated(await fetchJson(url, signal), schema, url);
}
