import type { ArticleTextFile, DatasetFile, EventDetailsFile } from '../src/schema/dataset';
import {
  countText,
  detailsFileOf,
  expect,
  sortedEvents,
  sourceOf,
  STRINGS,
  test,
  ui,
  waitForTimeline,
} from './fixtures';

for (const lang of ['ar', 'en'] as const) {
  test(`an unknown event id (${lang}) says so over the full timeline`, async ({ page, dataset }) => {
    const total = dataset.events.length;
    await page.goto(`./?event=no-such-event-in-the-dataset${lang === 'en' ? '&lang=en' : ''}`);
    const { notices, count, timeline } = ui(page, lang);
    await expect(notices).toContainText(lang === 'ar' ? 'غير موجود في البيانات' : 'is not in the dataset');
    await expect(notices).toContainText('no-such-event-in-the-dataset');
    await expect(count).toHaveText(countText(lang, total, total));
    await waitForTimeline(timeline);
    await expect(page.getByRole('region', { name: STRINGS[lang].detail.close })).toHaveCount(0);
    // Dismissable.
    await notices.getByRole('button', { name: STRINGS[lang].notice.dismiss }).click();
    await expect(notices).toHaveCount(0);
  });
}

test('garbage parameters are reported and ignored; the app still works', async ({ page, dataset }) => {
  const total = dataset.events.length;
  await page.goto(
    "./?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&actors=%%%,Robert');DROP&match=sometimes&from=banana&to=2020-13-45&lang=klingon&x=%E0%A4%A",
  );
  const { notices, count, timeline, list } = ui(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(notices).toContainText('<script>alert(1)</script>');
  await expect(notices).toContainText('sometimes');
  await expect(notices).toContainText('banana');
  await expect(notices).toContainText('klingon');
  await expect(count).toHaveText(countText('ar', total, total));
  await waitForTimeline(timeline);
  // Still usable: picking an event works and writes a clean URL: the event, and the window the
  // timeline moves to in order to show it (reported a moment later), nothing of the garbage.
  const first = sortedEvents(dataset)[0]!;
  await list.getByRole('button').first().click();
  await expect(page).toHaveURL(
    new RegExp(`\\?event=${first.id}(&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2})?$`),
  );
});

test('an unknown actor in the link is reported and left out of the filter', async ({ page, dataset }) => {
  const total = dataset.events.length;
  await page.goto('./?actors=nobody-at-all');
  await expect(ui(page).notices).toContainText('nobody-at-all');
  await expect(ui(page).count).toHaveText(countText('ar', total, total));
});

test('a dataset that fails to load shows an error with a retry that works', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 500/);
  let failing = true;
  await page.route('**/data/timeline.json', async (route) => {
    if (failing) await route.fulfill({ status: 500, body: 'boom' });
    else await route.continue();
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: STRINGS.ar.app.loadErrorTitle })).toBeVisible();
  await expect(alert).toContainText('500');
  failing = false;
  await alert.getByRole('button', { name: STRINGS.ar.app.retry }).click();
  await waitForTimeline(ui(page).timeline);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the dataset worker cannot start, the page reads the dataset itself', async ({
  page,
  dataset,
  consoleWatch,
}) => {
  consoleWatch.allow(/status of 404/);
  let refused = 0;
  await page.route('**/assets/read-dataset.worker-*.js', (route) => {
    refused++;
    return route.fulfill({ status: 404, body: 'gone' });
  });
  await page.goto('./');
  const total = dataset.events.length;
  await expect(ui(page).count).toHaveText(countText('ar', total, total));
  await waitForTimeline(ui(page).timeline);
  expect(refused).toBeGreaterThan(0);
});

test('a timeline engine that fails to load is reported; the list still shows and opens every event', async ({
  page,
  dataset,
  consoleWatch,
}) => {
  consoleWatch.allow(/status of 404|Failed to fetch dynamically imported module|preload/i);
  await page.route('**/assets/Timeline-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./');
  const { list, count, detail } = ui(page);
  await expect(page.getByRole('alert')).toHaveText(STRINGS.ar.timeline.loadFailed);
  await expect(ui(page).timeline).toHaveCount(0);
  const total = dataset.events.length;
  await expect(count).toHaveText(countText('ar', total, total));
  const first = sortedEvents(dataset)[0]!;
  await list.getByRole('button', { name: first.title.ar, exact: true }).click();
  await expect(detail(first.title.ar)).toBeVisible();
});

