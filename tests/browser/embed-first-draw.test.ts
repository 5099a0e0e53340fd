// The reader's-spec embed (embed.html with a spec no prerendered page shows) draws its chart as HTML before
// react-dom's client is fetched (src/embed/first-draw.tsx), then hydrates it (src/embed/hydrate-reader.tsx):
// hydration must leave the drawn SVG exactly as it was, without a mismatch or a layout shift, in a desktop's and a
// phone's window and in another language; the prerendered pages never load the first drawing's string renderer.
import { chromium, type Browser as PwBrowser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS } from './selectors.ts';

const baseUrl = inject('baseUrl');
const READERS_EMBED = `${baseUrl}/embed.html?v=1&p=t:1,t:2`;
/** The chart's own SVG (the legend's swatches are SVGs too). */
const DRAWN = 'figure[data-state="ready"] svg[role="img"]';
let browser: PwBrowser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

interface FirstDraw {
  /** The chart's SVG when it first appeared, and once hydrated. */
  first: string;
  hydrated: string;
  /** Scripts the page had asked for when the chart first appeared. */
  scriptsBefore: string[];
  hydrationError: string | undefined;
  shifts: number;
  lang: string;
}

/** Loads `url` in a fresh context, records the chart's SVG as first drawn, and waits for hydration. */
async function loadAndHydrate(url: string, viewport: { width: number; height: number }): Promise<FirstDraw> {
  const context = await browser.newContext({ viewport });
  const page: Page = await context.newPage();
  await page.addInitScript(`(() => {
    const seen = (window.__firstDraw = { svg: undefined, scripts: [], shifts: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      const svg = document.querySelector(${JSON.stringify(DRAWN)});
      if (seen.svg !== undefined || !svg) return;
      seen.svg = svg.outerHTML;
      seen.scripts = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js'));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })();`);
  await page.goto(url);
  await page.waitForSelector('#root[data-hydrated="true"]', { timeout: CHART_READY_TIMEOUT_MS });
  // Time for a late redraw (a chart that measures another width than it was drawn at) to show.
  await page.waitForTimeout(300);
  const result = await page.evaluate((drawn) => {
    const seen = (window as unknown as { __firstDraw: { svg: string; scripts: string[]; shifts: number } })
      .__firstDraw;
    const root = document.getElementById('root') as HTMLElement;
    return {
      first: seen.svg,
      hydrated: document.querySelector(drawn)?.outerHTML ?? '',
      scriptsBefore: seen.scripts,
      hydrationError: root.dataset.hydrationError,
      shifts: seen.shifts,
      lang: document.documentElement.lang,
    };
  }, DRAWN);
  await context.close();
  return result;
}

describe("a reader's-spec embed drawn before React's client", () => {
  for (const [name, viewport] of [
    ['a desktop', { width: 800, height: 800 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    test(`in ${name}'s window: drawn without the client, hydrated with the SVG unchanged and nothing moved`, async () => {
      const drawn = await loadAndHydrate(READERS_EMBED, viewport);
      expect(drawn.first).toContain('<path');
      expect(drawn.scriptsBefore.filter((src) => /chart-client|hydrate-reader/.test(src))).toEqual([]);
      expect(drawn.hydrationError).toBeUndefined();
      expect(drawn.hydrated).toBe(drawn.first);
      // The phone layout's own tiny shift (0.001 before this change too, README) is not hydration's.
      expect(drawn.shifts).toBeLessThan(0.01);
    });
  }

  test('in Chinese (lang=zh): drawn in Chinese first, and hydrated as drawn', async () => {
    const drawn = await loadAndHydrate(`${READERS_EMBED}&lang=zh`, { width: 800, height: 800 });
    expect(drawn.lang).toBe('zh-Hans');
    expect(drawn.hydrationError).toBeUndefined();
    expect(drawn.hydrated).toBe(drawn.first);
  });

  test("the prerendered pages do not load the reader's-spec entry (react-dom's string renderer)", async () => {
    const html = await (await fetch(READERS_EMBED)).text();
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(entry).toMatch(/^assets\/embed-[\w-]+\.js$/);
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/embed-chpl-tiers.html`);
    await page.waitForSelector('#root[data-hydrated="true"]', { timeout: CHART_READY_TIMEOUT_MS });
    await context.close();
    expect(requested.some((path) => path.endsWith('.js'))).toBe(true);
    expect(requested.filter((path) => path.endsWith(`/${entry}`))).toEqual([]);
  });
});
