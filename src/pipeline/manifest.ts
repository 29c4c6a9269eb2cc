/**
 * The optional manifest: facts an editor has about each article (outlet, publication date, URL)
 * and nothing more — never events, dates of events, titles or excerpts.
 *
 * Format (JSON), every field optional:
 *   { "articles": { "000_x.txt": { "outlet": "الجزيرة", "publishedAt": "2024-06-17", "url": "https://…" } } }
 * `publishedAt` is an ISO date cut to what the editor knows: "2024-06-17", "2024-06" or "2024".
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PRECISIONS, isIsoAtPrecision, type Precision } from '../schema/dataset';

const ManifestEntry = z
  .object({
    outlet: z.string().min(1).optional(),
    publishedAt: z
      .string()
      .refine((s) => PRECISIONS.some((p) => isIsoAtPrecision(s, p)), {
        message: 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY',
      })
      .optional(),
    url: z.url().optional(),
  })
  .strict();

const ManifestFile = z.object({ articles: z.record(z.string(), ManifestEntry) }).strict();

export interface ManifestEntry {
  outlet?: string;
  publishedAt?: { date: string; precision: Precision };
  url?: string;
}

export type Manifest = ReadonlyMap<string, ManifestEntry>;

export class ManifestError extends Error {}

export function precisionOf(iso: string): Precision {
  return PRECISIONS.find((p) => isIsoAtPrecision(iso, p)) ?? 'year';
}

export function parseManifest(json: string, file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ManifestError(
      `${file}: not valid JSON (${(e as Error).message}). Fix the file or pass --manifest with another one.`,
    );
  }
  const parsed = ManifestFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('\n');
    throw new ManifestError(
      `${file}: not a valid manifest:\n${issues}\nExpected {"articles": {"<file>.txt": {"outlet"?, "publishedAt"?: "YYYY[-MM[-DD]]", "url"?}}} (see README).`,
    );
  }
  const out = new Map<string, ManifestEntry>();
  for (const [name, e] of Object.entries(parsed.data.articles)) {
    out.set(name, {
      ...(e.outlet ? { outlet: e.outlet } : {}),
      ...(e.publishedAt ? { publishedAt: { date: e.publishedAt, precision: precisionOf(e.publishedAt) } } : {}),
      ...(e.url ? { url: e.url } : {}),
    });
  }
  return out;
}

export function readManifest(file: string): Manifest {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ManifestError(
      `${file}: cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    );
  }
  return parseManifest(json, file);
}
