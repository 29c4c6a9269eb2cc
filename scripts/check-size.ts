/**
 * `npm run size` (part of `npm test`, after `npm run build`): the JavaScript a first visit
 * downloads before anything is interactive must stay within budget (issue 4: ≤ 250 KB gzip).
 *
 * "Initial JS" is what index.html loads eagerly — its module scripts and modulepreloads — plus
 * every chunk those import statically and every worker script they start (the dataset worker
 * starts with the page) with all of its chunks, static or dynamic (it imports its schema at
 * once, only later than its first line), recursively. Chunks loaded with `import()` (the timeline
 * engine) are listed and counted separately: they arrive while the shell is already usable.
 * Sizes are gzip at the default level (what a static server sends); 1 KB = 1,000 bytes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 250_000;

export interface SizeReport {
  initialJs: { file: string; raw: number; gzip: number }[];
  lazyJs: { file: string; raw: number; gzip: number }[];
  css: { file: string; raw: number; gzip: number }[];
  html: { raw: number; gzip: number };
  initialJsGzip: number;
  lazyJsGzip: number;
  cssGzip: number;
}

const gz = (b: Buffer): number => gzipSync(b).length;

/** Static imports of a built ES module chunk: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]!);
  return [...out];
}

/**
 * Worker scripts a built chunk starts: Vite writes `new Worker(new URL(new URL("x.js", import.meta.url)…`
 * (the inner URL names the file relative to the chunk).
 */
export function workerScripts(code: string): string[] {
  const out = new Set<string>();
  const re = /new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*(?:new\s+URL\(\s*)?[`"']([^`"']+\.js)[`"']/g;
  for (const m of code.matchAll(re)) out.add(m[1]!.startsWith('.') ? m[1]! : `./${m[1]!}`);
  return [...out];
}

/** Chunks a built module loads with `import("./x.js")`. */
export function dynamicImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)) out.add(m[1]!);
  return [...out];
}

export function measure(dist: string): SizeReport {
  const htmlPath = join(dist, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} not found: run \`npm run build\` first`);
  const html = readFileSync(htmlPath, 'utf8');
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(m[1]!);
  const toFile = (ref: string, from: string) =>
    posix.normalize(posix.join(posix.dirname(from), ref)).replace(/^\/+/, '');

  const initial = new Set<string>();
  const workers = new Set<string>();
  const queue = [...entries].map((e) => toFile(e, 'index.html'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const inWorker = workers.has(file);
    for (const ref of [...staticImports(code), ...(inWorker ? dynamicImports(code) : [])]) {
      const target = toFile(ref, file);
      if (inWorker) workers.add(target);
      queue.push(target);
    }
    for (const ref of workerScripts(code)) {
      workers.add(toFile(ref, file));
      queue.push(toFile(ref, file));
    }
  }
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const row = (file: string) => {
    const b = readFileSync(join(dist, file));
    return { file, raw: b.length, gzip: gz(b) };
  };
  const initialJs = [...initial].sort().map(row);
  const lazyJs = assets.filter((f) => f.endsWith('.js') && !initial.has(f)).map(row);
  const css = assets.filter((f) => f.endsWith('.css')).map(row);
  const htmlBytes = readFileSync(htmlPath);
  const sum = (xs: { gzip: number }[]) => xs.reduce((n, x) => n + x.gzip, 0);
  return {
    initialJs,
    lazyJs,
    css,
    html: { raw: htmlBytes.length, gzip: gz(htmlBytes) },
    initialJsGzip: sum(initialJs),
    lazyJsGzip: sum(lazyJs),
    cssGzip: sum(css),
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

export function formatReport(r: SizeReport): string {
  const lines = [
    'JS/CSS size (gzip):',
    ...r.initialJs.map((x) => `  initial  ${x.file}  ${kb(x.raw)} raw, ${kb(x.gzip)} gzip`),
    ...r.lazyJs.map((x) => `  lazy     ${x.file}  ${kb(x.raw)} raw, ${kb(x.gzip)} gzip`),
    ...r.css.map((x) => `  css      ${x.file}  ${kb(x.raw)} raw, ${kb(x.gzip)} gzip`),
    `  index.html ${kb(r.html.gzip)} gzip`,
    `initial JS: ${kb(r.initialJsGzip)} gzip (budget ${kb(INITIAL_JS_BUDGET)}); lazy JS: ${kb(r.lazyJsGzip)}; CSS: ${kb(r.cssGzip)}`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const at = process.argv.indexOf('--dist');
  const dist = resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(root, 'dist'));
  const report = measure(dist);
  process.stdout.write(`${formatReport(report)}\n`);
  if (report.initialJsGzip > INITIAL_JS_BUDGET) {
    process.stderr.write(
      `size check failed: initial JS is ${kb(report.initialJsGzip)} gzip, over the ${kb(INITIAL_JS_BUDGET)} budget (${relative(root, dist) || '.'})\n`,
    );
    process.exitCode = 1;
  } else process.stdout.write('size check passed\n');
}
