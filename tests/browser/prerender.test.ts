// Prerendered embeds (dist/embed-<id>.html, scripts/prerender/): every preset's chart (and the explorer's
// default view) is in the HTML the server sends, it shows with JavaScript off (chart, source line, table; no
// broken controls), and hydration leaves the drawn SVG exactly as the build drew it.
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PRERENDERED_SPECS, prerenderedEmbedFile } from '../../src/figure/prerendered-files.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { PRESETS } from '../../src/spec/presets.ts';
import { LANGUAGE_GATE_SCRIPT } from '../../scripts/prerender/language-gate.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { chartFigure } from './selectors.ts';

const baseUrl = inject('baseUrl');
const PRERENDERED_IDS = Object.keys(PRERENDERED_SPECS);
/** A preset's figure carries its name; the explorer's default view is the embed's own spec ("embed"). */
const chartIdOf = (id: string) => (Object.hasOwn(PRESETS, id) ? id : 'embed');
/**
 * The widths the build draws at (src/embed/prerender-layouts.ts) plus the embed's padding (0.75rem each side): a
 * desktop's and a phone's.
 */
const VIEWPORTS = { wide: { width: 744, height: 900 }, narrow: { width: 390, height: 900 } } as const;
/** The drawing the page shows: the other layout is hidden (without JavaScript) or removed (with it). */
const shown = (selector: string) => `${selector}:visible`;
let browser: PwBrowser;

beforeAll(async () => {
  // A plain (not persistent) browser: contexts with JavaScript disabled need it.
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

async function svgOf(
  javaScriptEnabled: boolean,
  presetId: string,
  layout: keyof typeof VIEWPORTS,
  locale: Locale = 'en',
) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: VIEWPORTS[layout] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/${prerenderedEmbedFile(presetId, locale)}`);
  if (javaScriptEnabled) await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: 30_000 });
  const figure = page.locator(shown(chartFigure(chartIdOf(presetId))));
  const svg = await figure.locator('svg[role="img"]').evaluate((element) => element.outerHTML);
  const hydrationError = await page.locator('#root').getAttribute('data-hydration-error');
  const drawings = await page.locator('#root figure svg[role="img"]').count();
  await context.close();
  return { svg, errors, hydrationError, drawings };
}

describe('prerendered embeds', () => {
  test('every preset and the explorer default view is served with its chart, source line and table already in the HTML, in each language, and the story with its first chart', async () => {
    const missing: string[] = [];
    for (const [id, locale] of PRERENDERED_IDS.flatMap((id) =>
      LOCALES.map((locale) => [id, locale] as const),
    )) {
      const response = await fetch(`${baseUrl}/${prerenderedEmbedFile(id, locale)}`);
      const html = response.ok ? await response.text() : '';
      const root = html.slice(html.indexOf('<div id="root"'));
      const has = (needle: string) => root.includes(needle);
      if (!has(`data-chart-id="${chartIdOf(id)}"`) || !has('<svg role="img"') || !has('class="source-line"'))
        missing.push(`${id} ${locale}: no chart or source line (HTTP ${response.status})`);
      else if (!has('<table')) missing.push(`${id} ${locale}: no data table`);
      if (/<script>/.test(html)) missing.push(`${id} ${locale}: inline script`);
      if (!html.includes(`<html lang="${locale === 'zh' ? 'zh-Hans' : locale}">`))
        missing.push(`${id} ${locale}: <html lang> is not the page's language`);
    }
    // The story (index.html) is served with its first section's chart drawn, the chart it opens with (src/app/hydrate-story.tsx).
    const index = await fetch(`${baseUrl}/index.html`);
    const story = index.ok ? await index.text() : '';
    const opening = story.slice(story.indexOf('class="scrolly story-opening'));
    const figure = opening.slice(opening.indexOf('<figure'), opening.indexOf('</figure>'));
    if (!/data-chart-id="chpl-tiers" data-state="ready"/.test(figure) || !figure.includes('<svg role="img"'))
      missing.push(`index.html: no first chart drawn (HTTP ${index.status})`);
    else if (!figure.includes('class="source-line"') || !figure.includes('<table'))
      missing.push('index.html: the first chart has no source line or table');
    // One inline script only: the check of the language before the first paint, allowed by its hash.
    const inline = [...story.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    if (inline.length !== 1 || inline[0] !== LANGUAGE_GATE_SCRIPT)
      missing.push('index.html: an inline script other than its language check');
    expect(missing).toEqual([]);
  });

  test('with JavaScript disabled, the chart, its source line and its table show; the actions do not', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed-chpl-tiers.html`);
    const figure = page.locator(shown(chartFigure('chpl-tiers')));
    const svg = figure.locator('svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('g[data-series-key]').count()).toBe(6);
    // The phone's own drawing (460 px tall, short year labels), at its size: not the desktop's, scaled down.
    const box = await svg.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBe(366);
    expect(box.height).toBeGreaterThanOrEqual(460);
    expect(await svg.locator('text', { hasText: /^’17$/ }).count()).toBe(1);
    expect(await figure.locator('.source-line').textContent()).toMatch(/BACI/);
    const table = figure.locator('table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    expect(await figure.locator('.chart-actions').isVisible()).toBe(false);
    await context.close();
  });

  test.each([
    ['chpl-tiers', 'en'],
    ['explorer-default', 'en'],
    ['chpl-top-codes-2023', 'en'],
    ['chpl-tiers', 'zh'],
    ['chpl-top-codes-2023', 'ru'],
  ] as const)(
    'hydrating %s (%s) leaves its SVG exactly as the build drew it, on a desktop and on a phone',
    async (presetId, locale) => {
      for (const layout of ['wide', 'narrow'] as const) {
        const server = await svgOf(false, presetId, layout, locale);
        const hydrated = await svgOf(true, presetId, layout, locale);
        expect(hydrated.hydrationError, layout).toBeNull();
        expect(hydrated.errors, layout).toEqual([]);
        // Drawn at the width the page has, so the script has nothing to redraw and nothing below it moves.
        expect(hydrated.svg, layout).toBe(server.svg);
        expect(server.drawings, layout).toBe(2);
        expect(hydrated.drawings, layout).toBe(1);
      }
    },
  );
});
