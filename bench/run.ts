/**
 * `npm run bench [-- --sizes 100,1000,10000 --runs 3 --no-browser --no-compile --no-naive]`
 *
 * Issue 4's benchmark, end to end, in one run so the ratios are comparable:
 *  1. generates 100 / 1,000 / 10,000 articles (scripts/generate-corpus.ts, fixed seed);
 *  2. compiles each with the real compiler as a child process (plus an empty corpus, to know the
 *     fixed start-up cost), measuring wall time and peak RSS;
 *  3. builds the app and the naive vis-timeline baseline (bench/naive) and loads each dataset in
 *     headless Chromium, measuring navigation → timeline, filter toggle, select → panel,
 *     pan/zoom frames/s, JS heap and first-download gzip bytes;
 *  4. prints the medians and the goals, and writes bench/results.json.
 * Everything is written under bench/out/ (git-ignored). Runs are interleaved (run 1 of every
 * size, then run 2…) so a noisy neighbour on the machine hurts all sizes alike, and each compile
 * and each browser visit starts once the machine is quiet (./settle.ts; up to 10 s).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeCorpus } from '../scripts/generate-corpus';
import { measure as measureSize } from '../scripts/check-size';
import { inFreshBrowser, launch, measurePage, type BrowserRun } from './browser';
import { compileCommand, compileOnce, GNU_TIME, type CompileRun } from './compile';
import { probeHost } from './probe';
import { settle } from './settle';
import { serve } from './server';
import { DATASET_FILE, DatasetFile, fromDatasetFile } from '../src/schema/dataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');

interface Options {
  sizes: number[];
  runs: number;
  compile: boolean;
  browser: boolean;
  naive: boolean;
  seeds: boolean;
  appLimitMs: number;
  naiveLimitMs: number;
  seed: string;
  /** Only browse these existing bench/out/data-<name> folders (no generation, no compile). */
  datasets: string[] | null;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    sizes: [100, 1000, 10000],
    runs: 3,
    compile: true,
    browser: true,
    naive: true,
    seeds: true,
    appLimitMs: 60_000,
    naiveLimitMs: 90_000,
    seed: 'bench',
    datasets: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => argv[++i] ?? '';
    if (a === '--sizes')
      o.sizes = v()
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
    else if (a === '--runs') o.runs = Math.max(1, Number(v()));
    else if (a === '--no-compile') o.compile = false;
    else if (a === '--no-browser') o.browser = false;
    else if (a === '--no-naive') o.naive = false;
    else if (a === '--no-seeds') o.seeds = false;
    else if (a === '--app-limit') o.appLimitMs = Number(v()) * 1000;
    else if (a === '--naive-limit') o.naiveLimitMs = Number(v()) * 1000;
    else if (a === '--seed') o.seed = v();
    else if (a === '--datasets') {
      o.datasets = v().split(',').filter(Boolean);
      o.compile = false;
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const median = (xs: readonly (number | null | undefined)[]): number | null => {
  const s = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------

interface CompileSummary {
  articles: number;
  /** The project's own seeds/ rather than a generated corpus. */
  seeds: boolean;
  runs: CompileRun[];
  wallMs: number | null;
  maxRssMb: number | null;
  articlesPerSecond: number | null;
  /** Median CPU time (user + system) of the runs, in seconds. */
  cpuS: number | null;
  /** Median time of the host probe before each run (./probe.ts). */
  probeMs: number | null;
  events: number;
  actors: number;
  datasetMb: number;
  sourcesMb: number;
}

async function compileAll(
  o: Options,
  corpora: Map<string, string>,
): Promise<{ sizes: CompileSummary[]; startupMs: number | null; probeMs: number | null }> {
  const runs = new Map<string, CompileRun[]>();
  for (let r = 0; r < o.runs; r++)
    for (const [name, dir] of corpora) {
      const out = join(OUT, `data-${name}`);
      rmSync(out, { recursive: true, force: true });
      const settledMs = await settle();
      const probeMs = Math.round(probeHost().ms);
      const run = { ...compileOnce(ROOT, dir, out), settledMs, probeMs };
      log(
        `  compile ${name} run ${r + 1}: ${(run.wallMs / 1000).toFixed(2)} s, CPU ${run.cpuMs !== null ? `${(run.cpuMs / 1000).toFixed(2)} s` : 'n/a'}, ${run.maxRssKb ? `${Math.round(run.maxRssKb / 1024)} MB` : 'RSS n/a'}, ${run.events} events (waited ${settledMs} ms for a quiet machine; host probe ${probeMs} ms)`,
      );
      runs.set(name, [...(runs.get(name) ?? []), run]);
    }
  const startupMs = median((runs.get('0') ?? []).map((r) => r.wallMs));
  const probeMs = median([...runs.values()].flat().map((r) => r.probeMs));
  const sizes = [...runs.entries()]
    .filter(([name]) => name !== '0')
    .map(([name, rs]): CompileSummary => {
      const wallMs = median(rs.map((r) => r.wallMs));
      const rss = median(rs.map((r) => r.maxRssKb));
      const cpuMs = median(rs.map((r) => r.cpuMs));
      const articles = name === 'seeds' ? rs[0]!.sources : Number(name);
      return {
        articles,
        seeds: name === 'seeds',
        runs: rs,
        wallMs,
        maxRssMb: rss !== null ? rss / 1024 : null,
        articlesPerSecond: wallMs ? (articles * 1000) / wallMs : null,
        cpuS: cpuMs !== null ? cpuMs / 1000 : null,
        probeMs: median(rs.map((r) => r.probeMs)),
        events: rs[0]!.events,
        actors: rs[0]!.actors,
        datasetMb: rs[0]!.datasetBytes / 1e6,
        sourcesMb: rs[0]!.sourcesBytes / 1e6,
      };
    });
  return { sizes, startupMs, probeMs };
}

// ---------------------------------------------------------------------------------------------

/** The medians of a page's runs, field by field as in one run. */
interface PageSummary extends Omit<BrowserRun, 'download' | 'errors'> {
  runs: BrowserRun[];
  downloadGzipKb: number | null;
  downloadParts: BrowserRun['download'];
  /** Interactions that timed out in every run that got that far, and the per-step limit. */
  timeouts: string[];
  stepLimitMs: number;
}

function summarise(runs: BrowserRun[], limitMs: number): PageSummary {
  const ok = runs.filter((r) => !r.timedOut);
  return {
    runs,
    timedOut: ok.length === 0,
    limitMs,
    navToTimelineMs: median(ok.map((r) => r.navToTimelineMs)),
    dataReadyMs: median(ok.map((r) => r.dataReadyMs)),
    filterMs: median(ok.map((r) => r.filterMs)),
    selectMs: median(ok.map((r) => r.selectMs)),
    quotesMs: median(ok.map((r) => r.quotesMs)),
    fps: median(ok.map((r) => r.fps)),
    worstFrameMs: median(ok.map((r) => r.worstFrameMs)),
    heapUsedMb: median(ok.map((r) => r.heapUsedMb)),
    heapRetainedMb: median(ok.map((r) => r.heapRetainedMb)),
    downloadGzipKb: median(ok.map((r) => (r.download ? r.download.total / 1000 : null))),
    downloadParts: ok.find((r) => r.download)?.download ?? null,
    itemsInDom: median(ok.map((r) => r.itemsInDom)),
    settledMs: median(ok.map((r) => r.settledMs)),
    timeouts: ['filter', 'select', 'pan/zoom'].filter(
      (phase) => ok.length > 0 && ok.every((r) => r.timeouts.includes(phase)),
    ),
    stepLimitMs: Math.max(10_000, limitMs / 2),
  };
}

function topActorName(dataDir: string): string {
  const d = fromDatasetFile(DatasetFile.parse(JSON.parse(readFileSync(join(dataDir, DATASET_FILE), 'utf8'))));
  const counts = new Map<string, number>();
  for (const e of d.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return d.actors.find((a) => a.id === top)?.name.ar ?? '';
}

async function buildPages(): Promise<void> {
  log('building the app (vite build → bench/out/app) and the naive baseline (→ bench/out/naive)…');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(OUT, 'app'), emptyOutDir: true },
  });
  await build({
    root: join(ROOT, 'bench/naive'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: join(OUT, 'naive'), emptyOutDir: true, target: 'es2022' },
  });
}

