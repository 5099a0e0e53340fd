// Charts the build computed, in real Chromium:
// - the story without JavaScript (dist/static-story.html, scripts/prerender/): a browser with scripts off lands on
//   the story as the build drew it, every step's chart, table, source line and finding, no script, no action that
//   needs one, no sideways scroll on a phone;
// - the story's first chart and the explorer's default view draw from the build's data while the CSV files are
//   still on their way.
import { chromium, type BrowserContext, type Browser as PwBrowser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Manifest } from '../../src/data/schema';
import { firstChartStep } from '../../src/story/first-chart';
import { sectionsWithData } from '../../src/story/sections';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: PwBrowser;
let stepIds: string[] = [];
let chartSteps = 0;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as Manifest;
  const steps = sectionsWithData((path) => manifest.files.some((file) => file.path === path)).flatMap(
    (section) => section.steps,
  );
  stepIds = steps.map((step) => step.id);
  chartSteps = steps.filter((step) => step.graphic.kind === 'spec').length;
});
afterAll(async () => {
  await browser?.close();
});

describe('the story without JavaScript', () => {
  test.each([1280, 390])(
    'at %i px: every step with its chart, table, source line and finding',
    async (width) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      // index.html shows the story with its first chart (tests/browser/story-prerender.test.ts) and links here.
      await page.goto(`${baseUrl}/`);
      await page.locator('a[href="static-story.html"]').click();
      await page.waitForURL(/static-story\.html$/);
      expect(await page.locator('.static-story-notice').textContent()).toMatch(/without JavaScript/);
      // The explorer's default chart is linked, and is a page that draws without JavaScript too.
      const explorerHref = await page.locator('.static-story-notice a[href^="embed-"]').getAttribute('href');
      expect(explorerHref).toBe('embed-explorer-default.html');
      expect(
        await page
          .locator('.story-step[data-step]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-step'))),
      ).toEqual(stepIds);
      // Every step's graphic is drawn: the charts (checked one by one below) and the events timeline.
      expect(await page.locator('figure[data-chart-id][data-state="ready"]').count()).toBe(stepIds.length);
      const figures = page.locator('figure[data-chart-id][data-state="ready"]:not(.story-timeline)');
      expect(await figures.count()).toBe(chartSteps);
      for (const figure of await figures.all()) {
        expect(await figure.locator('svg[role="img"]').isVisible()).toBe(true);
        expect(await figure.locator('svg[role="img"] [data-series-key]').count()).toBeGreaterThan(0);
        expect(await figure.locator('.source-line').textContent()).toMatch(/Source/);
        expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
        expect(await figure.locator('.chart-actions').first().isVisible()).toBe(false);
      }
      const findings = await page.locator('[data-finding] p').allTextContents();
      expect(findings.length).toBe(stepIds.length);
      for (const text of findings) expect(text).not.toMatch(/Computing|NaN|undefined/);
      expect(await page.locator('script').count()).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );

  test('with JavaScript, the site stays on the interactive story', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('.story-step').first().waitFor();
    await page.waitForTimeout(300);
    expect(page.url()).not.toMatch(/static-story/);
    await context.close();
  });
});

/** Holds every CSV request of the context (the data worker's too: context routes see them) until `release`. */
async function holdCsvRequests(context: BrowserContext) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const heldFiles: string[] = [];
  await context.route('**/data/**/*.csv', async (route) => {
    heldFiles.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  return { release: () => release(), heldFiles };
}

describe("the story's first chart, computed by the build", () => {
  test('draws while the CSV files are still on their way, and the findings follow when they arrive', async () => {
    const first = firstChartStep();
    expect(first).not.toBeNull();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { release, heldFiles } = await holdCsvRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/`);
    const chart = page
      .locator(`figure[data-chart-id="${first!.graphic.chartId}"][data-state="ready"]`)
      .first();
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.locator('svg[role="img"] g[data-series-key]').count()).toBe(6);
    // In the HTML, and hydrated with story-first-chart.json: the CSV files were asked for once the page ran, and
    // none has been answered yet.
    await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => heldFiles.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await chart.locator('svg[role="img"] g[data-series-key]').count()).toBe(6);
    expect(await page.locator('.finding-loading').count()).toBeGreaterThan(0);
    release();
    await expect.poll(() => page.locator('.finding-loading').count(), { timeout: 30_000 }).toBe(0);
    await context.close();
  });
});

describe("the explorer's default view, computed by the build", () => {
  test('draws from embed-explorer-default.json while the CSV files are still on their way', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { release, heldFiles } = await holdCsvRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/explorer`);
    const chart = page.locator('figure[data-chart-id="explorer"][data-state="ready"]');
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.locator('svg[role="img"] g[data-series-key]').count()).toBe(6);
    expect(heldFiles.length).toBeGreaterThan(0);
    // Another view is computed from the files, once they arrive.
    release();
    await page.getByRole('radio', { name: 'Stacked bars' }).check();
    await expect
      .poll(() => page.locator('figure[data-chart-id="explorer"][data-state="ready"] svg rect').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(6);
    await context.close();
  });
});
