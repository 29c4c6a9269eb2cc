/** Why a data file could not be used; the UI words each kind for people, not stack traces. */
export type DataErrorKind = 'http' | 'network' | 'json' | 'invalid';

export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  readonly detail: string;

  constructor(kind: DataErrorKind, url: string, detail: string, status?: number) {
    super(`${kind}: ${url}: ${detail}`);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.url = url;
    this.detail = detail;
    this.status = status;
  }
}

/** Only a network hiccup is worth retrying by itself; a 404 or a bad file will not heal. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof DataLoadError && error.kind === 'network' && failureCount < 2;
}
