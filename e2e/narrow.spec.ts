import { expect, sortedEvents, STRINGS, test, ui, marks } from './fixtures';

test.use({ viewport: { width: 375, height: 812 } });

test('375 px: the list is the main view and the details open as a full-screen sheet', async ({ page, dataset }) => {
  const events = sortedEvents(dataset);
  const event = events[Math.min(3, events.length - 1)]!;
  await page.goto('./');
  const { list, detail } = ui(page);
  await expect(list).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The actor filter folds behind a toggle.
  const toggle = page.getByRole('button', { name: STRINGS.ar.actors.toggle_zero });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('searchbox', { name: STRINGS.ar.actors.search })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('searchbox', { name: STRINGS.ar.actors.search })).toBeVisible();
  await toggle.click();

  const button = list.getByRole('button').nth(events.indexOf(event));
  await button.click();
  const sheet = detail(event.title.ar);
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(370);
  await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Close returns to the list, where the person was.
  await sheet.getByRole('button', { name: STRINGS.ar.detail.close }).click();
  await expect(page.getByRole('region', { name: event.title.ar, exact: true })).toHaveCount(0);
  await expect(button).toBeFocused();

  // The reader fits too.
  await button.click();
  await sheet.getByRole('button', { name: STRINGS.ar.detail.openReader }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(marks(dialog).first()).toBeInViewport();
  expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(375);
});
