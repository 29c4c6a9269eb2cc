/**
 * Before a measured visit, wait for the machine to be quiet: on this 2-core machine the work of
 * the step before (a naive page's browser shutting down, the harness compressing responses, a
 * compile's last writes) otherwise lands in the next navigation, and the app's three visits at
 * 10,000 events measured slower one after another with the same code (BENCHMARKS.md). Every
 * visit, app and naive, waits the same way; the wait is recorded with the run.
 *
 * Linux only (/proc/stat); elsewhere it returns at once.
 */
import { readFileSync } from 'node:fs';

/** Busy and total CPU time of the whole machine so far, in clock ticks. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal …
    const [user, nice, system, idle, iowait, irq, softirq] = line.trim().split(/\s+/).slice(1).map(Number);
    if ([user, nice, system, idle, iowait, irq, softirq].some((x) => x === undefined || Number.isNaN(x))) return null;
    const busy = user! + nice! + system! + irq! + softirq!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return null;
  }
}

const STEP_MS = 250;

/**
 * Resolves once the machine's CPUs have been at most `maxBusy` busy over the last second, or after
 * `limitMs` whatever the load. Returns how long it waited.
 */
export async function settle(maxBusy = 0.15, limitMs = 10_000): Promise<number> {
  const start = Date.now();
  const window: { busy: number; total: number }[] = [];
  for (;;) {
    const now = cpuTimes();
    if (!now) return 0;
    window.push(now);
    if (window.length > 1000 / STEP_MS + 1) window.shift();
    const first = window[0]!;
    const spanned = now.total - first.total;
    if (window.length > 1000 / STEP_MS && spanned > 0 && (now.busy - first.busy) / spanned <= maxBusy)
      return Date.now() - start;
    if (Date.now() - start >= limitMs) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
}
