import {
  countText,
  escapeRegExp,
  eventsInDefaultWindow,
  expect,
  sortedEvents,
  STRINGS,
  test,
  ui,
  waitForTimeline,
  type Lang,
} from './fixtures';

const ARABIC_INDIC = /[\u0660-\u0669]/;
const MONTHS: Record<Lang, RegExp> = {
  ar: /يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/,
  en: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
};

for (const lang of ['ar', 'en'] as const) {
  test(`first load (${lang}): the seeds' events on a ${lang === 'ar' ? 'right-to-left' : 'left-to-right'} timeline`, async ({
    page,
    dataset,
  }) => {
    const s = STRINGS[lang];
    await page.goto(lang === 'ar' ? './' : './?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.app.name);

    const { timeline, list, count } = ui(page, lang);
    const total = dataset.events.length;
    await expect(count).toHaveText(countText(lang, total, total));

    // The list holds every event in date order.
    const events = sortedEvents(dataset);
    await expect(list.getByRole('listitem')).toHaveCount(total);
    await expect(list.getByRole('button').first()).toHaveText(events[0]!.title[lang]);
    await expect(list.getByRole('button').last()).toHaveText(events[total - 1]!.title[lang]);

    // The timeline opens on 2019–2025, Western digits on the axis.
    await waitForTimeline(timeline);
    await expect(timeline).not.toContainText(ARABIC_INDIC);
    const first = await timeline.getByText('2019', { exact: true }).first().boundingBox();
    const last = await timeline.getByText('2025', { exact: true }).first().boundingBox();
    expect(first && last, 'the axis labels 2019 and 2025').toBeTruthy();
    // Right to left in Arabic: 2019 is to the right of 2025; the other way round in English.
    if (lang === 'ar') expect(first!.x).toBeGreaterThan(last!.x);
    else expect(first!.x).toBeLessThan(last!.x);

    // Some of the 2019–2025 events are drawn (by title or inside a cluster).
    const inWindow = eventsInDefaultWindow(dataset);
    expect(inWindow.length).toBeGreaterThan(0);
    const titles = inWindow.map((e) => e.title[lang]);
    const drawn = await timeline.getByText(/\S/).allTextContents();
    const clusterWord = lang === 'ar' ? /حدث|أحداث|حدثان/ : /events?$/;
    expect(drawn.some((t) => titles.includes(t) || clusterWord.test(t))).toBe(true);

    // Zoomed in to a year, the axis names the months in the UI language.
    await page.goto(`./?from=2024-01-01&to=2024-12-31${lang === 'en' ? '&lang=en' : ''}`);
    await waitForTimeline(timeline);
    await expect(timeline.getByText(MONTHS[lang]).first()).toBeVisible();
    await expect(timeline).not.toContainText(ARABIC_INDIC);
  });
}

test('background events before 2019 are reachable with "fit all" and marked as background', async ({
  page,
  dataset,
}) => {
  const background = sortedEvents(dataset).filter((e) => e.background);
  expect(background.length, 'the compiled seeds have background events').toBeGreaterThan(0);
  await page.goto('./');
  const { timeline, list } = ui(page);
  await waitForTimeline(timeline);
  await page.getByRole('button', { name: STRINGS.ar.timeline.fitAll }).click();
  // The axis now reaches back to the earliest background event's year (or the decade holding it).
  const earliest = Number(background[0]!.date.start.slice(0, 4));
  await expect
    .poll(async () => {
      const years = (await timeline.getByText(/^\d{4}$/).allTextContents()).map(Number);
      return Math.min(...years);
    })
    .toBeLessThanOrEqual(earliest + 10);
  // The list says which events are background.
  const item = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: background[0]!.title.ar, exact: true }) });
  await expect(item).toContainText(STRINGS.ar.list.background);
});

test('the zoom buttons change the window and the URL (replacing, not pushing, history)', async ({ page }) => {
  await page.goto('./');
  const { timeline } = ui(page);
  await waitForTimeline(timeline);
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: STRINGS.ar.timeline.zoomIn }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const zoomed = new URL(page.url());
  const days = (u: URL) =>
    (Date.parse(u.searchParams.get('to')!) - Date.parse(u.searchParams.get('from')!)) / 86_400_000;
  expect(days(zoomed)).toBeLessThan(7 * 365);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.getByRole('button', { name: STRINGS.ar.timeline.defaultWindowLabel }).click();
  await expect(page).toHaveURL(/from=2019-01-01&to=2025-12-31/);
});

test('a crowded period folds into a cluster that opens to its events on click', async ({ page }) => {
  await page.goto('./');
  const { timeline } = ui(page);
  await waitForTimeline(timeline);
  await page.getByRole('button', { name: STRINGS.ar.timeline.fitAll }).click();
  const clusters = timeline.getByTitle(STRINGS.ar.timeline.clusterTitle);
  await expect(page).toHaveURL(/from=/);
  // The compiled seeds are crowded enough to cluster at "fit all".
  await expect(clusters.first()).toBeVisible();
  const cluster = clusters.last();
  const span = (u: string) => {
    const url = new URL(u);
    return Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!);
  };
  const before = span(page.url());
  await cluster.click();
  await expect.poll(() => span(page.url())).toBeLessThan(before / 2);
});

test('while the dataset loads the chart is already drawn, busy; its events come with the data', async ({
  page,
  dataset,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/timeline.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const { timeline, listButton } = ui(page, 'ar');
  await expect(page.getByRole('status').filter({ hasText: STRINGS.ar.app.loading })).toBeVisible();
  await expect(timeline).toHaveAttribute('aria-busy', 'true');
  await expect(timeline.getByText(/(^|\s)\d{4}$/).first()).toBeVisible();
  const first = eventsInDefaultWindow(dataset)[0]!;
  await expect(listButton(first.title.ar)).toHaveCount(0);

  release();
  await waitForTimeline(timeline);
  const total = dataset.events.length;
  await expect(page.getByRole('status').filter({ hasText: countText('ar', total, total) })).toBeVisible();
  await expect(listButton(first.title.ar).first()).toBeVisible();
  // Some event of the default window is drawn on its own (others may be in clusters).
  const titles = new Set(eventsInDefaultWindow(dataset).map((e) => e.title.ar));
  await expect(timeline.getByText(new RegExp([...titles].map(escapeRegExp).join('|'))).first()).toBeVisible();
});
