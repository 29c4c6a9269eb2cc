/**
 * Browser measurements, in headless Chromium (the one e2e/browser.ts picks), of one page — the
 * app or the naive baseline — over one dataset. Every figure comes from the page's own clock:
 * the app emits Performance API marks after the frame that shows the result has been painted
 * (`khatt:timeline-ready`, `khatt:filter-painted`, `khatt:select-painted`, `khatt:excerpts-painted`),
 * and the harness records the timestamp of the input event that started each interaction in the
 * page (a capture listener), so latency = mark − input, both on `performance.now()`'s timeline.
 * Nothing waits on fixed sleeps to decide that something happened.
 */
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { launchOptions } from '../e2e/browser';
import { settle } from './settle';

export interface Download {
  html: number;
  js: number;
  css: number;
  /** timeline.json (and any other data file fetched before the timeline showed; event details are not). */
  data: number;
  fonts: number;
  other: number;
  /** HTML + JS + CSS + data, gzip bytes: the "first download" of issue 4. */
  total: number;
  requests: number;
}

export interface BrowserRun {
  /** The page did not show its timeline within the time limit; the other figures are then null. */
  timedOut: boolean;
  limitMs: number;
  navToTimelineMs: number | null;
  /** Navigation → the dataset index downloaded, parsed, validated and indexed (app only). */
  dataReadyMs: number | null;
  filterMs: number | null;
  selectMs: number | null;
  /** Select → the panel's excerpts painted (they load from the event's details file on open). */
  quotesMs: number | null;
  fps: number | null;
  worstFrameMs: number | null;
  heapUsedMb: number | null;
  heapRetainedMb: number | null;
  download: Download | null;
  /** vis-timeline items in the DOM when the timeline first showed: what the engine was given to draw. */
  itemsInDom: number | null;
  /** How long the harness waited for a quiet machine before the navigation (./settle.ts). */
  settledMs: number | null;
  /** Interactions that did not finish within the step limit (the page was still busy). */
  timeouts: string[];
  errors: string[];
}

export interface Target {
  url: string;
  /** Arabic name of the actor to toggle (the busiest one in the dataset). */
  actorName: string;
  limitMs: number;
}

declare global {
  interface Window {
    __khattInput?: { pointerup: number; keydown: number };
    __khattFrames?: number[];
    __khattStopFrames?: boolean;
  }
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Records when the last pointer-up happened, in the page's own clock, before any app handler.
 * In-page code is plain JS text: tsx/esbuild would wrap named functions in a `__name` helper
 * that does not exist in the page.
 */
const INPUT_CLOCK = `
  window.__khattInput = { pointerup: 0, keydown: 0 };
  for (const type of ['pointerup', 'keydown'])
    window.addEventListener(type, function (e) { window.__khattInput[e.type] = e.timeStamp; }, { capture: true });
`;

/** Counts animation frames until `window.__khattStopFrames` is set. */
const FRAME_COUNTER = `
  window.__khattFrames = [];
  window.__khattStopFrames = false;
  requestAnimationFrame(function tick(t) {
    window.__khattFrames.push(t);
    if (!window.__khattStopFrames) requestAnimationFrame(tick);
  });
`;

async function markCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark').length, name);
}

/** Waits for the next `name` mark and returns mark time − last pointer-up time. */
async function latencyAfter(page: Page, name: string, before: number, timeout: number): Promise<number> {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(n as string, 'mark').length > (c as number),
    [name, before],
    {
      timeout,
      polling: 'raf',
    },
  );
  return page.evaluate((n) => {
    const marks = performance.getEntriesByName(n, 'mark');
    return marks[marks.length - 1]!.startTime - (window.__khattInput?.pointerup ?? 0);
  }, name);
}

function classify(url: string, type: string): keyof Omit<Download, 'total' | 'requests'> {
  if (type === 'document') return 'html';
  if (type === 'script' || url.endsWith('.js')) return 'js';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (type === 'font' || /\.woff2?$/.test(url)) return 'fonts';
  if (url.endsWith('.json')) return 'data';
  return 'other';
}