test("an event's excerpts that fail to load are reported in its panel, with a retry that works", async ({
  page,
  dataset,
  details,
  consoleWatch,
}) => {
  consoleWatch.allow(/status of 503/);
  const event = sortedEvents(dataset)[0]!;
  let failing = true;
  await page.route(detailsFileOf(dataset, event.id), async (route) => {
    if (failing) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });
  await page.goto(`./?event=${event.id}`);
  const panel = ui(page).detail(event.title.ar);
  // The facts come from the index and are there regardless.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title.ar);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('503');
  failing = false;
  await alert.getByRole('button', { name: STRINGS.ar.app.retry }).click();
  await expect(panel.getByRole('blockquote')).toHaveCount(details.get(event.id)!.excerpts.length);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('a dataset that breaks the schema is an error message, not a crash', async ({ page }) => {
  await page.route('**/data/timeline.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...json, schemaVersion: 99 } });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: STRINGS.ar.app.loadErrorTitle })).toBeVisible();
  await expect(alert).toContainText('schemaVersion');
});

test('hostile text in the data is displayed as text and never runs', async ({ page, dataset, details, request }) => {
  const HOSTILE = '<img src=x onerror=alert(1)>';
  const event = sortedEvents(dataset)[0]!;
  const excerpt = details.get(event.id)!.excerpts[0]!;
  const source = sourceOf(details.get(event.id)!, excerpt.sourceId);

  await page.route('**/data/timeline.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as DatasetFile;
    // A title of its own for the event (others may share its title).
    const i = json.events.id.indexOf(event.id);
    json.events.title[i] = json.titles.length;
    json.titles.push({ ar: `${HOSTILE} ${event.title.ar}`, en: `${HOSTILE} ${event.title.en}` });
    await route.fulfill({ response, json });
  });
  await page.route(detailsFileOf(dataset, event.id), async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as EventDetailsFile;
    for (const d of json.events)
      d.sources = d.sources.map((s) => (s.id === source.id ? { ...s, title: HOSTILE, outlet: '<b>bold</b>' } : s));
    await route.fulfill({ response, json });
  });
  // In the article text, overwrite a stretch no excerpt uses with the same number of characters.
  const original = (await (await request.get(`data/${source.textUrl}`)).json()) as ArticleTextFile;
  const text = original.articles.find((a) => a.id === source.id)!.text;
  const used = [...details.values()].flatMap((d) => d.excerpts).filter((x) => x.sourceId === source.id);
  let at = 0;
  while (at + HOSTILE.length <= text.length && used.some((x) => x.start < at + HOSTILE.length && x.end > at)) at++;
  const hostileText =
    at + HOSTILE.length <= text.length ? text.slice(0, at) + HOSTILE + text.slice(at + HOSTILE.length) : text;
  const hostile = original.articles.map((a) => (a.id === source.id ? { ...a, text: hostileText } : a));
  await page.route(`**/data/${source.textUrl}`, (route) => route.fulfill({ json: { articles: hostile } }));

  await page.goto(`./?event=${event.id}`);
  const panel = ui(page).detail(`${HOSTILE} ${event.title.ar}`);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE} ${event.title.ar}`);
  await expect(panel).toContainText('<b>bold</b>');
  await expect(ui(page).list.getByRole('button', { name: `${HOSTILE} ${event.title.ar}` })).toBeVisible();
  await panel.getByRole('button', { name: STRINGS.ar.detail.openReader }).first().click();
  const dialog = page.getByRole('dialog', { name: HOSTILE });
  await expect(dialog).toBeVisible();
  if (hostileText !== text) await expect(dialog.getByText(HOSTILE).first()).toBeAttached();
  await expect(page.getByRole('img')).toHaveCount(0);
});
