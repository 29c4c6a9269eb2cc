/**
 * The compile command as a user runs it: a real child process on real files, asserting the
 * message, the exit code, and that the good articles were still compiled and written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleTextFile,
  Dataset,
  DatasetFile,
  EventDetailsFile,
  eventDetailsPath,
  fromDatasetFile,
  type ArticleText,
  type EventDetails,
  type Source,
} from '../schema/dataset';
import { EVENTS_PER_DETAILS_FILE } from '../schema/paths';
import { describeFailure, formatSummary } from './cli';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** `npm run compile` (without npm's own start-up): the bundled compiler, scripts/compile.mjs. */
function compile(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/compile.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // A compiler that hangs fails its test (status null) instead of blocking the run: spawnSync
    // holds the event loop, so vitest's own timeout could not fire.
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function corpus(extra: Record<string, Uint8Array | string> = {}, seeds = SEED_FILES.slice(0, 2)): string {
  const dir = mkdtempSync(join(tmpdir(), 'khatt-seeds-'));
  for (const f of seeds) copyFileSync(join(SEEDS, f), join(dir, f));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The written index, validated as a file and, unpacked, as the dataset the app uses. */
function readDataset(out: string) {
  return Dataset.parse(
    fromDatasetFile(DatasetFile.parse(JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8')))),
  );
}

/** Every event's details, each from the file the app reads it from, validated as the app does. */
function readDetails(out: string, ds: Dataset): Map<string, EventDetails> {
  const details = new Map<string, EventDetails>();
  const files = new Map<string, EventDetailsFile>();
  for (const e of ds.events) {
    const path = eventDetailsPath(e.id, ds.events.length);
    let file = files.get(path);
    if (!file) files.set(path, (file = EventDetailsFile.parse(JSON.parse(readFileSync(join(out, path), 'utf8')))));
    const d = file.events.find((x) => x.id === e.id);
    expect(d, `${path} holds the details of ${e.id}`).toBeDefined();
    details.set(e.id, d!);
  }
  // Every file written is one the app would ask for, and holds only its events, in index order.
  expect(
    readdirSync(join(out, 'events'))
      .map((f) => `events/${f}`)
      .sort(),
  ).toEqual([...files.keys()].sort());
  const order = new Map(ds.events.map((e, i) => [e.id, i]));
  for (const file of files.values()) {
    const at = file.events.map((d) => order.get(d.id)!);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  }
  expect([...files.values()].reduce((n, f) => n + f.events.length, 0)).toBe(ds.events.length);
  return details;
}

/** An article's text, from the file its record names, validated as the app does. */
function readText(out: string, source: Source): ArticleText {
  const file = ArticleTextFile.parse(JSON.parse(readFileSync(join(out, source.textUrl), 'utf8')));
  const text = file.articles.find((a) => a.id === source.id);
  if (!text) throw new Error(`${source.textUrl} has no text of ${source.id}`);
  return text;
}

/** The articles the events cite, by file name (each details file carries the records it needs). */
function citedSources(details: ReadonlyMap<string, EventDetails>): Map<string, Source> {
  const byFile = new Map<string, Source>();
  for (const d of details.values()) for (const s of d.sources) byFile.set(s.file, s);
  return byFile;
}

/** Every file of an output folder, by path, as bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)));
  return files;
}

/** The ids of the article texts written, from every text file. */
function textsWritten(out: string): string[] {
  return readdirSync(join(out, 'sources'))
    .flatMap((f) => ArticleTextFile.parse(JSON.parse(readFileSync(join(out, 'sources', f), 'utf8'))).articles)
    .map((a) => a.id)
    .sort();
}

const ARABIC =
  'وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون اتفاقية شراكة في بيونغ يانغ يوم 19 حزيران/يونيو 2024.';
const ARABIC_2 = 'ووقع بوتين وكيم جونج أون في 19 يونيو 2024 معاهدة للشراكة الاستراتيجية الشاملة بين البلدين.';

/** Windows-1256 bytes of an Arabic string, from the decoder itself (one byte per character). */
function cp1256(s: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => table.get(ch) ?? 0x3f));
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

describe('npm run compile', () => {
  it('compiles the seeds and writes a valid dataset and one text per article', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const r = compile(['--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const ds = readDataset(out);
    expect(ds.events.length).toBeGreaterThan(10);
    const details = readDetails(out, ds);
    expect(readdirSync(join(out, 'events')).length).toBeLessThanOrEqual(
      Math.ceil(ds.events.length / EVENTS_PER_DETAILS_FILE),
    );
    const sources = citedSources(details);
    expect([...sources.keys()].sort()).toEqual(SEED_FILES);
    expect(textsWritten(out)).toEqual([...sources.values()].map((s) => s.id).sort());
    for (const s of sources.values()) {
      const t = readText(out, s);
      const fileText = readFileSync(join(SEEDS, s.file), 'utf8').replace(/^\uFEFF/, '');
      expect(t.text).toBe(fileText);
      for (const d of details.values())
        for (const x of d.excerpts) if (x.sourceId === s.id) expect(fileText.slice(x.start, x.end)).toBe(x.text);
    }
    expect(r.stderr).toMatch(/compiled 5 article\(s\)/);
    expect(r.stderr).toMatch(/boilerplate blocks dropped: \d+/);
    expect(r.stdout).toBe('');
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const a = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const b = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    expect(compile(['--out', a]).code).toBe(0);
    expect(compile(['--out', b]).code).toBe(0);
    expect(readFileSync(join(a, 'timeline.json'))).toEqual(readFileSync(join(b, 'timeline.json')));
  });

  it('bundled, starts its worker threads (forced here) and writes the same files as in one thread', () => {
    const one = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const two = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    expect(compile(['--out', one], { KHATT_COMPILE_WORKERS: 'never' }).code).toBe(0);
    const r = compile(['--out', two], { KHATT_COMPILE_WORKERS: 'always' });
    expect(r.code, r.stderr).toBe(0);
    // With workers the event files are streamed to a writer thread too (the texts always are).
    // A worker that cannot start is replaced by the main thread, with this warning, and the output
    // is the same: only the warning tells.
    expect(r.stderr).not.toMatch(/compile worker/);
    expect(filesOf(two)).toEqual(filesOf(one));
  });

  it('warns about an empty file and compiles the rest (exit 0)', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const r = compile(['--seeds', corpus({ 'empty.txt': '' }), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(textsWritten(out)).toHaveLength(2);
  });

  it('dates a day range that crosses into "the current month" from the month before, and compiles', () => {
    // Read as 30 June to 2 June, this span stopped the whole compile at the dataset's validation.
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const article = [
      'موسكو - وكالات',
      'تاريخ النشر: 2024-06-17',
      '',
      'زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ بين 30 و2 من الجاري حيث التقى الزعيم الكوري الشمالي كيم جونغ أون.',
      '',
    ].join('\n');
    const r = compile(['--seeds', corpus({ 'zz-visit.txt': article }), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const ds = readDataset(out);
    const details = readDetails(out, ds);
    const visit = ds.events.find((e) => details.get(e.id)!.excerpts.some((x) => x.sourceId === 'zz-visit'));
    expect(visit?.date).toEqual({ start: '2024-05-30', end: '2024-06-02', precision: 'day', inferred: true });
  });

  it('fails a binary file by name, still compiles the others (exit 1)', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const r = compile(['--seeds', corpus({ 'photo.txt': png }), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/photo\.txt/);
    expect(r.stderr).toMatch(/failed: 1/);
    const ds = readDataset(out);
    expect([...citedSources(readDetails(out, ds)).keys()].sort()).toEqual(SEED_FILES.slice(0, 2));
    expect(textsWritten(out)).toHaveLength(2);
    expect(ds.events.length).toBeGreaterThan(0);
  });

  it('decodes Windows-1256 (with a warning) and UTF-16 with BOM', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const r = compile([
      '--seeds',
      corpus({ 'legacy.txt': cp1256(ARABIC), 'wide.txt': utf16le(ARABIC_2) }, []),
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/legacy\.txt: .*Windows-1256/i);
    const ds = readDataset(out);
    // Both report one signing: one event, an excerpt from each.
    const signing = ds.events.filter((e) => e.type === 'agreement');
    expect(signing).toHaveLength(1);
    expect(signing[0]!.date).toEqual({ start: '2024-06-19', precision: 'day', inferred: false });
    const details = readDetails(out, ds).get(signing[0]!.id)!;
    expect(details.sources.map((s) => s.file)).toEqual(['legacy.txt', 'wide.txt']);
    const texts = details.sources.map((s) => readText(out, s).text);
    expect(texts).toEqual([ARABIC, ARABIC_2]);
    expect(details.excerpts.map((x) => x.sourceId)).toEqual(details.sources.map((s) => s.id));
  });

  it('exits 2 with advice for a missing folder, an unknown flag or a bad KHATT_COMPILE_WORKERS, writing nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'khatt-out-')), 'data');
    const missing = compile(['--seeds', '/nonexistent/khatt', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/\/nonexistent\/khatt" does not exist\. Pass --seeds DIR/);
    const unknown = compile(['--sedes', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option "--sedes"/);
    const workers = compile(['--out', out], { KHATT_COMPILE_WORKERS: 'yes' });
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/KHATT_COMPILE_WORKERS is "yes": use "always" or "never"/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a malformed manifest, naming the file and the field', () => {
    const dir = corpus();
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ articles: { [SEED_FILES[0]!]: { publishedAt: 'yesterday' } } }),
    );
    const out = join(mkdtempSync(join(tmpdir(), 'khatt-out-')), 'data');
    const r = compile(['--seeds', dir, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('manifest.json');
    expect(r.stderr).toMatch(/publishedAt: must be an ISO date/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when --out is a file, before compiling, and leaves the file alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'khatt-out-')), 'data');
    writeFileSync(file, 'not a folder');
    const r = compile(['--seeds', corpus(), '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out "${file}" is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('exits 4 with advice when the output cannot be written, and no stack trace', () => {
    // A folder inside a file: creating it fails (ENOTDIR) once the first texts are written.
    const parent = join(mkdtempSync(join(tmpdir(), 'khatt-out-')), 'file');
    writeFileSync(parent, 'x');
    const r = compile(['--seeds', corpus(), '--out', join(parent, 'data')]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/cannot write the output to ".*file\/data": ENOTDIR \(mkdir /);
    expect(r.stderr).toContain('Pass --out with a folder you can write to');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Where the kernel refuses a new folder with ENOENT (/proc), Node's recursive mkdir hung.
    const proc = compile(['--seeds', corpus(), '--out', '/proc/khatt-out']);
    expect(proc.code, proc.stderr).toBe(4);
    expect(proc.stderr).toMatch(/cannot write the output to "\/proc\/khatt-out": ENOENT \(mkdir /);
  });

  it('calls an output that fails its own schema check a compiler bug (exit 5), with what the check found', () => {
    const error = Dataset.safeParse({ schemaVersion: -1, actors: [], places: [], events: [] }).error;
    const f = describeFailure(error, '/out');
    expect(f.code).toBe(5);
    expect(f.message).toMatch(/^internal error: the compiled output failed its own schema check \(schemaVersion: /);
    expect(f.message).toContain('a bug in the compiler, not in your articles. Nothing was written');
    // Anything else unexpected is a bug too, its stack kept for the report.
    const other = describeFailure(new TypeError('x is undefined'), '/out');
    expect(other.code).toBe(5);
    expect(other.message).toMatch(/^internal error: TypeError: x is undefined\n\s+at /);
  });

  it('uses the manifest: its publication date places relative dates', () => {
    const dir = corpus({}, [SEED_FILES[3]!]);
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        articles: {
          [SEED_FILES[3]!]: { outlet: 'الجزيرة نت', publishedAt: '2023-09-15', url: 'https://example.org/x' },
        },
      }),
    );
    const out = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const r = compile(['--seeds', dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const ds = readDataset(out);
    const source = citedSources(readDetails(out, ds)).get(SEED_FILES[3]!)!;
    expect(source.publishedAt).toEqual({
      date: '2023-09-15',
      precision: 'day',
      basis: 'manifest',
      evidence: 'manifest: 2023-09-15',
    });
    expect(source.outlet).toBe('الجزيرة نت');
    // "وصل … كيم جونغ أون -اليوم الجمعة-" is the publication day itself.
    expect(ds.events.some((e) => e.date.start === '2023-09-15' && e.actors.includes('kim-jong-un'))).toBe(true);
  });

  it('keeps existing event ids when an article is added', () => {
    const a = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    const b = mkdtempSync(join(tmpdir(), 'khatt-out-'));
    expect(compile(['--seeds', corpus({}, SEED_FILES.slice(0, 4)), '--out', a]).code).toBe(0);
    expect(compile(['--out', b]).code).toBe(0);
    const before = readDataset(a);
    const after = readDataset(b);
    const afterIds = new Set(after.events.map((e) => e.id));
    const lost = before.events.filter((e) => !afterIds.has(e.id));
    expect(lost.map((e) => `${e.id} ${e.title.en}`)).toEqual([]);
  });
});

describe('the summary', () => {
  it('folds a warning met in many articles into one line with a count and the first files', () => {
    const undated = (i: number) => `a${String(i).padStart(2, '0')}.txt: publication date unknown`;
    const summary = formatSummary(
      {
        read: 13,
        skipped: [],
        failed: [],
        furnitureBlocks: 0,
        events: 0,
        articles: [],
        warnings: [...Array.from({ length: 12 }, (_, i) => undated(i)), 'old.txt: decoded as Windows-1256'],
      },
      'out/timeline.json',
    );
    expect(summary).toContain('warnings: 13');
    expect(summary).toContain(
      '12 articles: publication date unknown — a00.txt, a01.txt, a02.txt, a03.txt, a04.txt, a05.txt, a06.txt, a07.txt, a08.txt, a09.txt (+2 more)',
    );
    expect(summary).toContain('- old.txt: decoded as Windows-1256');
  });
});
