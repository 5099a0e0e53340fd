// Zero axe-core violations on every page and embed, light and dark; and a "skip to chart" link so a keyboard
// reader reaches the explorer's chart in a few presses instead of fifty.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PALETTES } from '../../src/charts/kit/palette.ts';
import { axeViolations } from './axe.ts';
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

const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'story', path: '/#/', ready: `${readyChart('chpl-tiers')}` },
  { name: 'explorer', path: '/#/explorer', ready: readyChart('explorer') },
  { name: 'explorer table', path: '/#/explorer?v=1&view=table', ready: readyChart('explorer') },
  { name: 'sources', path: '/#/sources', ready: 'table[data-table="sources"]' },
  { name: 'import', path: '/#/import', ready: 'main h1' },
  // The story as the build draws it, for readers without JavaScript (the page itself has no script).
  { name: 'static story', path: '/static-story.html', ready: '.static-story-notice' },
  { name: 'embed', path: '/embed.html?chart=chpl-tiers', ready: 'figure.chart[data-state="ready"]' },
  {
    name: 'embed, dark',
    path: '/embed.html?chart=chpl-tiers&theme=dark',
    ready: 'figure.chart[data-state="ready"]',
  },
];

describe('accessibility (axe-core)', () => {
  for (const { name, path, ready } of PAGES) {
    test(`${name}: no violations`, async () => {
      const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('embed following a dark system theme, at phone width: no violations', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers&theme=auto`);
    await page
      .locator('figure.chart[data-state="ready"]')
      .first()
      .waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    // The chart draws the theme's own palette (no stylesheet recolours it), and follows the system back to light.
    const strokes = () =>
      page
        .locator('figure.chart svg g[data-series-key]')
        .evaluateAll((groups) => groups.map((g) => g.getAttribute('stroke') ?? g.getAttribute('fill')));
    const inPalette = (colours: (string | null)[], theme: 'light' | 'dark') =>
      colours.length > 0 && colours.every((c) => PALETTES[theme].some((p) => p.line === c));
    expect(inPalette(await strokes(), 'dark')).toBe(true);
    expect(inPalette(await strokes(), 'light')).toBe(false);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => inPalette(await strokes(), 'light')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('embed and explorer with the share panel open: no violations', async () => {
    for (const [path, ready] of [
      ['/embed.html?chart=chpl-tiers', 'figure.chart[data-state="ready"]'],
      ['/#/explorer', readyChart('explorer')],
    ] as const) {
      const { page, errors } = await openPage(browser, { width: 390, height: 844 });
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      await page
        .locator(ready)
        .first()
        .getByRole('button', { name: /^Share/ })
        .click();
      await page.locator('.share-panel').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test('story at phone width, scrolled so steps are dimmed: no violations', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseUrl}/#/`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  for (const { name, path, chart } of [
    { name: 'explorer', path: '/#/explorer', chart: 'explorer' },
    { name: 'story', path: '/#/', chart: 'chpl-tiers' },
  ]) {
    test(`${name}: a skip link, visible on focus, reaches the chart within five key presses`, async () => {
      const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
      await page.goto(`${baseUrl}${path}`);
      await page.locator(readyChart(chart)).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      // "Skip to content" comes first, "Skip to chart" second.
      const skip = page.getByRole('link', { name: 'Skip to chart' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      const box = (await skip.boundingBox())!;
      expect(box.width * box.height).toBeGreaterThan(100);
      await page.keyboard.press('Enter');
      let inChart = false;
      for (let presses = 0; presses < 3 && !inChart; presses += 1) {
        inChart = await page.evaluate(
          (selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false,
          `figure[data-chart-id="${chart}"]`,
        );
        if (!inChart) await page.keyboard.press('Tab');
      }
      expect(inChart).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
