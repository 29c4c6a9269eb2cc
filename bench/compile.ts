/**
 * Compile measurements: the real compiler, run as `npm run compile` runs it (the package.json
 * `compile` script, without npm's own start-up), in a child process. Wall time is measured here;
 * peak RSS comes from GNU time (`/usr/bin/time -v`), which reports the largest resident set of
 * the whole process tree (tsx starts node as a child).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface CompileRun {
  wallMs: number;
  /** Peak resident set size of the process tree, in KB; null without GNU time. */
  maxRssKb: number | null;
  /**
   * CPU time (user + system) of the process tree, in ms; null without GNU time. Against the wall
   * time it shows how much of the second core was used, and with the same code and corpus it
   * rises when the host gets slower (./probe.ts).
   */
  cpuMs: number | null;
  exitCode: number;
  events: number;
  sources: number;
  actors: number;
  /** Size of timeline.json in bytes, and of all per-article files together. */
  datasetBytes: number;
  sourcesBytes: number;
  /** How long the harness waited for a quiet machine before starting it (./settle.ts). */
  settledMs?: number;
  /** The host probe's time just before it (./probe.ts). */
  probeMs?: number;
}

export const GNU_TIME = '/usr/bin/time';

export function compileCommand(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts.compile;
  if (!script) throw new Error('package.json has no "compile" script');
  return script;
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

/** The summary's first line, "compiled N article(s) → …", which the compiler prints even with --quiet. */
function articlesCompiled(stderr: string): number {
  const m = /compiled (\d+) article/.exec(stderr);
  if (!m) throw new Error(`the compiler's summary has no "compiled N article(s)" line:\n${stderr.slice(-2000)}`);
  return Number(m[1]);
}

/** One compile of `corpusDir` into `outDir`. Throws with the compiler's output if it crashed. */
export function compileOnce(root: string, corpusDir: string, outDir: string): CompileRun {
  const command = `${compileCommand(root)} --seeds '${corpusDir}' --out '${outDir}' --quiet`;
  const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const timed = existsSync(GNU_TIME);
  const [cmd, args] = timed ? [GNU_TIME, ['-v', 'sh', '-c', command]] : ['sh', ['-c', command]];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const exitCode = r.status ?? -1;
  const stderr = r.stderr ?? '';
  // Exit 1 means "some article failed, the rest compiled": still a measurement.
  if (exitCode !== 0 && exitCode !== 1)
    throw new Error(`compile of ${corpusDir} exited ${exitCode}:\n${stderr.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const datasetFile = join(outDir, 'timeline.json');
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as {
    events: { id: unknown[] };
    actors: unknown[];
  };
  return {
    wallMs,
    maxRssKb: rss ? Number(rss[1]) : null,
    cpuMs: user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : null,
    exitCode,
    events: dataset.events.id.length,
    sources: articlesCompiled(stderr),
    actors: dataset.actors.length,
    datasetBytes: statSync(datasetFile).size,
    sourcesBytes: dirBytes(outDir) - statSync(datasetFile).size,
  };
}