async function toggleFilter(page: Page, actorName: string, timeout: number): Promise<number[]> {
  const box = page.getByRole('checkbox', { name: actorName }).first();
  if (!(await box.isVisible())) {
    // Narrow layouts fold the filter behind a toggle button.
    const toggle = page.locator('button[aria-controls="actor-filter-panel"]');
    if (await toggle.isVisible()) await toggle.click();
  }
  const samples: number[] = [];
  for (let k = 0; k < 4; k++) {
    const before = await markCount(page, 'khatt:filter-painted');
    await box.click({ timeout });
    samples.push(await latencyAfter(page, 'khatt:filter-painted', before, timeout));
  }
  return samples;
}

/**
 * Tags the k-th event item drawn inside the timeline's visible area (not a cluster or an
 * aggregate) with `data-bench-target`, so it can be clicked like a person would (Playwright
 * scrolls it into view and clicks its centre once it is stable).
 */
async function tagItem(page: Page, k: number): Promise<boolean> {
  return page.evaluate((index) => {
    for (const el of document.querySelectorAll('[data-bench-target]')) el.removeAttribute('data-bench-target');
    const panel = document.querySelector('.vis-panel.vis-center');
    const bounds = panel?.getBoundingClientRect();
    if (!bounds) return false;
    const inside = [...document.querySelectorAll<HTMLElement>('.vis-item')].filter((el) => {
      if (
        el.classList.contains('vis-cluster') ||
        el.className.includes('aggregate') ||
        el.classList.contains('vis-selected')
      )
        return false;
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.left >= bounds.left &&
        r.right <= bounds.right &&
        r.top >= bounds.top &&
        r.bottom <= bounds.bottom
      );
    });
    const el = inside[index % Math.max(1, inside.length)];
    el?.setAttribute('data-bench-target', '');
    return el !== undefined;
  }, k);
}

async function selectEvents(page: Page, timeout: number): Promise<{ panel: number[]; quotes: number[] }> {
  const samples: number[] = [];
  const quotes: number[] = [];
  const listButtons = page.locator('#event-list').getByRole('listitem').getByRole('button');
  for (let k = 0; k < 3; k++) {
    const before = await markCount(page, 'khatt:select-painted');
    const quotesBefore = await markCount(page, 'khatt:excerpts-painted');
    let clicked = false;
    if (await tagItem(page, k * 3)) {
      // Like a person: on the item's visible part. An item hidden under another is skipped.
      clicked = await page
        .locator('[data-bench-target]')
        .click({ timeout: 3_000 })
        .then(
          () => true,
          () => false,
        );
    }
    if (!clicked && (await listButtons.count()) > k) {
      // No single event free on screen (all aggregated, or covered): select from the event list.
      await listButtons.nth(k).click({ timeout });
      clicked = true;
    }
    if (!clicked && (await tagItem(page, k * 3))) {
      // The naive page has no list: click the item wherever it is, as a person clicking a pile would.
      await page.locator('[data-bench-target]').click({ timeout, force: true });
      clicked = true;
    }
    if (!clicked) break;
    samples.push(await latencyAfter(page, 'khatt:select-painted', before, timeout));
    quotes.push(await latencyAfter(page, 'khatt:excerpts-painted', quotesBefore, timeout));
  }
  return { panel: samples, quotes };
}

/** Frames per second while scripted wheel zooms and drags pan the timeline. */
async function panZoom(page: Page): Promise<{ fps: number; worst: number } | null> {
  const box = await page.locator('.vis-panel.vis-center').first().boundingBox();
  if (!box) return null;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 80);
  await page.evaluate(FRAME_COUNTER);
  await page.mouse.move(cx, cy);
  // Input is paced like a person's (a wheel notch or a drag step every ~16–50 ms); the frames the
  // page manages to produce meanwhile are what is measured.
  for (let k = 0; k < 6; k++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(50);
  }
  for (const dir of [1, -1]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 20; k++) {
      await page.mouse.move(cx + dir * k * 15, cy);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  for (let k = 0; k < 6; k++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(50);
  }
  const frames = await page.evaluate(() => {
    window.__khattStopFrames = true;
    return window.__khattFrames ?? [];
  });
  if (frames.length < 2) return null;
  let worst = 0;
  for (let k = 1; k < frames.length; k++) worst = Math.max(worst, frames[k]! - frames[k - 1]!);
  return { fps: ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!), worst };
}

