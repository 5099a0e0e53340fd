// Series that hold the same trade (tier 1 and its code 854231) are never stacked, and the data package of this
// BACI-only chart lists only BACI's sources, fills the product column and repeats no row of the full dataset.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openPage(browser, { width: 1280, height: 900 }));
  await page.goto(`${baseUrl}/#/explorer?v=1&p=t:1,h6:854231&c=stacked-area`);
  await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
});
afterAll(async () => {
  await browser?.close();
});

type CsvRow = Record<string, string>;
const parseCsv = (text: string) => Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data;

describe('a stacked chart of tier 1 and its code 854231', () => {
  test('refuses the stack with a notice naming both series, and draws lines', async () => {
    const figure = page.locator(readyChart('explorer'));
    await expect
      .poll(() => figure.locator('.chart-notices').textContent())
      .toMatch(/‘Tier 1’ and ‘.*854231.*’ include the same trade: a stack would count that trade twice/);
    expect(await figure.locator('svg path.area').count()).toBe(0);
    expect(await figure.locator('svg g[data-series-key]').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: 'test-results/overlap-stack-refused-1280.png', fullPage: false });
  });

  test('its data package names BACI only, fills the product column and lists each flow row once', async () => {
    await page
      .getByRole('button', { name: /^Download/ })
      .first()
      .click();
    const saved = page.waitForEvent('download', { timeout: 20_000 });
    await page.locator('[data-download="package"]').first().click();
    const files = unzipSync(new Uint8Array(await readFile(await (await saved).path())));
    const readme = strFromU8(files['README.md'] as Uint8Array);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'] as Uint8Array)) as {
      sources: { id: string }[];
      manifest: { breaks: { source: string }[]; files: { sources: string[] }[] };
    };
    const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as {
      sources: { id: string; title: string }[];
      files: { kind: string; sources: string[] }[];
    };
    // Sources of other datasets' flows (Comtrade, IMF, Eurostat): in the manifest, not in this chart's package.
    const baciFlowSources = new Set(['baci', 'chpl', 'hs-names']);
    const others = manifest.sources.filter(
      (s) =>
        !baciFlowSources.has(s.id) &&
        manifest.files.some((f) => f.kind === 'flows' && f.sources.includes(s.id)),
    );
    expect(others.length).toBeGreaterThanOrEqual(3);
    for (const other of others) {
      expect(readme).not.toContain(other.title);
      expect(descriptor.sources.map((s) => s.id)).not.toContain(other.id);
      expect(descriptor.manifest.breaks.map((b) => b.source)).not.toContain(other.id);
      expect(descriptor.manifest.files.flatMap((f) => f.sources)).not.toContain(other.id);
    }
    expect(descriptor.sources.map((s) => s.id)).toContain('baci');
    const data = parseCsv(strFromU8(files['data.csv'] as Uint8Array));
    const products = new Set(data.map((row) => row.product));
    expect(products).toEqual(new Set(['t:1', 'h6:854231']));
    const full = strFromU8(files['full-dataset.csv'] as Uint8Array)
      .split(/\r?\n/)
      .filter((line) => line !== '');
    expect(new Set(full).size).toBe(full.length);
    expect(full.some((line) => line.includes(',854231,'))).toBe(true);
  });
});
