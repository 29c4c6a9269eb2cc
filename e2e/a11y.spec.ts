import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sortedEvents, STRINGS, test, ui, waitForTimeline, type Lang, marks } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['ar', 'en'] as const satisfies readonly Lang[]) {
  test(`axe finds no serious or critical violation (${lang}), with and without an open event`, async ({
    page,
    dataset,
  }) => {
    // Three full axe runs: ~20 s each on a busy 2-core machine, past the default 60 s together.
    test.slow();
    const suffix = lang === 'en' ? '&lang=en' : '';
    await page.goto(`./?${suffix.slice(1)}`);
    await waitForTimeline(ui(page, lang).timeline);
    expect(await seriousViolations(page)).toEqual([]);

    const event = sortedEvents(dataset).find((e) => e.actors.length > 0) ?? sortedEvents(dataset)[0]!;
    await page.goto(`./?event=${event.id}${suffix}`);
    await expect(ui(page, lang).detail(event.title[lang])).toBeVisible();
    await waitForTimeline(ui(page, lang).timeline);
    expect(await seriousViolations(page)).toEqual([]);

    await ui(page, lang)
      .detail(event.title[lang])
      .getByRole('button', { name: STRINGS[lang].detail.openReader })
      .first()
      .click();
    await expect(marks(page.getByRole('dialog')).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
