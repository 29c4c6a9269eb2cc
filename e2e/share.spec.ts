import { expect, sortedEvents, STRINGS, test } from './fixtures';

test('"copy link" copies the current view and confirms it', async ({ page, context, dataset }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const event = sortedEvents(dataset)[0]!;
  await page.goto(`./?event=${event.id}&lang=en`);
  await page.getByRole('button', { name: STRINGS.en.share.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: STRINGS.en.share.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('event')).toBe(event.id);
});

test('where the browser has Web Share, the link goes to the share sheet', async ({ page, dataset }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { sharedLinks: shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    Object.defineProperty(navigator, 'canShare', { value: () => true });
  });
  const event = sortedEvents(dataset)[0]!;
  await page.goto(`./?event=${event.id}`);
  await page.getByRole('button', { name: STRINGS.ar.share.share }).click();
  await expect(page.getByRole('status').filter({ hasText: STRINGS.ar.share.shared })).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { sharedLinks: ShareData[] }).sharedLinks);
  expect(shared.map((d) => d.url)).toEqual([page.url()]);
});
