// The embed of a reader's own chart (a spec no prerendered page shows): at most 5 requests before its chart is
// drawn (issue 11; it made 19), and still its source line, its notes (caveats, the HS-change notes of a tier
// chart) and a clean console. Counted in the page (Resource Timing, the same clock as the drawn mark), in a
// browser of its own so nothing is cached.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS } from './selectors.ts';

const baseUrl = inject('baseUrl');
/** The default chart with tiers 1 and 2 only: the page-load bench's reader's spec (embed-peers.bench.ts). */
const READERS_EMBED = `${baseUrl}/embed.html?v=1&p=t:1,t:2`;
const DRAWN = 'figure[data-state="ready"] svg';
const MAX_REQUESTS_BEFORE_DRAWN = 5;

interface Drawn {
  drawnAt: number;
  /** Every resource the page asked for before the chart was drawn, the page itself not counted. */
  before: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("a reader's-spec embed", () => {
  test(`makes at most ${MAX_REQUESTS_BEFORE_DRAWN} requests before its chart is drawn, and shows its source line and notes`, async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 800 });
    // As the bench marks "drawn": the first animation frame after the chart's SVG is in the page.
    await page.addInitScript(`(() => {
      const mark = (window.__drawn = { at: undefined });
      new MutationObserver(() => {
        if (mark.seen || !document.querySelector(${JSON.stringify(DRAWN)})) return;
        mark.seen = true;
        requestAnimationFrame(() => { mark.at = performance.now(); });
      }).observe(document, { subtree: true, childList: true, attributes: true });
    })();`);
    await page.goto(READERS_EMBED);
    await page.waitForFunction(
      () => (window as unknown as { __drawn: { at?: number } }).__drawn.at !== undefined,
      null,
      {
        timeout: CHART_READY_TIMEOUT_MS,
      },
    );
    const drawn: Drawn = await page.evaluate(() => {
      const drawnAt = (window as unknown as { __drawn: { at: number } }).__drawn.at;
      const before = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= drawnAt)
        .map((entry) => new URL(entry.name).pathname.replace(/^.*\/(assets|data)\//, '$1/'));
      return { drawnAt, before };
    });
    // The page itself, then its scripts and data files.
    expect(1 + drawn.before.length, drawn.before.join(', ')).toBeLessThanOrEqual(MAX_REQUESTS_BEFORE_DRAWN);
    // The build-time files (manifest, concordance, partners, events) come with the HTML: only the flows are fetched.
    expect(drawn.before.filter((file) => file.startsWith('data/'))).toEqual(['data/flows/baci_chpl.csv']);
    // No worker, no stylesheet: read in the page, styled by the HTML's own <style> elements.
    expect(drawn.before.filter((file) => /worker|\.css$/.test(file))).toEqual([]);

    const figure = page.locator('figure[data-state="ready"]').first();
    const keys = await figure
      .locator('svg g[data-series-key]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series-key')));
    expect(keys.sort()).toEqual(['1', '2']);
    // Every figure traces to the manifest: its source line and its notes, as before.
    await expect(figure.locator('.source-line').textContent()).resolves.toMatch(/BACI/);
    const notes = await figure.locator('.chart-notes summary').first().textContent();
    expect(notes).toMatch(/Notes:/);
    await expect(figure.locator('.chart-notes li').count()).resolves.toBeGreaterThan(1);
    // The actions come once the chart is drawn.
    await figure.locator('.chart-actions').waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('sends its data request from the HTML, before chart-core has arrived, and the app uses it: one request', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 800 });
    const flows: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/flows/')) flows.push(new URL(request.url()).pathname);
    });
    await page.goto(READERS_EMBED);
    const figure = page.locator('figure[data-state="ready"]').first();
    await figure.locator('svg g[data-series-key]').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const timing = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        file: new URL(entry.name).pathname.replace(/^.*\/(assets|data)\//, '$1/'),
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    );
    // Requested once: the app took the response the HTML's script had asked for instead of fetching again.
    expect(flows).toHaveLength(1);
    expect(flows[0]).toMatch(/\/data\/flows\/baci_chpl\.csv$/);
    const data = timing.filter((entry) => entry.file === 'data/flows/baci_chpl.csv');
    const core = timing.find((entry) => /^assets\/chart-core-[\w-]+\.js$/.test(entry.file));
    expect(data).toHaveLength(1);
    if (!core) throw new Error(`no chart-core among ${timing.map((entry) => entry.file).join(', ')}`);
    // Sent by the HTML, not by chart-core's code: it leaves before that script has even arrived.
    expect(data[0]!.start).toBeLessThan(core.end);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fetches the whole manifest when its spec reads an HS chapter file (the HTML holds a slice without them)', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 800 });
    const data: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/')) data.push(path.replace(/^.*\/data\//, ''));
    });
    await page.goto(`${baseUrl}/embed.html?v=1&p=h4:8501`);
    const figure = page.locator('figure[data-state="ready"]').first();
    await figure.locator('svg').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(data).toContain('manifest.json');
    expect(data).toContain('flows/baci_hs6/hs2-85.csv');
    await expect(figure.locator('svg g[data-series-key]').count()).resolves.toBeGreaterThan(0);
    await expect(figure.locator('.source-line').textContent()).resolves.toMatch(/BACI/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('names the rows it left out of a fetched file (a notice whose code loads only then)', async () => {
    const { page } = await openPage(browser, { width: 800, height: 800 });
    await page.route('**/data/flows/baci_chpl.csv', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const [header = ''] = text.split('\n');
      const bad = header
        .split(',')
        .map(() => 'not-a-value')
        .join(',');
      await route.fulfill({ response, body: `${text.trimEnd()}\n${bad}\n` });
    });
    await page.goto(READERS_EMBED);
    const figure = page.locator('figure[data-state="ready"]').first();
    await figure.locator('svg').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect
      .poll(() => figure.locator('.row-errors').textContent(), { timeout: 10_000 })
      .toMatch(/1 row of flows\/baci_chpl\.csv could not be used and is left out: row \d+/);
    await page.close();
  });
});
