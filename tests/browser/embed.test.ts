// Two charts embedded with embed.js in a page from another origin: both draw, fit their iframes as the
// page narrows, the dark theme applies, nothing is fetched from a third host and the console stays clean.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { embedFrame, hostHtml, serveHostPage, waitForFit, type HostPage } from './embed-host.ts';
import { CHART_READY_TIMEOUT_MS, CHPL_TIERS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const READY = 'figure.chart[data-state="ready"]';
let browser: Browser;
let host: HostPage;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveHostPage(
    hostHtml(`${baseUrl}/`, [
      { id: 'tiers', src: `${baseUrl}/embed.html?chart=chpl-tiers` },
      { id: 'dark', src: `${baseUrl}/embed.html?v=1&f=2019&controls=0&theme=dark` },
    ]),
  );
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('embeds on a third-party page, with embed.js', () => {
  test('both draw, fit their iframes, follow a narrowing page, and the dark theme applies', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 900 });
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto(host.url);

    const tiers = await embedFrame(page, 'tiers');
    const figure = tiers.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const keys = await figure
      .locator('svg g[data-series-key]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series-key')));
    expect(keys.sort()).toEqual([...CHPL_TIERS].sort());
    expect(await figure.locator('.source-line').textContent()).toMatch(/BACI/);

    const dark = await embedFrame(page, 'dark');
    await dark.locator(READY).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await dark.locator('.chart-actions').count()).toBe(0);
    expect(await tiers.locator('.chart-actions').count()).toBe(1);
    const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 26)');
    const lightBackground = await tiers.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBackground).toBe('rgb(255, 255, 255)');

    const wide = { tiers: await waitForFit(page, 'tiers'), dark: await waitForFit(page, 'dark') };
    await page.setViewportSize({ width: 360, height: 900 });
    await page.waitForFunction(
      (before) => {
        const frame = document.getElementById('tiers');
        return frame !== null && Math.abs(frame.getBoundingClientRect().height - before) > 2;
      },
      wide.tiers.frame,
      { timeout: 10_000 },
    );
    const narrow = { tiers: await waitForFit(page, 'tiers'), dark: await waitForFit(page, 'dark') };
    expect(narrow.tiers.frame).not.toBe(wide.tiers.frame);
    expect(narrow.dark.frame).toBeGreaterThan(100);

    expect([...hosts].sort()).toEqual([new URL(baseUrl).host, new URL(host.url).host].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an embed whose pinned data version is gone says so, and which version it shows', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers&dv=ffffff000000`);
    await page.locator(READY).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as { dataVersion: string };
    const pin = page.locator('[data-pin="unavailable"]');
    await expect(pin.textContent()).resolves.toMatch(
      new RegExp(`ffffff000000.*no longer available.*${manifest.dataVersion}`),
    );

    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers&dv=${manifest.dataVersion}&theme=sepia`);
    await page.locator(READY).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // A pin equal to the current version is stated too: the reader knows which data the chart shows.
    await expect(page.locator('[data-pin="current"]').textContent()).resolves.toBe(
      `Data version ${manifest.dataVersion} (pinned; these are the current data).`,
    );
    await expect(page.locator('.embed-notice').textContent()).resolves.toMatch(/theme=sepia/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
