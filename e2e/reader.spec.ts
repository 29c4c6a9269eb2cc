import { articleText, expect, sortedEvents, sourceOf, STRINGS, test, ui, marks } from './fixtures';

test('the reader shows the whole article with the excerpt in a <mark>, scrolled into view', async ({
  page,
  dataset,
  details,
  request,
}) => {
  // The excerpt deepest into its article, so scrolling to it matters.
  const [event, excerpt] = sortedEvents(dataset)
    .flatMap((e) => details.get(e.id)!.excerpts.map((x) => [e, x] as const))
    .sort((a, b) => b[1].start - a[1].start)[0]!;
  const source = sourceOf(details.get(event.id)!, excerpt.sourceId);
  const article = await articleText(request, source);

  await page.goto(`./?event=${event.id}`);
  const panel = ui(page).detail(event.title.ar);
  const quote = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('blockquote').getByText(excerpt.text, { exact: true }) });
  const open = quote.getByRole('button', { name: STRINGS.ar.detail.openReader });
  await open.click();

  const dialog = page.getByRole('dialog', { name: source.title ?? source.file });
  await expect(dialog).toBeVisible();
  const highlighted = marks(dialog);
  await expect(highlighted.first()).toBeVisible();
  expect((await highlighted.allTextContents()).join('')).toBe(excerpt.text);
  await expect(highlighted.first()).toBeInViewport();

  // The rest of the article is there too (the body before the excerpt, as text).
  const before = article.segments.find((s) => s.kind === 'body' && s.end <= excerpt.start);
  if (before) {
    const line = article.text.slice(before.start, before.end).trim().split('\n')[0]!.slice(0, 40);
    await expect(dialog.getByText(line).first()).toBeAttached();
  }

  // Site furniture is folded away.
  const furniture = article.segments.find(
    (s) =>
      s.kind === 'furniture' &&
      (s.end <= excerpt.start || s.start >= excerpt.end) &&
      article.text.slice(s.start, s.end).trim() !== '',
  );
  if (furniture) {
    const snippet = article.text.slice(furniture.start, furniture.end).trim().split('\n')[0]!.slice(0, 30);
    const fold = dialog.getByRole('group').filter({ hasText: snippet }).first();
    await expect(fold).toHaveJSProperty('open', false);
  }

  // Escape closes the reader and returns to the panel.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(panel).toBeVisible();
  await expect(open).toBeFocused();
});