export async function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * A browser of its own for one visit, warmed by loading `origin` once in a context that is then
 * closed (so the browser's own processes are up), and closed after. Closing the browser ends its
 * renderers: a page still busy in a long task (the naive page's 10,000-item filter runs on for
 * minutes after the harness gives up on it) used to keep a core busy through the next visits, and
 * the app's second and third runs at 10,000 events measured slower one after another.
 */
export async function inFreshBrowser<T>(origin: string, visit: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(origin).catch(() => undefined);
    await warm.close();
    return await visit(browser);
  } finally {
    await browser.close();
  }
}

/** One cold visit: fresh context (empty cache), navigation, filter, select, pan/zoom, heap. */
export async function measurePage(browser: Browser, target: Target): Promise<BrowserRun> {
  const run: BrowserRun = {
    timedOut: false,
    limitMs: target.limitMs,
    navToTimelineMs: null,
    dataReadyMs: null,
    filterMs: null,
    selectMs: null,
    quotesMs: null,
    fps: null,
    worstFrameMs: null,
    heapUsedMb: null,
    heapRetainedMb: null,
    download: null,
    itemsInDom: null,
    settledMs: null,
    timeouts: [],
    errors: [],
  };
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ar' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INPUT_CLOCK });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The responses of the first paint; their bodies are read and compressed only once the
    // timeline shows: doing it as they arrived put the harness's own CPU work (and DevTools
    // traffic) into the navigation it measures, on a 2-core machine.
    const responses: Response[] = [];
    let counting = true;
    page.on('response', (r) => {
      if (counting && r.status() === 200) responses.push(r);
    });
    run.settledMs = await settle();
    await page.goto(target.url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => performance.getEntriesByName('khatt:timeline-ready', 'mark').length > 0, null, {
        timeout: target.limitMs,
        polling: 100,
      });
    } catch {
      run.timedOut = true;
      return run;
    }
    counting = false;
    run.navToTimelineMs = await page.evaluate(
      () => performance.getEntriesByName('khatt:timeline-ready', 'mark')[0]!.startTime,
    );
    run.dataReadyMs = await page.evaluate(
      () => performance.getEntriesByName('khatt:data-ready', 'mark')[0]?.startTime ?? null,
    );
    run.itemsInDom = await page.evaluate(() => document.querySelectorAll('.vis-item').length);
    const download: Download = { html: 0, js: 0, css: 0, data: 0, fonts: 0, other: 0, total: 0, requests: 0 };
    const sizes = responses.map(async (r) => {
      const kind = classify(r.url(), r.request().resourceType());
      const body = await r.body().catch(
        // DevTools keeps no body past its buffer size (a 20 MB dataset): fetch the same URL again.
        async () => Buffer.from(await (await fetch(r.url())).arrayBuffer()),
      );
      return { kind, gzip: gzipSync(body).length };
    });
    for (const r of await Promise.all(sizes)) {
      download[r.kind] += r.gzip;
      download.requests++;
    }
    download.total = download.html + download.js + download.css + download.data;
    run.download = download;

    const step = Math.max(10_000, target.limitMs / 2);
    // Each interaction on its own: one that times out (a page still busy) does not hide the others.
    const phase = async (name: string, f: () => Promise<void>) => {
      try {
        await f();
      } catch (e) {
        const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
        if (/timeout/i.test(message)) run.timeouts.push(name);
        run.errors.push(`${name}: ${message}`);
      }
    };
    await phase('filter', async () => {
      run.filterMs = median(await toggleFilter(page, target.actorName, step));
    });
    await phase('select', async () => {
      const { panel, quotes } = await selectEvents(page, step);
      run.selectMs = median(panel);
      run.quotesMs = median(quotes);
    });
    await phase('pan/zoom', async () => {
      const pz = await panZoom(page);
      run.fps = pz?.fps ?? null;
      run.worstFrameMs = pz?.worst ?? null;
    });

    const metric = async (name: string) => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === name)?.value ?? 0) / 1e6;
    };
    run.heapUsedMb = await metric('JSHeapUsedSize');
    await cdp.send('HeapProfiler.collectGarbage');
    run.heapRetainedMb = await metric('JSHeapUsedSize');
  } catch (e) {
    run.errors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  } finally {
    // A page stuck in a long task may not close politely; the caller closes the browser then.
    await Promise.race([context.close(), new Promise((ok) => setTimeout(ok, 5_000))]);
  }
  return run;
}
