/**
 * ISO dates cut to a precision (`2024` year, `2024-06` month, `2024-06-05` day). Zod-free, so
 * the page can unpack the dataset file (./dataset-file.ts) before the schema library has loaded.
 */
import type { PRECISIONS } from './vocabulary';

type Precision = (typeof PRECISIONS)[number];

const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/** True when `iso` is an ISO date cut exactly to `precision` (`2024-06` for month, never a day). */
export function isIsoAtPrecision(iso: string, precision: Precision): boolean {
  return ISO_BY_PRECISION[precision].test(iso);
}

/** The precision `iso` is written at, or null when it is no ISO year, month or day. */
export function precisionOfIso(iso: string): Precision | null {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : iso.length === 10 ? 'day' : null;
  return precision !== null && isIsoAtPrecision(iso, precision) ? precision : null;
}
