/**
 * `npm start`: compile the seeds when the dataset is missing or older than any seed, build the
 * app, and serve it on 127.0.0.1, printing the URL.
 *
 *   npm start [-- --port N] [--reuse-build]
 *
 * `--reuse-build` skips the build when dist/ already holds this dataset (used by the browser
 * tests, which `npm test` runs right after its own build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { SCHEMA_VERSION } from '../src/schema/dataset';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEEDS = join(ROOT, 'seeds');
const DATASET = join(ROOT, 'public', 'data', 'timeline.json');
const BUILT_DATASET = join(ROOT, 'dist', 'data', 'timeline.json');
const BUILT_INDEX = join(ROOT, 'dist', 'index.html');
/** What the dataset is compiled by: the compiler, its gazetteer and the schema it writes. */
const COMPILER = [join(ROOT, 'src', 'pipeline'), join(ROOT, 'src', 'schema')];

/** Tests and their golden files sit beside the compiler but change nothing it writes. */
const notCompiler = (name: string) => name === '__golden__' || /\.test\.tsx?$/.test(name);

/** Newest modification time of any file under `dir` (0 for an empty or missing folder), but `skip`'s. */
function newestMtime(dir: string, skip: (name: string) => boolean = () => false): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs);
  }
  return newest;
}

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : -1;
}

function parseArgs(argv: string[]): { port: number; reuseBuild: boolean } {
  let port = Number(process.env.PORT ?? 4173);
  let reuseBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reuse-build') reuseBuild = true;
    else if (arg === '--port' && argv[i + 1] !== undefined) port = Number(argv[++i]);
    else if (arg?.startsWith('--port=')) port = Number(arg.slice('--port='.length));
    else {
      console.error(`start: unknown argument "${arg}". Usage: npm start [-- --port N] [--reuse-build]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`start: invalid port "${port}"`);
    process.exit(2);
  }
  return { port, reuseBuild };
}

/** The dataset's schema version, or null when it cannot be read (a compile will say why). */
function schemaVersionOf(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion?: unknown }).schemaVersion ?? null;
  } catch {
    return null;
  }
}

/** Why the dataset must be compiled, or null when it is current. */
function staleness(): string | null {
  const datasetTime = mtime(DATASET);
  if (datasetTime < 0) return 'no dataset yet';
  // A dataset compiled by an older version of Khatt is recompiled, not served to an app that rejects it.
  if (schemaVersionOf(DATASET) !== SCHEMA_VERSION) return `the dataset is not schema version ${SCHEMA_VERSION}`;
  if (datasetTime < newestMtime(SEEDS)) return 'seeds/ changed since the last compile';
  // A new version of the compiler may write other files under the same schema version (the
  // grouping of event files did), or find other events: its output is recompiled, not served.
  if (COMPILER.some((dir) => datasetTime < newestMtime(dir, notCompiler)))
    return 'the compiler changed since the last compile';
  return null;
}

function compileIfStale(): boolean {
  const why = staleness();
  if (why === null) {
    console.error('start: public/data/timeline.json is up to date with seeds/');
    return false;
  }
  console.error(`start: ${why}; compiling seeds/…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'compile'], { cwd: ROOT, stdio: 'inherit' });
  // Exit 1 means some article failed but the rest were compiled and written: serve those.
  if (result.status !== 0 && !(result.status === 1 && existsSync(DATASET))) {
    console.error(`start: compiling the seeds failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  return true;
}

async function main(): Promise<void> {
  const { port, reuseBuild } = parseArgs(process.argv.slice(2));
  const compiled = compileIfStale();
  const builtIsCurrent = existsSync(BUILT_INDEX) && mtime(BUILT_DATASET) >= mtime(DATASET);
  if (reuseBuild && !compiled && builtIsCurrent) {
    console.error('start: reusing dist/');
  } else {
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port, strictPort: true } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\n  Khatt is running at ${url}\n  (Ctrl+C to stop)\n`);
}

main().catch((error: unknown) => {
  console.error('start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
