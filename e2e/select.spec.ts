import type { EventDetailsFile } from '../src/schema/dataset';
import {
  actorCheckbox,
  articleText,
  detailsFileOf,
  moreSourcesText,
  sourceOf,
  eventsInDefaultWindow,
  expect,
  openWithVisibleEvent,
  sortedEvents,
  STRINGS,
  test,
  timelineItem,
  ui,
  uniquelyTitled,
  waitForTimeline,
  type Lang,
} from './fixtures';

for (const lang of ['ar', 'en'] as const satisfies readonly Lang[]) {
  test(`clicking an event on the timeline opens its sources, verbatim (${lang})`, async ({
    page,
    dataset,
    details,
    request,
  }) => {
    const candidates = uniquelyTitled(eventsInDefaultWindow(dataset), dataset.events, lang);
    const event = await openWithVisibleEvent(page, candidates, lang);
    const { timeline, detail, listButton } = ui(page, lang);

    await timelineItem(timeline, event, lang).click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
    const panel = detail(event.title[lang]);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title[lang]);
    await expect(listButton(event.title[lang])).toHaveAttribute('aria-current', 'true');

    // Every excerpt is shown, character for character as the article has it at its offsets.
    const quotes = panel.getByRole('blockquote');
    const eventDetails = details.get(event.id)!;
    const expected = eventDetails.excerpts;
    await expect(quotes).toHaveCount(expected.length);
    const shown = await quotes.allTextContents();
    for (const [i, excerpt] of expected.entries()) {
      const article = await articleText(request, sourceOf(eventDetails, excerpt.sourceId));
      expect(shown[i]).toBe(article.text.slice(excerpt.start, excerpt.end));
    }

    // Grouped by article: outlet (or "unknown outlet") and the article's file are shown.
    const source = sourceOf(eventDetails, expected[0]!.sourceId);
    await expect(panel).toContainText(source.file);
    if (source.outlet) await expect(panel).toContainText(source.outlet);

    // Type and actors (each actor a button).
    await expect(panel).toContainText(STRINGS[lang].types[event.type]);
    for (const id of event.actors) {
      const actor = dataset.actors.find((a) => a.id === id)!;
      await expect(panel.getByRole('button', { name: actor.name[lang], exact: true })).toBeVisible();
    }
  });
}

test('a shared ?event= link opens the same event in a fresh browser', async ({
  page,
  dataset,
  browser,
  consoleWatch,
}) => {
  const candidates = uniquelyTitled(eventsInDefaultWindow(dataset), dataset.events, 'ar');
  const event = await openWithVisibleEvent(page, candidates);
  const { timeline } = ui(page);
  await timelineItem(timeline, event, 'ar').click();
  await expect(page).toHaveURL(/event=/);
  const link = page.url();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  consoleWatch.watch(fresh);
  await fresh.goto(link);
  const panel = ui(fresh).detail(event.title.ar);
  await expect(panel).toBeVisible();
  await expect(ui(fresh).listButton(event.title.ar)).toHaveAttribute('aria-current', 'true');
  // The timeline is centred on it, and it is drawn selected.
  await expect(timelineItem(ui(fresh).timeline, event, 'ar')).toBeVisible();
  await context.close();
});

