import type { TFunction } from 'i18next';
import { DataLoadError } from './errors';

/**
 * What went wrong loading a data file (an article text, an event's excerpts), in words: the
 * HTTP status and address when the server refused, else the validator's or the browser's message.
 */
export function loadErrorDetail(error: unknown, t: TFunction): string {
  if (error instanceof DataLoadError)
    return error.kind === 'http'
      ? t('app.loadErrorHttp', { status: error.status ?? '?', url: error.url })
      : error.detail;
  return error instanceof Error ? error.message : String(error);
}
