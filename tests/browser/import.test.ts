// A reader imports their own file: a China Customs export that lacks its period and flow, with rows the
// importer refuses. The page asks, previews, shows it in the explorer beside BACI, and downloads it back; a
// large file can be cancelled; a link to a file no longer loaded falls back with a notice.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importFile } from '../../src/data/importers/index.ts';
import { FLOW_COLUMNS } from '../../src/data/flow-columns.ts';
import { readChart } from './chart-dom.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
const GACC = join(import.meta.dirname, '..', 'fixtures', 'importers', 'gacc-en-no-period.csv');
const SOURCE = 'user:gacc_en_no_period';
let browser: Browser;
let scratch: string;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
  scratch = await mkdtemp(join(tmpdir(), 'chpl-import-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

type CsvRow = Record<string, string>;
const parseCsv = (text: string) => Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data;

async function download(page: Page, kind: string): Promise<string> {
  await page.getByRole('button', { name: /^Download/ }).click();
  const saved = page.waitForEvent('download', { timeout: 20_000 });
  await page.locator(`[data-download="${kind}"]`).click();
  return readFile(await (await saved).path(), 'utf8');
}

/** The rows the importer makes of the fixture in Node, as the page labels them, as CSV cells. */
function expectedRows(filter: (row: CsvRow) => boolean): CsvRow[] {
  const result = importFile(new Uint8Array(readFileSync(GACC)), 'gacc-en-no-period.csv', {
    period: '2023',
    flow: 'exports',
  });
  return result.rows
    .map((row) => ({ ...row, source: SOURCE }))
    .map((row) =>
      Object.fromEntries(
        FLOW_COLUMNS.map((column) => [column, row[column] === null ? '' : String(row[column])]),
      ),
    )
    .filter(filter);
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('importing a reader’s own file (#/import)', () => {
  test('asks what the file lacks, lists the rows left out, shows it beside BACI and downloads it back', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/#/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Use your own file' }).waitFor();

    await page.setInputFiles('input[type=file]', GACC);
    const form = page.getByRole('form', { name: 'What the file does not say' });
    await form.waitFor({ timeout: 20_000 });
    await form.getByLabel('Period of the whole file').fill('2023');
    await form.getByLabel('exports').check();
    await page.screenshot({ path: join(artifactsDir, 'import-needs.png'), fullPage: true });
    await form.getByRole('button', { name: /Read the file again/ }).click();

    await page.getByRole('heading', { name: '4 rows left out' }).waitFor({ timeout: 20_000 });
    const refused = await page
      .locator('.rejected-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent ?? '')),
      );
    expect(refused.map(([row, column]) => `${row}:${column}`)).toEqual([
      '6:Trading partner code',
      '7:Trading partner code',
      '8:Commodity code',
      '9:US dollar',
    ]);
    await page.screenshot({ path: join(artifactsDir, 'import-preview.png'), fullPage: true });

    // The explorer: the file's own series, then BACI's beside it for the same flow, tier and year.
    await page.getByRole('button', { name: 'Show in explorer' }).click();
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(new URL(page.url()).hash).toMatch(/^#\/explorer\?v=1&d=user&/);
    await page.getByRole('checkbox', { name: 'Compare with built-in data' }).check();
    await expect
      .poll(async () => (await readChart(page.locator(readyChart('explorer')))).series.map((s) => s.key), {
        timeout: CHART_READY_TIMEOUT_MS,
      })
      .toEqual(['1', 'baci-hs6/1']);
    const chart = await readChart(figure);
    expect(chart.series.every((s) => s.periods.includes('2023'))).toBe(true);
    expect(chart.sourceLine).toContain(
      'Your file gacc-en-no-period.csv (imported in this browser, not verified).',
    );
    expect(chart.sourceLine).toContain('BACI');
    const legend = await figure.locator('[data-legend-key]').allTextContents();
    expect(legend).toEqual([expect.stringMatching(/\(your file\)$/), expect.stringMatching(/\(BACI\)$/)]);
    await page.screenshot({ path: join(artifactsDir, 'import-explorer.png'), fullPage: true });

    // Download it back: the full dataset holds the imported rows the chart draws, as the importer made them.
    const full = parseCsv(await download(page, 'full-csv'));
    const own = full.filter((row) => row.source === SOURCE);
    const tier1 = new Set(['854231']);
    const expected = expectedRows(
      (row) => row.exporter === 'CHN' && row.importer === 'RUS' && tier1.has(row.product ?? ''),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(own).toEqual(expected);
    expect(full.some((row) => row.source === 'baci')).toBe(true);
    const shown = parseCsv(await download(page, 'csv'));
    expect(shown.filter((row) => row.series_key === '1').map((row) => row.source)).toEqual([SOURCE]);
    expect(shown.filter((row) => row.series_key === 'baci-hs6/1').map((row) => row.source)).toEqual(['baci']);

    // A phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    // The chart redraws at the new width on its next resize observation: wait for it, not for a fixed time.
    await expect.poll(() => noHorizontalScroll(page), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a large file reads in a worker with a progress bar, and Cancel stops it', async () => {
    const { page, errors } = await openPage(browser);
    const header = `${FLOW_COLUMNS.join(',')}\n`;
    const line = (i: number) =>
      `${2017 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')},M,CHN,RUS,${String(100000 + (i % 5000))},${i},USD,,,user:x,exporter-reported\n`;
    const lines: string[] = [header];
    for (let i = 0; i < 600_000; i++) lines.push(line(i));
    const path = join(scratch, 'large-tidy.csv');
    await writeFile(path, lines.join(''));

    await page.goto(`${baseUrl}/#/import`);
    await page.setInputFiles('input[type=file]', path);
    const bar = page.getByRole('progressbar', { name: 'Reading large-tidy.csv' });
    await bar.waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/MB of \d+\.\d MB read, [\d,]+ rows$/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import of large-tidy.csv cancelled.').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-step="preview"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a link to a file this page does not hold shows the default chart and says why', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/#/explorer?v=1&d=user&p=t:1&from=2023&to=2023&cmp=1`);
    await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const notice = page.locator('.spec-notices');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/d = user: your own file is not loaded in this page/);
    const chart = await readChart(page.locator(readyChart('explorer')));
    expect(chart.series.map((s) => s.key)).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
    expect(errors).toEqual([]);
  });
});
