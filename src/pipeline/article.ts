/**
 * The per-article half of the compiler: everything about one article that needs no other article,
 * except which lines repeat across the corpus. Kept apart from compile.ts so that the same code
 * runs in the main thread (small corpora, tests) and in a worker (parallel.ts): the output cannot
 * depend on where an article was compiled.
 *
 *   readArticle    bytes → text (or why not)
 *   prepareArticle text → the keys of its lines, to compare across articles
 *   finishArticle  + the corpus's repeated lines → segments, metadata, analysis, publication window
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DecodeError, decodeArticle } from './decode';
import type { Gazetteer } from './entities';
import { packMentions, type PackedMentions } from './entities/packed';
import { analyzeArticle, type Clause } from './extract';
import type { ManifestEntry } from './manifest';
import { findDateline, findOutlet, findTitle } from './metadata';
import { inferOwnWindow, windowOf, type PubWindow } from './published';
import { analyzeLines, labelLines, repeatableKeys } from './segment';
import type { TextSegment } from './types';

/** What reading one file gave: its text, or why it is skipped or failed; warnings either way. */
export interface ReadOutcome {
  warnings: string[];
  text?: string;
  skipped?: string;
  failed?: string;
}

/** Read and decode one file; only a DecodeError or a read error is the file's fault. */
export function readArticle(seedsDir: string, file: string): ReadOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(seedsDir, file));
  } catch (e) {
    return { warnings: [], failed: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    const decoded = decodeArticle(bytes, file);
    const warnings = decoded.warnings.map((w) => `${file}: ${w}`);
    if (decoded.text.trim() === '') return { warnings, skipped: 'empty file' };
    return { warnings, text: decoded.text };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { warnings: [], failed: e.message };
  }
}

/**
 * What phase A keeps of an article until every article is read: only its lines' keys (for
 * `findRepeatedKeys`). The lines' features are computed again when it is finished: keeping them
 * for the whole corpus in between cost more memory (a 10,000-article compile went over 1 GB)
 * than computing them twice costs time.
 */
export interface PreparedArticle {
  keys: string[];
}

export function prepareArticle(text: string): PreparedArticle {
  return { keys: repeatableKeys(text) };
}

/**
 * One article compiled as far as it can be alone: what compile.ts merges across articles. Only what
 * it needs of the analysis (the dates that place the article are used up here): a worker sends this
 * to the main thread, which keeps it to the end.
 */
export interface FinishedArticle {
  outlet: string | null;
  title: string | null;
  segments: TextSegment[];
  clauses: Clause[];
  mentions: PackedMentions;
  window: PubWindow | null;
  /** The window came from the manifest or a dateline: other articles cannot override it. */
  fixed: boolean;
}

export function finishArticle(
  text: string,
  repeatedLines: ReadonlySet<string>,
  entry: ManifestEntry | undefined,
  gazetteer: Gazetteer,
): FinishedArticle {
  const lines = analyzeLines(text);
  const segments = labelLines(lines, { repeatedLines });
  const outlet = entry?.outlet ?? findOutlet(text, segments)?.outlet ?? null;
  let window: PubWindow | null = null;
  let fixed = false;
  if (entry?.publishedAt) {
    window = windowOf(entry.publishedAt.date, 'manifest', `manifest: ${entry.publishedAt.date}`);
    fixed = true;
  }
  const dateline = findDateline(text, segments);
  const analysis = analyzeArticle(text, segments, gazetteer, { at: window?.lo, dateline, normalized: lines });
  if (!window) {
    // A dateline, else a day the body calls "today": the article states its own date.
    const stated =
      analysis.datelineMentions.find((m) => m.expr.kind === 'absolute' && m.expr.value.precision === 'day') ??
      analysis.todayMentions[0];
    if (stated && stated.expr.kind === 'absolute') {
      window = windowOf(
        stated.expr.value.start,
        'text',
        `${dateline && stated.start >= dateline.start && stated.end <= dateline.end ? 'dateline' : 'the text says today is'} "${stated.text}"`,
      );
      fixed = true;
    }
  }
  if (!window) window = inferOwnWindow(analysis.anchors, analysis.weekdayCues);
  return {
    outlet,
    title: findTitle(text, segments),
    segments,
    clauses: analysis.clauses,
    mentions: packMentions(analysis.entities),
    window,
    fixed,
  };
}
