// @ts-check
/**
 * `npm run compile`: the compiler (src/pipeline/cli.ts, and the worker it starts for a large
 * corpus, src/pipeline/worker.ts) bundled by esbuild and run by plain Node.
 *
 * Why not `tsx src/pipeline/cli.ts`: tsx's CLI starts a second Node process, then transforms and
 * resolves some thirty modules one by one, and its require hook costs the worker about as much
 * again. An empty corpus took 0.88 s that way and takes 0.32 s bundled.
 *
 * There is no build step to forget: the bundles are rebuilt (~0.35 s) whenever a file they were
 * built from has changed since (size or modification time; esbuild lists the files), so what runs
 * is always the source as it is now, an edited gazetteer included. They are kept under
 * node_modules/.cache, named by a hash of their content and written atomically (several compiles
 * may start at once), and never committed.
 * Exit codes are the compiler's (cli.ts), and 3 when the sources could not be bundled.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SELF), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'khatt-compiler');
/** Which bundle is current, and the files it was built from: `{ dir, inputs: { path: stamp } }`. */
const LATEST = join(CACHE, 'latest.json');
/** Bundles of other versions are removed once this old (a compile still running may use them). */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** @param {string} path relative to ROOT; null if it is gone */
function stamp(path) {
  try {
    const s = statSync(join(ROOT, path));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The current bundle's folder, if no file it was built from (nor this script) has changed. */
function upToDate() {
  try {
    /** @type {{ dir: string, inputs: Record<string, string> }} */
    const latest = JSON.parse(readFileSync(LATEST, 'utf8'));
    for (const [path, was] of Object.entries(latest.inputs)) if (stamp(path) !== was) return null;
    statSync(join(latest.dir, 'cli.mjs'));
    return latest.dir;
  } catch {
    return null;
  }
}

/** Write `content` to `path` through a temp file and a rename, so no reader sees half of it. */
function writeAtomically(path, content) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    // parallel.ts starts the worker from `./worker.mjs` beside the bundle that runs it.
    entryPoints: { cli: 'src/pipeline/cli.ts', worker: 'src/pipeline/worker.ts' },
    outdir: CACHE,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'warning',
    // Not minified: a crash's stack names readable functions, and each module is marked by its path.
  });
  const hash = createHash('sha256');
  for (const f of result.outputFiles) hash.update(f.path).update(f.contents);
  const dir = join(CACHE, hash.digest('hex').slice(0, 16));
  mkdirSync(CACHE, { recursive: true });
  try {
    statSync(join(dir, 'cli.mjs'));
  } catch {
    const temp = `${dir}.${process.pid}.tmp`;
    mkdirSync(temp, { recursive: true });
    for (const f of result.outputFiles) writeFileSync(join(temp, relative(CACHE, f.path)), f.contents);
    try {
      renameSync(temp, dir);
    } catch {
      // Another compile wrote the same bundle first: use it.
      rmSync(temp, { recursive: true, force: true });
    }
  }
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), relative(ROOT, SELF)]) {
    const s = stamp(path);
    if (s !== null) inputs[path] = s;
  }
  writeAtomically(LATEST, JSON.stringify({ dir, inputs }));
  prune(dir);
  return dir;
}

/** @param {string} keep remove other versions' bundles older than KEEP_MS */
function prune(keep) {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path === keep || path === LATEST) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another compile meanwhile.
    }
  }
}

let dir = upToDate();
try {
  dir ??= await bundle();
} catch (e) {
  // esbuild has printed where the source is wrong.
  process.stderr.write(`khatt compile: could not bundle the compiler: ${e instanceof Error ? e.message : e}\n`);
  process.exit(3);
}
/** @type {{ run: (argv: readonly string[], cwd: string, stderr: NodeJS.WriteStream) => number }} */
const cli = await import(pathToFileURL(join(dir, 'cli.mjs')).href);
const code = cli.run(process.argv.slice(2), process.cwd(), process.stderr);
// Everything is written by now (the output is moved into place before run returns). Exit once
// stderr has drained rather than let Node tear down the compile's heap (hundreds of MB at 10,000
// articles) and its threads: that took ~0.1 s more of each large compile.
process.stderr.write('', () => process.exit(code));
