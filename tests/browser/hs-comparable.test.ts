// The HS 2017 -> HS 2022 change in the served build: the explorer's comparable-codes option (it changes the
// chart, lives in the URL and survives a reload, and its note lists the codes left out), the note beside a chart
// of an affected code, the same basis in an embed, and the relation table on the Data & sources page.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const OPTION = 'Codes comparable across the HS change';
const LEFT_OUT = '852990 and 901380: HS 2017 line broader, HS 2022 heading 8524 carved out';

async function explorerFigure(page: Page, search: string) {
  await page.goto(`${baseUrl}/#/explorer${search}`);
  const figure = page.locator(readyChart('explorer'));
  await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  return figure;
}

/** The drawn line of one series (its path data changes when its values do). */
const lineOf = (page: Page, key: string) =>
  page
    .locator(`${readyChart('explorer')} svg g[data-series-key="${key}"] path`)
    .first()
    .getAttribute('d');

describe('comparable codes across the HS change', () => {
  test('the explorer option changes the chart, is kept in the URL across a reload, and lists the codes left out', async () => {
    const { page, errors } = await openPage(browser);
    const figure = await explorerFigure(page, '?v=1&p=chpl');
    const before = await lineOf(page, 'chpl');
    // All CHPL goods over 2017-2023 cross the change: the note says so and points to the option.
    await expect.poll(() => figure.locator('.hs-change-notes').textContent()).toContain(OPTION);

    await page.getByRole('checkbox', { name: OPTION }).check();
    await expect.poll(() => page.url()).toContain('cc=1');
    await expect
      .poll(() => figure.locator('figcaption').textContent())
      .toContain('codes comparable across the HS change only');
    expect(await lineOf(page, 'chpl')).not.toBe(before);
    const note = figure.locator('.hs-change-notes');
    await expect.poll(() => note.textContent()).toContain('44 of the 50 CHPL codes');
    expect(await note.textContent()).toContain(LEFT_OUT);
    expect(await note.locator('a').first().getAttribute('href')).toBe('./#/sources#hs-relation');

    await page.reload();
    await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.getByRole('checkbox', { name: OPTION }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.hs-change-notes').textContent()).toContain(LEFT_OUT);

    await page.getByRole('checkbox', { name: OPTION }).uncheck();
    await expect.poll(() => page.url()).not.toContain('cc=1');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a chart of an affected code names it and links to the relation table', async () => {
    const { page, errors } = await openPage(browser);
    const figure = await explorerFigure(page, '?v=1&p=h6:901380');
    const note = figure.locator('.hs-change-notes');
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /901380 is not comparable across the HS 2022 change \(HS 2017 line broader, HS 2022 heading 8524/,
      );
    expect(await note.getByRole('link').first().getAttribute('href')).toBe('./#/sources#hs-relation');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an embed carries the basis from its spec', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/embed.html?v=1&p=chpl&cc=1`);
    const figure = page.locator('figure.chart[data-state="ready"]');
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await figure.locator('figcaption').textContent()).toContain(
      'codes comparable across the HS change only',
    );
    await expect.poll(() => figure.locator('.hs-change-notes').textContent()).toContain(LEFT_OUT);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the Data & sources page lists every CHPL code with its class, reason and override', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(`${baseUrl}/#/sources#hs-relation`);
    const table = page.locator('table[data-table="hs-relation"]');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(50);
    const notComparable = await table
      .locator('tbody tr[data-comparable="no"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(notComparable.sort()).toEqual(['852589', '852990', '854149', '854151', '854159', '901380']);
    const row = await table.locator('tr[data-code="901380"]').textContent();
    expect(row).toContain('HS 2017 line broader');
    expect(row).toContain('hs_correlation_overrides.csv row 4');
    // The link from a chart's note lands on the table, not at the top of the page.
    await expect
      .poll(() => page.locator('#hs-relation').evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
