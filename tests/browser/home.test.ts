import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { fetchBreakIds, fetchCsvColumn, readChart } from './chart-dom.ts';
import { BACI_YEARS, CHART_READY_TIMEOUT_MS, CHPL_TIERS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('home page (#/)', () => {
  test('draws the CHPL tier chart from the real data, with breaks, events and a source line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/#/`);
    const figure = page.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });

    const chart = await readChart(figure);
    expect(chart.className.split(/\s+/)).toContain('chart');
    expect(chart.caption).not.toBe('');
    expect(chart.svgRole).toBe('img');
    expect(chart.svgName).not.toBe('');

    expect(chart.series.map((series) => series.key).sort()).toEqual([...CHPL_TIERS].sort());
    for (const series of chart.series) {
      expect([...series.periods].sort(), `periods of tier ${series.key}`).toEqual(BACI_YEARS);
    }

    const knownBreaks = await fetchBreakIds(`${baseUrl}/data/manifest.json`);
    expect(chart.breakIds.length).toBeGreaterThan(0);
    for (const id of chart.breakIds) expect(knownBreaks).toContain(id);

    const knownEvents = await fetchCsvColumn(`${baseUrl}/data/events.csv`, 'id');
    expect(chart.eventIds.length).toBeGreaterThan(0);
    for (const id of chart.eventIds) expect(knownEvents).toContain(id);

    expect(chart.sourceLine).toMatch(/BACI/);
    expect(errors).toEqual([]);

    await page.screenshot({ path: join(artifactsDir, 'home-desktop.png'), fullPage: true });
    await page.close();
  });

  test('fits a 360-px phone screen without horizontal scrolling', async () => {
    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${baseUrl}/#/`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });

    await page.screenshot({ path: join(artifactsDir, 'home-phone.png'), fullPage: true });

    // Name the elements that stick out, so a failure says where to look.
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `wider than the screen: ${overflowing.join(', ')}`).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await page.close();
  });
});
