// The table view as a reader on a phone meets it: long headers wrap, the header row and the first column stay
// in view while the table scrolls, a cue says there are more columns, and figures line up on the decimal.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
// Four codes with long names, in US$: the columns cannot all fit 390 px.
const SEARCH = '?v=1&p=h6:854231,h6:854232,h6:880330,h6:852691&view=table';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openTable(page: Page): Promise<Locator> {
  await page.goto(`${baseUrl}/#/explorer${SEARCH}`);
  const table = page.locator(`${readyChart('explorer')} table[data-table="chart-data"]`);
  await table.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  return table;
}

/** Right edge of each value cell's text, and its digits after the point, per column. */
async function columnGeometry(table: Locator) {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = cell.textContent ?? '';
        return {
          right: range.getBoundingClientRect().right,
          text,
          decimals: text.split('.')[1]?.length ?? -1,
        };
      }),
    ),
  );
}

describe('table view', () => {
  test('at 390 px: wrapped headers, sticky header and first column, a scroll cue, figures aligned', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    const table = await openTable(page);
    const frame = page.locator('.table-frame');
    const scroller = page.locator('.spec-table-scroll');

    // Wider than the phone: the frame says so with a shadow on the right and a visible word.
    const { clientWidth, scrollWidth } = await scroller.evaluate((el) => ({
      clientWidth: el.clientWidth,
      scrollWidth: el.scrollWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await frame.getAttribute('data-more-right')).toBe('true');
    await expect.poll(() => page.locator('.table-scroll-cue').isVisible()).toBe(true);
    expect(await page.locator('.table-scroll-cue').textContent()).toMatch(/more columns/);
    // The page itself never scrolls sideways: only the table does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Long series names wrap onto several lines within a bounded width.
    const header = table.locator('thead th').nth(1);
    const headerBox = (await header.boundingBox())!;
    const lineHeight = await header.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 16);
    expect(headerBox.height).toBeGreaterThan(2 * lineHeight);
    expect(headerBox.width).toBeLessThanOrEqual(12 * 16 + 1);

    // Each column: one unit in its header, the same decimals in every cell, right edges equal.
    const before = await columnGeometry(table);
    const columns = before[0]!.length;
    for (let c = 0; c < columns; c += 1) {
      const cells = before.map((row) => row[c]!).filter((cell) => cell.text !== 'no data');
      expect(cells.length).toBe(before.length);
      expect(new Set(cells.map((cell) => cell.decimals)).size).toBe(1);
      const rights = cells.map((cell) => cell.right);
      expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(1);
    }
    expect(await table.locator('thead .spec-table-unit').first().textContent()).toMatch(/^US\$ /);

    // Scrolled right and down: the first column and the header row stay where they were.
    const firstCell = table.locator('tbody th').first();
    const xBefore = (await firstCell.boundingBox())!.x;
    await scroller.evaluate((el) => el.scrollTo({ left: 200, top: 0 }));
    await expect.poll(() => frame.getAttribute('data-more-left')).toBe('true');
    expect((await firstCell.boundingBox())!.x).toBeCloseTo(xBefore, 0);
    const headerTop = (await header.boundingBox())!.y;
    await scroller.evaluate((el) => el.scrollTo({ left: 200, top: 120 }));
    await expect.poll(async () => (await header.boundingBox())!.y).toBeCloseTo(headerTop, 0);
    await scroller.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));
    await page.screenshot({ path: join(artifactsDir, 'table-view-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('at 1280 px: no cue when everything fits; screenshot', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await openTable(page);
    const { clientWidth, scrollWidth } = await page
      .locator('.spec-table-scroll')
      .evaluate((el) => ({ clientWidth: el.clientWidth, scrollWidth: el.scrollWidth }));
    expect(scrollWidth <= clientWidth).toBe((await page.locator('.table-scroll-cue').count()) === 0);
    await page.screenshot({ path: join(artifactsDir, 'table-view-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
