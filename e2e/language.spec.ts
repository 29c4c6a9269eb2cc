import { countText, expect, sortedEvents, STRINGS, test, ui, waitForTimeline } from './fixtures';

test('the language switch flips direction, language and labels, and keeps the view', async ({ page, dataset }) => {
  const events = sortedEvents(dataset);
  const event = events[Math.floor(events.length / 2)]!;
  const total = events.length;
  await page.goto(`./?event=${event.id}`);
  await expect(ui(page).detail(event.title.ar)).toBeVisible();
  await waitForTimeline(ui(page).timeline);

  await page.getByRole('button', { name: STRINGS.ar.app.switchLanguage }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(new RegExp(`event=${event.id}.*lang=en`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STRINGS.en.app.name);
  await expect(ui(page, 'en').detail(event.title.en)).toBeVisible();
  await expect(page.getByRole('heading', { name: STRINGS.en.list.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: STRINGS.en.actors.heading, exact: true })).toBeVisible();
  await expect(ui(page, 'en').count).toHaveText(countText('en', total, total));
  await expect(page).toHaveTitle(STRINGS.en.app.documentTitle);
  // The timeline was rebuilt in English (and left to right).
  await waitForTimeline(ui(page, 'en').timeline);
  await expect(ui(page, 'en').timeline).toContainText(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4}/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(ui(page, 'en').detail(event.title.en)).toBeVisible();

  await page.getByRole('button', { name: STRINGS.en.app.switchLanguage }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).not.toHaveURL(/lang=/);
  await expect(ui(page).detail(event.title.ar)).toBeVisible();
  await expect(page).toHaveTitle(STRINGS.ar.app.documentTitle);
});
