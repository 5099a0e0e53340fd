import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

// A predicate rather than a glob, so a cache-busting query string (?v=...) still matches.
const isChplFlows = (url: URL) => url.pathname.endsWith('/data/flows/baci_chpl.csv');
// The home chart's two ways to its data: the CSV file, or the build's ready-made data of the story's first chart
// (src/story/first-chart.ts), whichever arrives first; the progress bar shows while neither has.
const isHomeChartData = (url: URL) => isChplFlows(url) || url.pathname.endsWith('/story-first-chart.json');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('loading states of the home chart', () => {
  test('shows a progress bar while its data file is on the way', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const holdBack = async (route: Route) => {
      await released;
      await route.continue();
    };
    await browser.context.route(isHomeChartData, holdBack);
    // index.html holds the English story with this chart drawn (src/app/hydrate-story.tsx): it shows at once,
    // data or not.
    const prerendered = await openPage(browser);
    await prerendered.page.goto(`${baseUrl}/#/`);
    expect(await prerendered.page.locator(readyChart('chpl-tiers')).count()).toBe(1);
    await prerendered.page.close();
    // A story the build did not draw (a `lang=` value that is not ours: English, with a notice) is drawn here,
    // from its data.
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/#/?lang=xx`);

    await page.locator('[role="progressbar"]').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.locator(readyChart('chpl-tiers')).count()).toBe(0);

    release();
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await browser.context.unroute(isHomeChartData, holdBack);
    await page.close();
  });

  test('names the file that failed and offers a Retry that draws the chart once the file is back', async () => {
    // Routed on the context, not the page, so a fetch from a Web Worker is caught too.
    const fail = (route: Route) => route.abort('failed');
    await browser.context.route(isChplFlows, fail);
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/#/`);

    const retry = page.getByRole('button', { name: 'Retry' }).first();
    await retry.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect.poll(() => page.locator('body').textContent()).toMatch(/baci_chpl\.csv/);
    expect(await page.locator(readyChart('chpl-tiers')).count()).toBe(0);

    await browser.context.unroute(isChplFlows, fail);
    await retry.click();
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await page.close();
  });
});
