import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { columnFormat } from '../../src/charts/spec-chart/table-format.ts';
import { parseSearchParams } from '../../src/spec/index.ts';
import { readChart } from './chart-dom.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { seriesOverHttp } from './spec-series-http.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
const TIER_4B_CODES = ['845710', '845811', '845891', '845961', '846693'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The explorer's search params, read from the hash (`#/explorer?v=1&...`). */
function searchOf(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}

async function openExplorer(page: Page, search = ''): Promise<void> {
  await page.goto(`${baseUrl}/#/explorer${search}`);
  await page.getByRole('slider', { name: 'Start period' }).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
}

/** The explorer's chart once drawn; the caption says which view it is (e.g. the unit after a transform). */
async function readyExplorerChart(page: Page) {
  const figure = page.locator(readyChart('explorer'));
  await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  return readChart(figure);
}

/** What the controls show, to compare a view before and after a reload. */
async function controlState(page: Page) {
  const chips = await page
    .getByRole('list', { name: 'Series shown' })
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));
  const checked = async (name: string) => page.getByRole('radio', { name, exact: true }).isChecked();
  return {
    chips,
    share: await checked('Share of total'),
    log: await checked('Logarithmic'),
    start: await page.getByRole('slider', { name: 'Start period' }).getAttribute('aria-valuetext'),
    end: await page.getByRole('slider', { name: 'End period' }).getAttribute('aria-valuetext'),
  };
}