// The chart is built while the dataset loads, once the interface fonts are in (it measures its
// labels in them): either may be ready first.
for (const first of ['chart', 'data'] as const) {
  test(`a link with only ?event= shows that event: centred, drawn selected, and scrolled to in the list (${first} ready first)`, async ({
    page,
    dataset,
  }) => {
    const events = uniquelyTitled(sortedEvents(dataset), dataset.events, 'ar');
    // The busiest day: its events would fold into a cluster, but the linked one stays drawn.
    const byDay = new Map<string, number>();
    for (const e of dataset.events) byDay.set(e.date.start, (byDay.get(e.date.start) ?? 0) + 1);
    const event = [...events].sort((a, b) => (byDay.get(b.date.start) ?? 0) - (byDay.get(a.date.start) ?? 0))[0]!;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(first === 'chart' ? '**/data/timeline.json' : '**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`./?event=${event.id}`, { waitUntil: 'commit' }); // held files would hold the load event
    const { detail, timeline, list, listButton } = ui(page);
    if (first === 'chart') await expect(timeline.getByText(/(^|\s)\d{4}$/).first()).toBeVisible();
    else await expect(detail(event.title.ar)).toBeVisible();
    release();
    await expect(detail(event.title.ar)).toBeVisible();
    await waitForTimeline(timeline);

    const item = timelineItem(timeline, event, 'ar');
    await expect(item).toBeVisible();
    const box = (await timeline.boundingBox())!;
    const itemBox = (await item.boundingBox())!;
    expect(Math.abs(itemBox.x + itemBox.width / 2 - (box.x + box.width / 2))).toBeLessThan(box.width / 3);

    const button = listButton(event.title.ar);
    await expect(button).toHaveAttribute('aria-current', 'true');
    await expect
      .poll(async () => {
        const [b, l] = [await button.boundingBox(), await list.boundingBox()];
        return !!b && !!l && b.y >= l.y && b.y + b.height <= l.y + l.height;
      })
      .toBe(true);
  });
}

test('Back and Forward walk through selected events', async ({ page, dataset }) => {
  const events = uniquelyTitled(sortedEvents(dataset), dataset.events, 'ar');
  const [a, b] = [events[0]!, events[Math.min(2, events.length - 1)]!];
  await page.goto('./');
  const { listButton, detail } = ui(page);

  await listButton(a.title.ar).click();
  await expect(detail(a.title.ar)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${a.id}`));
  await listButton(b.title.ar).click();
  await expect(detail(b.title.ar)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${b.id}`));

  await page.goBack();
  await expect(detail(a.title.ar)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${a.id}`));
  await expect(listButton(a.title.ar)).toHaveAttribute('aria-current', 'true');

  await page.goBack();
  await expect(page.getByRole('region', { name: a.title.ar })).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);

  await page.goForward();
  await expect(detail(a.title.ar)).toBeVisible();
  await page.goForward();
  await expect(detail(b.title.ar)).toBeVisible();

  // Closing the panel is a step in history too: Back reopens what was closed.
  await detail(b.title.ar).getByRole('button', { name: STRINGS.ar.detail.close }).click();
  await expect(page.getByRole('region', { name: b.title.ar })).toHaveCount(0);
  await page.goBack();
  await expect(detail(b.title.ar)).toBeVisible();
});

test('an actor button in the panel filters by that actor', async ({ page, dataset }) => {
  const event = sortedEvents(dataset).find((e) => e.actors.length > 0);
  // The seeds have events with actors; a corpus without any would make this test meaningless.
  expect(event, 'an event with actors').toBeDefined();
  const actor = dataset.actors.find((a) => a.id === event!.actors[0])!;
  await page.goto(`./?event=${event!.id}`);
  const panel = ui(page).detail(event!.title.ar);
  await panel.getByRole('button', { name: actor.name.ar, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`actors=${actor.id}`));
  await expect(panel.getByRole('button', { name: actor.name.ar, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(actorCheckbox(page, actor)).toBeChecked();
});

test('on a wide screen the details column is there before any pick, so the first pick does not reflow the list', async ({
  page,
  dataset,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const { list, detail, listButton } = ui(page);
  await expect(page.getByText(STRINGS.ar.detail.empty)).toBeVisible();
  const before = await list.boundingBox();
  const event = sortedEvents(dataset)[0]!;
  await listButton(event.title.ar).click();
  await expect(detail(event.title.ar)).toBeVisible();
  await expect(page.getByText(STRINGS.ar.detail.empty)).toHaveCount(0);
  const after = await list.boundingBox();
  expect(after?.width).toBe(before?.width);
  expect(after?.x).toBe(before?.x);
});

test('an event cited by many articles shows them a page at a time, every quote reachable', async ({
  page,
  dataset,
}) => {
  // The seeds cite each event in a few articles; one cited by 70 (copies of its first) stands in
  // for the background events hundreds of articles cite in a large corpus.
  const CITED = 70;
  const event = sortedEvents(dataset)[0]!;
  await page.route(detailsFileOf(dataset, event.id), async (route) => {
    const response = await route.fetch();
    const file = (await response.json()) as EventDetailsFile;
    const details = file.events.find((d) => d.id === event.id)!;
    const excerpt = details.excerpts[0]!;
    const source = sourceOf(details, excerpt.sourceId);
    const ids = Array.from({ length: CITED }, (_, k) => `${source.id}-copy-${k}`);
    details.sources = ids.map((id) => ({ ...source, id }));
    details.excerpts = ids.map((sourceId) => ({ ...excerpt, sourceId }));
    await route.fulfill({ response, json: file });
  });
  await page.goto(`./?event=${event.id}`);
  const panel = ui(page).detail(event.title.ar);
  const articles = panel.getByRole('article');
  const template = STRINGS.ar.detail.moreSources;
  const anyMore = panel.getByRole('button', { name: template.slice(0, template.indexOf('(')).trim() });
  await expect(articles).toHaveCount(12);
  await panel.getByRole('button', { name: moreSourcesText('ar', 12, CITED) }).click();
  await expect(articles).toHaveCount(62);
  await panel.getByRole('button', { name: moreSourcesText('ar', 62, CITED) }).click();
  await expect(articles).toHaveCount(CITED);
  await expect(panel.getByRole('blockquote')).toHaveCount(CITED);
  await expect(anyMore).toHaveCount(0);
});
