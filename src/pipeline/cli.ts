/**
 * `npm run compile -- [--seeds DIR] [--out DIR] [--manifest FILE]`
 * Logs go to stderr; the data goes to files, written atomically. Exit codes: 0 success (warnings
 * allowed), 1 some article failed (all others compiled and written), 2 usage error, 4 the output
 * could not be written, 5 a bug in the compiler (its output failed its own schema check); with 2,
 * 4 and 5 nothing is written or changed.
 * `npm run compile` runs this file bundled (scripts/compile.mjs).
 * KHATT_COMPILE_WORKERS=always|never overrides when worker threads are used (by default, from
 * WORKERS_FROM articles on): for tests and diagnosis.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ZodError } from 'zod';
import { DATASET_FILE, type ArticleTextFile, type EventDetailsFile } from '../schema/dataset';
import { ARTICLE_TEXTS_DIR, EVENT_DETAILS_DIR } from '../schema/paths';
import { compileCorpus, type CompileReport, type CompileResult } from './compile';
import { ManifestError, readManifest, type Manifest } from './manifest';
import { workerCount } from './parallel';
import { streamFolder, type StreamedFolder } from './stream-writer';
import { writeAtomically } from './write';

export const USAGE = `Usage: npm run compile -- [--seeds DIR] [--out DIR] [--manifest FILE]

  --seeds DIR       folder of articles (*.txt), default: seeds/
  --out DIR         output folder, default: public/data/ (writes ${DATASET_FILE}, ${ARTICLE_TEXTS_DIR}/*.json and ${EVENT_DETAILS_DIR}/*.json)
  --manifest FILE   optional JSON with each article's outlet, publication date and URL,
                    default: manifest.json inside the seeds folder if present
  --quiet           only errors and the summary
  --help            this text

Environment:
  KHATT_COMPILE_WORKERS=always|never   force or forbid worker threads (default: by corpus size)`;

export class UsageError extends Error {}

export interface CliArgs {
  seeds: string;
  out: string;
  manifest: string | null;
  quiet: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[], cwd: string): CliArgs {
  const args: CliArgs = {
    seeds: resolve(cwd, 'seeds'),
    out: resolve(cwd, 'public/data'),
    manifest: null,
    quiet: false,
    help: false,
  };
  let manifestGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.includes('=')
      ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
      : [raw, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(
          `${flag} needs a value, e.g. ${flag} ${flag === '--manifest' ? 'seeds/manifest.json' : 'DIR'}`,
        );
      return v;
    };
    switch (flag) {
      case '--seeds':
        args.seeds = resolve(cwd, value());
        break;
      case '--out':
        args.out = resolve(cwd, value());
        break;
      case '--manifest':
        args.manifest = resolve(cwd, value());
        manifestGiven = true;
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${raw}". Run with --help to see the options.`);
    }
  }
  if (!manifestGiven) {
    const implicit = join(args.seeds, 'manifest.json');
    args.manifest = existsSync(implicit) ? implicit : null;
  }
  return args;
}

/** Every *.txt directly in the folder, sorted by name (code unit order: deterministic everywhere). */
export function listArticles(dir: string): string[] {
  if (!existsSync(dir))
    throw new UsageError(`seeds folder "${dir}" does not exist. Pass --seeds DIR with a folder of .txt articles.`);
  if (!statSync(dir).isDirectory())
    throw new UsageError(`"${dir}" is not a folder. Pass --seeds DIR with a folder of .txt articles.`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.txt$/i.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function progressBar(stream: NodeJS.WriteStream, total: number): (done: number) => void {
  if (!stream.isTTY || total < 200) return () => {};
  let last = -1;
  return (done) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const fill = Math.round((pct / 100) * width);
    stream.write(`\r  reading [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}

const LIST_ARTICLES_UP_TO = 50;

/** Every article for a small corpus; for a large one, how events spread over articles. */
function perArticle(r: CompileReport): string[] {
  if (r.articles.length <= LIST_ARTICLES_UP_TO)
    return [
      `  per article (events, excerpts, published):`,
      ...r.articles.map(
        (a) => `    - ${a.file}: ${a.events} events, ${a.excerpts} excerpts, published ${a.publishedAt}`,
      ),
    ];
  const counts = r.articles.map((a) => a.events).sort((x, y) => x - y);
  const at = (q: number) => counts[Math.min(counts.length - 1, Math.floor(q * counts.length))]!;
  const none = r.articles.filter((a) => a.events === 0).length;
  const undated = r.articles.filter((a) => a.publishedAt === 'unknown').length;
  return [
    `  per article: events min ${counts[0]}, median ${at(0.5)}, p90 ${at(0.9)}, max ${counts[counts.length - 1]}; ${none} article(s) with no event; ${undated} undated`,
  ];
}

const FILES_PER_WARNING = 10;

/**
 * Warnings, one line each, except that one message met in many articles (408 of 1,000 generated
 * articles have no publication date) is one line with the count and the first few files.
 */
function warningLines(warnings: readonly string[]): string[] {
  const byMessage = new Map<string, string[]>();
  for (const w of warnings) {
    // "file.txt: message" (see compile.ts); anything else stands alone.
    const at = w.indexOf('.txt: ');
    const [file, message] = at < 0 ? ['', w] : [w.slice(0, at + 4), w.slice(at + 6)];
    const files = byMessage.get(message);
    if (files) files.push(file);
    else byMessage.set(message, [file]);
  }
  return [...byMessage].map(([message, files]) => {
    if (files.length === 1) return files[0] ? `${files[0]}: ${message}` : message;
    const shown = files.slice(0, FILES_PER_WARNING).join(', ');
    const more = files.length > FILES_PER_WARNING ? ` (+${files.length - FILES_PER_WARNING} more)` : '';
    return `${files.length} articles: ${message} — ${shown}${more}`;
  });
}

export function formatSummary(r: CompileReport, outFile: string): string {
  const lines = [
    `compiled ${r.read} article(s) → ${outFile}`,
    `  events: ${r.events}`,
    `  boilerplate blocks dropped: ${r.furnitureBlocks}`,
    `  skipped: ${r.skipped.length}${r.skipped.map((s) => `\n    - ${s.file}: ${s.reason}`).join('')}`,
    `  failed: ${r.failed.length}${r.failed.map((s) => `\n    - ${s.file}: ${s.reason}`).join('')}`,
    ...perArticle(r),
    `  warnings: ${r.warnings.length}${warningLines(r.warnings)
      .map((w) => `\n    - ${w}`)
      .join('')}`,
  ];
  return lines.join('\n');
}

/** --out must be a folder, or not exist yet (it is created): said before minutes of compiling. */
function checkOutDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(
      `--out "${dir}" is a file, not a folder. Pass --out DIR with a folder (it is created if missing).`,
    );
}

const EXIT_UNWRITABLE = 4;
const EXIT_BUG = 5;

/**
 * What to tell the user when compiling or writing stopped (nothing was written or changed then):
 * a file system error is the output's (the articles' own read errors are reported per article and
 * never get here); the output failing its own schema check is a bug in the compiler, not in the
 * articles, and the check's findings are what a bug report needs (not a stack trace into zod).
 * Anything else is also a bug: its message and stack are kept for the report.
 */
export function describeFailure(e: unknown, out: string): { message: string; code: number } {
  if (e instanceof ZodError) {
    const found = e.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('; ');
    const more = e.issues.length > 3 ? ` (+${e.issues.length - 3} more)` : '';
    return {
      message: `internal error: the compiled output failed its own schema check (${found}${more}). This is a bug in the compiler, not in your articles. Nothing was written; please report it with the articles you compiled.`,
      code: EXIT_BUG,
    };
  }
  const sys = e as NodeJS.ErrnoException;
  if (e instanceof Error && typeof sys.code === 'string' && typeof sys.syscall === 'string')
    return {
      message: `cannot write the output to "${out}": ${sys.code} (${sys.syscall}${sys.path ? ` ${sys.path}` : ''}). Pass --out with a folder you can write to, on a disk with room. Nothing was changed.`,
      code: EXIT_UNWRITABLE,
    };
  return {
    message: `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}
This is a bug in the compiler. Nothing was written; please report it with the articles you compiled.`,
    code: EXIT_BUG,
  };
}

/** KHATT_COMPILE_WORKERS: unset or empty means "decide by the corpus's size". */
function workersFromEnv(value: string | undefined): 'always' | 'never' | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'always' || value === 'never') return value;
  throw new UsageError(
    `KHATT_COMPILE_WORKERS is "${value}": use "always" or "never", or unset it to let the compiler decide`,
  );
}

export function run(argv: readonly string[], cwd: string, stderr: NodeJS.WriteStream): number {
  let args: CliArgs;
  let files: string[];
  let manifest: Manifest | null = null;
  let workers: 'always' | 'never' | undefined;
  try {
    workers = workersFromEnv(process.env.KHATT_COMPILE_WORKERS);
    args = parseArgs(argv, cwd);
    if (args.help) {
      stderr.write(`${USAGE}\n`);
      return 0;
    }
    checkOutDir(args.out);
    files = listArticles(args.seeds);
    if (args.manifest) manifest = readManifest(args.manifest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ManifestError) {
      stderr.write(`khatt compile: ${e.message}\n`);
      if (e instanceof UsageError) stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (manifest) {
    // A Set: `files.includes` per entry was quadratic, ~0.1 s before any work at 10,000 articles.
    const listed = new Set(files);
    for (const name of manifest.keys())
      if (!listed.has(name))
        stderr.write(`khatt compile: warning: manifest names "${name}", which is not in ${args.seeds}\n`);
  }
  if (!args.quiet) stderr.write(`khatt compile: ${files.length} article(s) in ${relative(cwd, args.seeds) || '.'}\n`);
  const bar = progressBar(stderr, files.length);
  // The article texts are written on another thread while the rest is compiled: each file is
  // serialised as soon as it is final, between the articles this thread analyses, and handed over.
  // A corpus large enough for worker threads gets a writer thread for its event files too,
  // started with the texts' so that its start-up is not spent after the analysis: they are
  // handed over one by one as they are serialised, before the index is checked and serialised,
  // and written meanwhile. (Started at the end, the writer of half of them held this thread
  // ~150 ms, and it wrote the other half itself: ~0.65 s after the analysis at 10,000 articles,
  // for ~1,100 files and 29 MB.)
  const early: { sources?: StreamedFolder; events?: StreamedFolder } = {};
  const streamEvents = workerCount(workers, files.length) > 0;
  /** A file of a folder: its name inside it (paths are `folder/name`), and its JSON. */
  const outputFile = (path: string, content: ArticleTextFile | EventDetailsFile) => ({
    name: path.slice(path.indexOf('/') + 1),
    content: `${JSON.stringify(content)}\n`,
  });
  let result: CompileResult;
  try {
    result = compileCorpus({
      seedsDir: args.seeds,
      files,
      manifest,
      ...(workers ? { workers } : {}),
      onProgress: (d) => bar(d),
      onTextFile: (file, path) => {
        early.sources ??= streamFolder(args.out, ARTICLE_TEXTS_DIR);
        if (streamEvents) early.events ??= streamFolder(args.out, EVENT_DETAILS_DIR);
        early.sources.add([outputFile(path, file)]);
      },
      ...(streamEvents
        ? {
            onDetailFile: (file, path) =>
              (early.events ??= streamFolder(args.out, EVENT_DETAILS_DIR)).add([outputFile(path, file)]),
          }
        : {}),
    });
    // The writers may still be at work: writeAtomically waits for them (`finish`) only before
    // moving the folders into place.
    const { sources, events } = early;
    writeAtomically(args.out, {
      folders: [
        sources
          ? { name: ARTICLE_TEXTS_DIR, files: [], written: sources.dir, finish: () => sources.finish() }
          : { name: ARTICLE_TEXTS_DIR, files: [] },
        events
          ? { name: EVENT_DETAILS_DIR, files: [], written: events.dir, finish: () => events.finish() }
          : { name: EVENT_DETAILS_DIR, files: result.detailFiles.map(({ path, file }) => outputFile(path, file)) },
      ],
      index: { name: DATASET_FILE, content: `${JSON.stringify(result.file)}\n` },
    });
  } catch (e) {
    // Let a writer still at work end before its folder is removed (it could add a file after).
    early.sources?.abort();
    early.events?.abort();
    const failure = describeFailure(e, args.out);
    stderr.write(`khatt compile: ${failure.message}\n`);
    return failure.code;
  }
  stderr.write(`${formatSummary(result.report, relative(cwd, join(args.out, DATASET_FILE)))}\n`);
  return result.report.failed.length > 0 ? 1 : 0;
}

// Run when executed directly (`tsx src/pipeline/cli.ts`), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = run(process.argv.slice(2), process.cwd(), process.stderr);
}
