/**
 * Shared fixtures for the browser tests.
 *
 * - Every page (the default one and any page a test opens in another context) is watched: a
 *   console error or an uncaught page error fails the test, unless the test declared that exact
 *   error as expected (e.g. the 500 it provoked itself).
 * - The dataset is read from the running app (the compiled seeds, never hand-written data), and
 *   tests pick their events and actors from it, so they keep working as the compiler improves.
 */
import { expect, test as base, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import {
  ArticleTextFile,
  DatasetFile,
  EventDetailsFile,
  compareEvents,
  eventDetailsPath,
  fromDatasetFile,
  type Actor,
  type ArticleText,
  type Dataset as DatasetT,
  type EventDetails,
  type Source,
  type TimelineEvent,
} from '../src/schema/dataset';

export { expect };
export type Lang = 'ar' | 'en';
export const STRINGS = { ar, en } as const;

interface ConsoleWatch {
  /** Errors seen so far on watched pages. */
  readonly errors: string[];
  /** Watch another page (e.g. one opened in a fresh browser context). */
  watch(page: Page): void;
  /** Declare a console error the test provokes on purpose. */
  allow(pattern: RegExp): void;
}

interface Fixtures {
  consoleWatch: ConsoleWatch;
}

interface WorkerFixtures {
  dataset: DatasetT;
  /** Every event's details (excerpts and their articles), from its file, validated as the app does. */
  details: ReadonlyMap<string, EventDetails>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  dataset: [
    async ({ playwright }, use, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const response = await request.get('data/timeline.json');
      expect(response.ok(), 'the app serves data/timeline.json (run npm run compile && npm run build)').toBe(true);
      const dataset = fromDatasetFile(DatasetFile.parse(await response.json()));
      await request.dispose();
      await use(dataset);
    },
    { scope: 'worker' },
  ],

  details: [
    async ({ playwright, dataset }, use, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const byEvent = new Map<string, EventDetails>();
      const files = new Map<string, EventDetailsFile>();
      for (const e of dataset.events) {
        const path = eventDetailsPath(e.id, dataset.events.length);
        let file = files.get(path);
        if (!file) {
          const response = await request.get(`data/${path}`);
          expect(response.ok(), `the app serves data/${path}`).toBe(true);
          file = EventDetailsFile.parse(await response.json());
          files.set(path, file);
        }
        const details = file.events.find((d) => d.id === e.id);
        expect(details, `${path} holds the details of ${e.id}`).toBeDefined();
        byEvent.set(e.id, details!);
      }
      await request.dispose();
      await use(byEvent);
    },
    { scope: 'worker' },
  ],

  consoleWatch: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (p: Page) => {
        p.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = `console.error: ${message.text()} (${message.location().url})`;
          if (!allowed.some((a) => a.test(text))) errors.push(text);
        });
        p.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
        // An alert() would mean injected script ran.
        p.on('dialog', (dialog) => {
          errors.push(`unexpected ${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
      };
      watch(page);
      await use({ errors, watch, allow: (pattern) => allowed.push(pattern) });
      expect(errors, 'no console errors or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

// ---- choosing data from the compiled dataset ----

export function sortedEvents(dataset: DatasetT): TimelineEvent[] {
  return [...dataset.events].sort(compareEvents);
}

/** Events whose title no other event shares (so a name finds exactly one list item). */
export function uniquelyTitled(
  events: readonly TimelineEvent[],
  all: readonly TimelineEvent[],
  lang: Lang,
): TimelineEvent[] {
  const seen = new Map<string, number>();
  for (const e of all) seen.set(e.title[lang], (seen.get(e.title[lang]) ?? 0) + 1);
  return events.filter((e) => seen.get(e.title[lang]) === 1);
}

/** Events inside the default window (2019–2025), in date order: what the first load shows. */
export function eventsInDefaultWindow(dataset: DatasetT): TimelineEvent[] {
  return sortedEvents(dataset).filter((e) => !e.background && e.date.start >= '2019' && e.date.start < '2026');
}

export function eventsOf(dataset: DatasetT, actorIds: readonly string[], match: 'any' | 'all'): TimelineEvent[] {
  if (actorIds.length === 0) return sortedEvents(dataset);
  return sortedEvents(dataset).filter((e) =>
    match === 'any' ? actorIds.some((a) => e.actors.includes(a)) : actorIds.every((a) => e.actors.includes(a)),
  );
}

/** The actor with the most events (ties: by id), and the one sharing most events with it. */
export function busiestActors(dataset: DatasetT): [Actor, Actor | undefined] {
  const count = (id: string, within = dataset.events) => within.filter((e) => e.actors.includes(id)).length;
  const byCount = [...dataset.actors].sort((a, b) => count(b.id) - count(a.id) || (a.id < b.id ? -1 : 1));
  const top = byCount[0];
  if (!top) throw new Error('the compiled dataset has no actors');
  const withTop = dataset.events.filter((e) => e.actors.includes(top.id));
  const partner = byCount
    .filter((a) => a.id !== top.id && count(a.id, withTop) > 0)
    .sort((a, b) => count(b.id, withTop) - count(a.id, withTop) || (a.id < b.id ? -1 : 1))[0];
  return [top, partner];
}

/** The record of an article an event's excerpt comes from. */
export function sourceOf(details: EventDetails, sourceId: string): Source {
  const source = details.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId} in the details of ${details.id}`);
  return source;
}

export async function articleText(request: APIRequestContext, source: Source): Promise<ArticleText> {
  const response = await request.get(`data/${source.textUrl}`);
  expect(response.ok()).toBe(true);
  const article = ArticleTextFile.parse(await response.json()).articles.find((a) => a.id === source.id);
  expect(article, `${source.textUrl} holds the text of ${source.id}`).toBeDefined();
  return article!;
}

/** The URL pattern of the details file that holds an event's (for `page.route`). */
export function detailsFileOf(dataset: DatasetT, eventId: string): string {
  return `**/data/${eventDetailsPath(eventId, dataset.events.length)}`;
}

// ---- what the UI says, computed from the locale files (never retyped here) ----

function plural(lang: Lang, count: number): string {
  if (count === 0) return 'zero';
  return new Intl.PluralRules(lang).select(count);
}

function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** "يُعرض 12 من 40 حدثًا" / "Showing 12 of 40 events", as the app words it. */
export function countText(lang: Lang, shown: number, total: number): string {
  const table = STRINGS[lang].app as Record<string, string | undefined>;
  const template = table[`count_${plural(lang, total)}`] ?? table.count_other ?? '';
  return interpolate(template, { shown, count: total });
}

/** The details panel's "show more articles" button, as the app words it. */
export function moreSourcesText(lang: Lang, shown: number, total: number): string {
  return interpolate(STRINGS[lang].detail.moreSources, { shown, total });
}

// ---- locators (roles and accessible names only) ----

export function ui(page: Page, lang: Lang = 'ar') {
  const s = STRINGS[lang];
  return {
    timeline: page.getByRole('group', { name: s.timeline.label }),
    list: page.getByRole('list', { name: s.list.heading }),
    count: page.getByRole('status').filter({ hasText: lang === 'ar' ? 'يُعرض' : 'Showing' }),
    detail: (title: string) => page.getByRole('region', { name: title, exact: true }),
    listButton: (title: string) =>
      page.getByRole('list', { name: s.list.heading }).getByRole('button', { name: title, exact: true }),
    notices: page.getByRole('alert'),
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An actor's filter checkbox: its name starts with the display name, then the event count. */
export function actorCheckbox(page: Page, actor: Actor, lang: Lang = 'ar'): Locator {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(actor.name[lang])}\\s`) });
}

type AriaRole = Parameters<Page['getByRole']>[0];

/**
 * The <mark> elements (ARIA 1.3 role "mark") in a scope. Playwright's engine maps <mark> to that
 * role, but its TypeScript role list predates it, hence the cast.
 */
export function marks(scope: Page | Locator): Locator {
  return scope.getByRole('mark' as AriaRole);
}

/** Reach the timeline's rendered item for an event (its label is the full title as text). */
export function timelineItem(timeline: Locator, event: TimelineEvent, lang: Lang): Locator {
  return timeline.getByText(event.title[lang], { exact: true });
}

/** The timeline is loaded and drawn: its axis shows a year ("2024", or "يونيو 2024" when zoomed in). */
export async function waitForTimeline(timeline: Locator): Promise<void> {
  // The chart (and its axis) is built while the dataset loads; it is busy until the events come.
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  await expect(timeline.getByText(/(^|\s)\d{4}$/).first()).toBeVisible();
}

/** A narrow window (from/to, the URL contract) around an event, so it is drawn on its own, not clustered. */
export function windowAround(event: TimelineEvent, days = 20): string {
  const start = new Date(`${event.date.start.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);
  const from = new Date(start.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return `from=${from}&to=${to}`;
}

/**
 * Open the app on a window around one of `candidates` where its title is drawn on the timeline
 * (not folded into a cluster), and return that event.
 */
export async function openWithVisibleEvent(
  page: Page,
  candidates: readonly TimelineEvent[],
  lang: Lang = 'ar',
  extra = '',
): Promise<TimelineEvent> {
  const { timeline } = ui(page, lang);
  for (const event of candidates.slice(0, 12)) {
    await page.goto(`./?${windowAround(event)}${lang === 'en' ? '&lang=en' : ''}${extra}`);
    await waitForTimeline(timeline);
    const item = timelineItem(timeline, event, lang);
    if (await item.first().isVisible()) return event;
  }
  throw new Error('none of the candidate events is drawn on the timeline');
}
