import { expect, sortedEvents, STRINGS, test, ui, waitForTimeline, type Lang } from './fixtures';

for (const lang of ['ar', 'en'] as const satisfies readonly Lang[]) {
  test(`keyboard only (${lang}): arrow keys walk the events in date order, mirrored in RTL`, async ({
    page,
    dataset,
  }) => {
    const s = STRINGS[lang];
    const events = sortedEvents(dataset);
    expect(events.length, 'the seeds have three events or more').toBeGreaterThanOrEqual(3);
    const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    const url = lang === 'ar' ? './' : './?lang=en';
    const { list, timeline } = ui(page, lang);
    const item = (i: number) => list.getByRole('button').nth(i);
    const heading = page
      .getByRole('region', { name: events[1]!.title[lang], exact: true })
      .getByRole('heading', { level: 2 });

    // The list: skip link, then one tab stop, then arrows.
    await page.goto(url);
    await expect(list).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: s.app.skipToList })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(item(0)).toBeFocused();
    await page.keyboard.press(next);
    await expect(item(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item(2)).toBeFocused();
    await page.keyboard.press(previous);
    await expect(item(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`event=${events[1]!.id}`));
    await expect(heading).toHaveText(events[1]!.title[lang]);
    await page.keyboard.press('End');
    await expect(item(events.length - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(item(0)).toBeFocused();

    // The timeline: Tab to it (its focus ring is visible), then arrows select events.
    await page.goto(url);
    await waitForTimeline(timeline);
    for (let i = 0; i < 15 && !(await timeline.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(timeline).toBeFocused();
    await expect(timeline).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press(next);
    await expect(page).toHaveURL(new RegExp(`event=${events[0]!.id}`));
    await page.keyboard.press(next);
    await expect(page).toHaveURL(new RegExp(`event=${events[1]!.id}`));
    await expect(heading).toBeVisible();
    await page.keyboard.press(previous);
    await expect(page).toHaveURL(new RegExp(`event=${events[0]!.id}`));
    await page.keyboard.press(next);
    // Enter moves into the panel; Escape closes it.
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: events[1]!.title[lang], exact: true })).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
  });
}