describe('explorer (#/explorer)', () => {
  test('picks products, transforms, scale and period; the URL keeps the view across reloads and history', async () => {
    const { page, errors } = await openPage(browser);
    await openExplorer(page);

    // Tier 4.B expands to its five codes; one of them becomes a series of its own.
    await page.getByRole('button', { name: /Codes \(5\) of tier 4\.B/ }).click();
    const codes = page.getByRole('list', { name: 'HS codes in tier 4.B' }).locator('li');
    expect(await codes.evaluateAll((items) => items.map((item) => item.getAttribute('data-hs6')))).toEqual(
      TIER_4B_CODES,
    );
    await page
      .getByRole('list', { name: 'HS codes in tier 4.B' })
      .getByRole('checkbox', { name: /845961/ })
      .check();
    await expect.poll(() => searchOf(page).get('p')).toContain('h6:845961');

    // Search any product by name and add it.
    await page.getByRole('searchbox', { name: 'Search all products' }).fill('lathes horizontal numerically');
    await page.getByRole('button', { name: 'Add HS6 845811' }).click();
    await expect.poll(() => searchOf(page).get('p')).toContain('h6:845811');
    expect(await page.getByRole('list', { name: 'Series shown' }).textContent()).toContain('HS 845811');

    await page.getByRole('radio', { name: 'Share of total', exact: true }).check();
    await expect.poll(() => searchOf(page).get('tf')).toBe('share:total');
    const log = page.getByRole('radio', { name: 'Logarithmic', exact: true });
    await log.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await log.check();
    await expect.poll(() => searchOf(page).get('sc')).toBe('log');
    // A control changes the view, not the page: no jump back to the top.
    expect(scrolled).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Keyboard on the range slider: start two years later, end three years earlier.
    const start = page.getByRole('slider', { name: 'Start period' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('slider', { name: 'End period' }).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => [searchOf(page).get('from'), searchOf(page).get('to')]).toEqual(['2019', '2020']);
    expect(await start.getAttribute('aria-valuetext')).toBe('2019');

    const before = await controlState(page);
    expect(before).toMatchObject({ share: true, log: true, start: '2019', end: '2020' });
    const drawnBefore = await readyExplorerChart(page);
    expect(drawnBefore.series.map((series) => series.key)).toHaveLength(before.chips.length);
    const url = page.url();
    await page.reload();
    await page.getByRole('slider', { name: 'Start period' }).waitFor();
    expect(page.url()).toBe(url);
    expect(await controlState(page)).toEqual(before);
    expect(await readyExplorerChart(page)).toEqual(drawnBefore);

    // Back undoes the last choice (the end of the range), not the whole session.
    await page.goBack();
    await expect.poll(() => searchOf(page).get('to')).toBeNull();
    expect((await controlState(page)).start).toBe('2019');

    expect(errors).toEqual([]);
    await page.close();
  });

  test('dragging a handle with the pointer moves the range and makes one history entry', async () => {
    const { page, errors } = await openPage(browser);
    await openExplorer(page);
    // The mouse acts on the viewport: bring the slider into view before measuring it.
    await page.locator('.range-track').scrollIntoViewIfNeeded();
    const end = await page.getByRole('slider', { name: 'End period' }).boundingBox();
    const track = await page.locator('.range-track').boundingBox();
    if (!end || !track) throw new Error('the range slider is not laid out');
    const y = end.y + end.height / 2;
    await page.mouse.move(end.x + end.width / 2, y);
    await page.mouse.down();
    for (const step of [0.9, 0.75, 0.6, 0.5])
      await page.mouse.move(track.x + track.width * step, y, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => searchOf(page).get('to')).toBe('2020');
    await page.goBack();
    await expect.poll(() => searchOf(page).get('to')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('lists the biggest movers between two years from every HS6 file, with progress, and adds one', async () => {
    const { page, errors } = await openPage(browser);
    await openExplorer(page);
    await page.getByText('Biggest movers', { exact: true }).click();
    await page.getByLabel('Compare').selectOption('2021');
    await page.getByLabel('with').selectOption('2023');
    await page.getByRole('button', { name: 'Find biggest movers' }).click();
    const movers = page.locator('.mover-list li');
    await movers.first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await movers.count()).toBe(15);
    const first = await movers.first().getAttribute('data-hs6');
    expect(first).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: `Add HS6 ${first}` }).click();
    await expect.poll(() => searchOf(page).get('p')).toContain(`h6:${first}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a link with garbage parameters shows the default view and a notice naming each one', async () => {
    const { page, errors } = await openPage(browser);
    await openExplorer(page, '?v=1&zz=1&tf=bogus&c=pie&p=h6:12');
    const notice = page.locator('.spec-notices');
    await notice.waitFor();
    const items = await notice.locator('li').allTextContents();
    for (const param of ['zz', 'tf', 'c', 'p'])
      expect(items.some((item) => item.startsWith(`${param} =`))).toBe(true);
    expect(await page.getByRole('status').filter({ has: notice }).count()).toBe(1);
    expect((await controlState(page)).chips).toEqual(['t:1', 't:2', 't:3.A', 't:3.B', 't:4.A', 't:4.B']);
    expect(await page.getByRole('radio', { name: 'Absolute', exact: true }).isChecked()).toBe(true);
    const chart = await readyExplorerChart(page);
    expect(chart.series.map((series) => series.key).sort()).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the table view shows exactly the numbers the chart draws', async () => {
    const { page, errors } = await openPage(browser);
    const search = '?v=1&p=t:4.B,h6:845961&tf=index:2021';
    await openExplorer(page, search);
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const chart = await readChart(figure);
    expect(chart.series.map((series) => series.key)).toHaveLength(2);

    await page.getByRole('radio', { name: 'Table', exact: true }).check();
    await expect.poll(() => searchOf(page).get('view')).toBe('table');
    const table = page.locator(`${readyChart('explorer')} table[data-table="chart-data"]`);
    await table.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const header = (await table.locator('thead th .spec-table-label').allTextContents()).map((text) =>
      text.trim(),
    );
    const units = (await table.locator('thead th .spec-table-unit').allTextContents()).map((text) =>
      text.trim(),
    );
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.trim() ?? '')),
      );

    // The same numbers from the engine, run in Node on the files the page loaded.
    const { spec } = parseSearchParams(search.slice(1));
    const expected = await seriesOverHttp(baseUrl, spec);
    expect(header.slice(1)).toEqual(expected.series.map((series) => series.label));
    const formats = expected.series.map((series) =>
      columnFormat(
        expected.periods.map((period) => series.points.find((p) => p.period === period)?.value ?? null),
        expected.unit,
      ),
    );
    expect(units).toEqual(formats.map((f) => f.unitLabel));
    expect(rows.map((row) => row[0])).toEqual(expected.periods);
    expected.series.forEach((series, column) => {
      const cells = rows.map((row) => row[column + 1]);
      expect(cells).toEqual(
        expected.periods.map((period) =>
          formats[column]!.format(series.points.find((p) => p.period === period)?.value ?? null),
        ),
      );
      // The chart drew a point for exactly the periods the table has a value for.
      const drawn = chart.series.find((s) => s.key === series.key)?.periods ?? [];
      const withValue = expected.periods.filter((_, row) => cells[row] !== 'no data');
      expect([...drawn].sort()).toEqual(withValue);
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('screenshots at 1280 and 360 px; the phone layout folds the controls and never scrolls sideways', async () => {
    const desktop = await openPage(browser, { width: 1280, height: 900 });
    await openExplorer(desktop.page, '?v=1&p=t:4.B,h6:845961&tf=index:2021');
    await desktop.page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await desktop.page.screenshot({ path: join(artifactsDir, 'explorer-desktop.png'), fullPage: true });
    expect(desktop.errors).toEqual([]);
    await desktop.page.close();

    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${baseUrl}/#/explorer?v=1&p=t:4.B,h6:845961&tf=index:2021`);
    const toggle = page.getByRole('button', { name: 'Show chart controls' });
    await toggle.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.getByRole('slider', { name: 'Start period' }).isVisible()).toBe(false);
    await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await toggle.click();
    expect(await page.getByRole('slider', { name: 'Start period' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'explorer-phone.png'), fullPage: true });
    // Name the elements that stick out (outside scrolling tables), so a failure says where to look.
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((element) => !element.closest('.table-scroll, .visually-hidden'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `wider than the screen: ${overflowing.join(', ')}`).toBeLessThanOrEqual(360);
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
