import { expect, sortedEvents, STRINGS, test } from './fixtures';

// The page's address moves after load (the chart centres the event, then writes its window into
// the URL), so a shared link is compared with the address at the moment it was handed over, not
// with the address read afterwards: that raced and failed once in CI.

test('"copy link" copies the current view and confirms it', async ({ page, context, dataset }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: (text: string) => {
        Object.assign(window, { addressWhenCopied: location.href });
        return writeText(text);
      },
    });
  });
  const event = sortedEvents(dataset)[0]!;
  await page.goto(`./?event=${event.id}&lang=en`);
  await page.getByRole('button', { name: STRINGS.en.share.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: STRINGS.en.share.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    await page.evaluate(() => (window as unknown as { addressWhenCopied: string }).addressWhenCopied),
  );
  expect(new URL(copied).searchParams.get('event')).toBe(event.id);
});

test('where the browser has Web Share, the link goes to the share sheet', async ({ page, dataset }) => {
  await page.addInitScript(() => {
    const shared: { url?: string; address: string }[] = [];
    Object.assign(window, { sharedLinks: shared });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => void shared.push({ url: data.url, address: location.href }),
    });
    Object.defineProperty(navigator, 'canShare', { value: () => true });
  });
  const event = sortedEvents(dataset)[0]!;
  await page.goto(`./?event=${event.id}`);
  await page.getByRole('button', { name: STRINGS.ar.share.share }).click();
  await expect(page.getByRole('status').filter({ hasText: STRINGS.ar.share.shared })).toBeVisible();
  const shared = await page.evaluate(
    () => (window as unknown as { sharedLinks: { url?: string; address: string }[] }).sharedLinks,
  );
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toBe(shared[0]!.address);
  expect(new URL(shared[0]!.url!).searchParams.get('event')).toBe(event.id);
});