async function browseAll(
  o: Options,
  datasets: string[],
): Promise<Record<string, { app: PageSummary; naive: PageSummary | null }>> {
  const out: Record<string, { app: PageSummary; naive: PageSummary | null }> = {};
  let browser = await launch();
  for (const name of datasets) {
    const data = join(OUT, `data-${name}`);
    const server = await serve([
      { prefix: '/app/data/', dir: data },
      { prefix: '/app/', dir: join(OUT, 'app') },
      { prefix: '/naive/data/', dir: data },
      { prefix: '/naive/', dir: join(OUT, 'naive') },
    ]);
    const actorName = topActorName(data);
    const app: BrowserRun[] = [];
    const naive: BrowserRun[] = [];
    let naiveGaveUp = !o.naive;
    for (let r = 0; r < o.runs; r++) {
      const a = await measurePage(browser, { url: `${server.origin}/app/`, actorName, limitMs: o.appLimitMs });
      log(`  app   ${name} run ${r + 1}: ${describe(a)}`);
      app.push(a);
      if (a.timedOut) {
        await browser.close();
        browser = await launch();
      }
      if (naiveGaveUp) continue;
      // In a browser of its own, closed after the visit (see inFreshBrowser).
      const n = await inFreshBrowser(server.origin, (fresh) =>
        measurePage(fresh, { url: `${server.origin}/naive/`, actorName, limitMs: o.naiveLimitMs }),
      );
      log(`  naive ${name} run ${r + 1}: ${describe(n)}`);
      naive.push(n);
      // Minutes per run at this size: one run past the limit says enough.
      if (n.timedOut) naiveGaveUp = true;
    }
    await server.close();
    out[name] = { app: summarise(app, o.appLimitMs), naive: o.naive ? summarise(naive, o.naiveLimitMs) : null };
  }
  await browser.close();
  return out;
}

