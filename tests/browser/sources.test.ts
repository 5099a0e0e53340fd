import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { BACI_YEARS } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('data & sources page (#/sources)', () => {
  test('lists the sources and reconciles every BACI year across sources', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/#/sources`);

    const sources = page.locator('table[data-table="sources"]');
    const reconciliation = page.locator('table[data-table="reconciliation"]');
    await sources.waitFor({ timeout: 30_000 });
    await reconciliation.waitFor({ timeout: 30_000 });

    expect(await sources.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await sources.textContent()).toMatch(/BACI/);

    // The year is the row's first cell (th or td).
    const years = await reconciliation
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('th, td')?.textContent?.trim() ?? ''));
    for (const year of BACI_YEARS) expect(years, `reconciliation row for ${year}`).toContain(year);

    expect(errors).toEqual([]);
    await page.close();
  });
});