function describe(r: BrowserRun): string {
  if (r.timedOut) return `no timeline within ${r.limitMs / 1000} s`;
  const f = (x: number | null, unit: string, d = 0) => (x === null ? 'n/a' : `${x.toFixed(d)}${unit}`);
  return `ready ${f(r.navToTimelineMs, ' ms')} (data ${f(r.dataReadyMs, ' ms')}), filter ${f(r.filterMs, ' ms')}, select ${f(r.selectMs, ' ms')} (quotes ${f(r.quotesMs, ' ms')}), ${f(r.fps, ' fps', 1)}, heap ${f(r.heapUsedMb, ' MB', 1)}, ${r.itemsInDom ?? '?'} items, waited ${f(r.settledMs, ' ms')} for a quiet machine${r.errors.length > 0 ? `; ${r.errors.join('; ')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------

function machine(chromiumVersion: string | null, loadAtStart: number[]) {
  const visTimeline = JSON.parse(readFileSync(join(ROOT, 'node_modules/vis-timeline/package.json'), 'utf8')) as {
    version: string;
  };
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: loadAtStart.map((x) => Math.round(x * 100) / 100),
    node: process.version,
    chromium: chromiumVersion,
    visTimeline: visTimeline.version,
    compileCommand: compileCommand(ROOT),
    peakRssBy: existsSync(GNU_TIME) ? 'GNU time -v (whole process tree)' : 'unavailable (install GNU time)',
  };
}

const fmt = (x: number | null | undefined, d = 0): string => (x === null || x === undefined ? 'n/a' : x.toFixed(d));
const orTimeout = (p: PageSummary, phase: string, value: string): string =>
  p.timeouts.includes(phase) ? `> ${p.stepLimitMs / 1000} s` : value;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padStart(widths[c]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const startLoad = loadavg();
  log(
    `khatt bench: sizes ${o.sizes.join(', ')}, ${o.runs} run(s) each, load average ${startLoad.map((x) => x.toFixed(2)).join(' ')}`,
  );

  const corpora = new Map<string, string>();
  const empty = join(OUT, 'corpus-0');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  corpora.set('0', empty);
  if (o.seeds) corpora.set('seeds', join(ROOT, 'seeds'));
  // Only compiling reads the corpora (with --no-compile the browser reads the datasets as they are).
  for (const n of o.datasets || !o.compile ? [] : o.sizes) {
    const dir = join(OUT, `corpus-${n}`);
    log(`generating ${n} articles → ${relative(ROOT, dir)}`);
    await writeCorpus({
      count: n,
      outDir: dir,
      seed: o.seed,
      seedsDir: join(ROOT, 'seeds'),
      gazetteerDir: join(ROOT, 'src/pipeline/entities'),
    });
    corpora.set(String(n), dir);
  }

  let compile: Awaited<ReturnType<typeof compileAll>> | null = null;
  if (o.compile) {
    log('compiling (child process per run)…');
    compile = await compileAll(o, corpora);
  }

  let browserResults: Awaited<ReturnType<typeof browseAll>> | null = null;
  let chromiumVersion: string | null = null;
  let size: ReturnType<typeof measureSize> | null = null;
  if (o.browser) {
    await buildPages();
    size = measureSize(join(OUT, 'app'));
    const b = await launch();
    chromiumVersion = b.version();
    await b.close();
    const names = (o.datasets ?? [...(o.seeds ? ['seeds'] : []), ...o.sizes.map(String)]).filter((n) =>
      existsSync(join(OUT, `data-${n}`, 'timeline.json')),
    );
    log('measuring in Chromium…');
    browserResults = await browseAll(o, names);
  }

  // -------------------------------------------------------------------------------------------
  // Report

  const lines: string[] = [];
  if (compile) {
    const s = compile.startupMs;
    const rows = [
      [
        'corpus',
        'wall s',
        'articles/s',
        'CPU s',
        'host probe ms',
        'peak RSS MB',
        'events',
        'actors',
        'timeline.json MB',
        'ms/article (net of start-up)',
      ],
    ];
    for (const c of compile.sizes)
      rows.push([
        c.seeds ? `seeds (${c.articles})` : String(c.articles),
        fmt(c.wallMs !== null ? c.wallMs / 1000 : null, 2),
        fmt(c.articlesPerSecond, 0),
        fmt(c.cpuS, 2),
        fmt(c.probeMs, 0),
        fmt(c.maxRssMb, 0),
        String(c.events),
        String(c.actors),
        fmt(c.datasetMb, 2),
        fmt(c.wallMs !== null && s !== null ? (c.wallMs - s) / c.articles : null, 3),
      ]);
    lines.push(
      `Compile (median of ${o.runs}; start-up with an empty corpus: ${fmt(s, 0)} ms; host probe before each run, median of all: ${fmt(compile.probeMs, 0)} ms, see bench/probe.ts)`,
      table(rows),
      '',
    );
  }
  if (browserResults) {
    const rows = [
      [
        'dataset',
        'page',
        'nav→timeline ms',
        '(data ready ms)',
        'filter ms',
        'select ms',
        'quotes ms',
        'pan/zoom fps',
        'worst frame ms',
        'heap MB',
        'heap after GC MB',
        'first download KB gz',
        'items drawn',
      ],
    ];
    // Integer-like keys ("100") come first in a JS object: print in the order measured instead.
    const order = o.datasets ?? [...(o.seeds ? ['seeds'] : []), ...o.sizes.map(String)];
    for (const [name, r] of Object.entries(browserResults).sort((x, y) => order.indexOf(x[0]) - order.indexOf(y[0])))
      for (const [page, p] of [
        ['app', r.app],
        ['naive', r.naive],
      ] as const) {
        if (!p) continue;
        rows.push([
          name,
          page,
          p.timedOut ? `> ${p.limitMs / 1000} s` : fmt(p.navToTimelineMs),
          fmt(p.dataReadyMs),
          orTimeout(p, 'filter', fmt(p.filterMs)),
          orTimeout(p, 'select', fmt(p.selectMs)),
          orTimeout(p, 'select', fmt(p.quotesMs)),
          orTimeout(p, 'pan/zoom', fmt(p.fps, 1)),
          fmt(p.worstFrameMs),
          fmt(p.heapUsedMb, 1),
          fmt(p.heapRetainedMb, 1),
          fmt(p.downloadGzipKb, 0),
          fmt(p.itemsInDom),
        ]);
      }
    lines.push(`Browser (headless Chromium ${chromiumVersion ?? '?'}, 1440×900, median of ${o.runs})`, table(rows), '');
  }
  if (size)
    lines.push(
      `Initial JS ${fmt(size.initialJsGzip / 1000, 1)} KB gzip; lazily loaded JS ${fmt(size.lazyJsGzip / 1000, 1)} KB; CSS ${fmt(size.cssGzip / 1000, 1)} KB`,
      '',
    );

  // Goals (issue 4), judged on the largest corpus.
  const goals: { goal: string; value: string; met: boolean | null }[] = [];
  const big = Math.max(...o.sizes);
  const c10 = compile?.sizes.find((c) => !c.seeds && c.articles === big);
  const c1 = compile?.sizes.find((c) => !c.seeds && c.articles === big / 10);
  if (c10) {
    goals.push({
      goal: `compile ${big} articles ≥ 1,000 articles/s`,
      value: `${fmt(c10.articlesPerSecond)} articles/s`,
      met: (c10.articlesPerSecond ?? 0) >= 1000,
    });
    goals.push({
      goal: 'compile peak RSS ≤ 1 GB',
      value: `${fmt(c10.maxRssMb)} MB`,
      met: c10.maxRssMb !== null ? c10.maxRssMb <= 1024 : null,
    });
  }
  if (c10 && c1 && c10.wallMs && c1.wallMs) {
    const raw = c10.wallMs / c10.articles / (c1.wallMs / c1.articles);
    const s = compile?.startupMs ?? 0;
    const net = (c10.wallMs - s) / c10.articles / ((c1.wallMs - s) / c1.articles);
    goals.push({
      goal: `per-article cost at ${big} ≤ 1.2× at ${big / 10}`,
      value: `${raw.toFixed(2)}× (net of start-up: ${net.toFixed(2)}×)`,
      met: net <= 1.2,
    });
  }
  const app = browserResults?.[String(big)]?.app;
  if (app) {
    const g = (goal: string, v: number | null, unit: string, ok: (x: number) => boolean, d = 0) =>
      goals.push({ goal, value: app.timedOut ? 'timed out' : `${fmt(v, d)} ${unit}`, met: v === null ? null : ok(v) });
    g(`app, ${big} events: navigation → timeline ≤ 1.5 s`, app.navToTimelineMs, 'ms', (x) => x <= 1500);
    g('filter toggle → repainted ≤ 100 ms', app.filterMs, 'ms', (x) => x <= 100);
    g('select → panel shown ≤ 50 ms', app.selectMs, 'ms', (x) => x <= 50);
    // Not a goal of the issue, but what a reader waits for: the excerpts loaded on open.
    goals.push({ goal: '(select → excerpts shown)', value: `${fmt(app.quotesMs)} ms`, met: null });
    g('pan/zoom ≥ 30 frames/s', app.fps, 'fps', (x) => x >= 30, 1);
    g('JS heap ≤ 150 MB', app.heapUsedMb, 'MB', (x) => x <= 150, 1);
  }
  if (size)
    goals.push({
      goal: 'initial JS ≤ 250 KB gzip',
      value: `${fmt(size.initialJsGzip / 1000, 1)} KB`,
      met: size.initialJsGzip <= 250_000,
    });
  if (goals.length > 0) {
    lines.push(
      'Goals (issue 4)',
      table([
        ['goal', 'measured', 'met'],
        ...goals.map((x) => [x.goal, x.value, x.met === null ? '?' : x.met ? 'yes' : 'NO']),
      ]),
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);

  const results = {
    machine: machine(chromiumVersion, startLoad),
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    options: o,
    compile,
    browser: browserResults,
    size,
    goals,
    gitCommit: (() => {
      try {
        return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })(),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${relative(process.cwd(), join(ROOT, 'bench/results.json'))}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
