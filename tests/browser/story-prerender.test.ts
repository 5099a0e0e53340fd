// index.html holds the interactive story as the app first renders it, its first chart drawn (scripts/prerender/,
// src/app/hydrate-story.tsx): the chart shows without JavaScript, hydration leaves it exactly as the build drew
// it, and a page that is not the build's (another language, another route) still renders as it always has.
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, chartFigure, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
/** The first section's chart (src/story/sections.tsx). */
const FIRST_CHART = 'chpl-tiers';
/** A desktop window at least as wide as the page (src/story/prerendered-story.ts): the width the build drew at. */
const DESKTOP = { width: 1280, height: 900 };
/** The story opens with it, beside its title (src/story/StorySectionView.tsx). */
const firstFigure = `#root .story-opening ${chartFigure(FIRST_CHART)}`;
let browser: PwBrowser;

beforeAll(async () => {
  // A plain (not persistent) browser: contexts with JavaScript disabled need it.
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

/** `initScript`: runs in the page before anything of its own. */
async function open(javaScriptEnabled: boolean, hash = '#/', languages?: string, initScript?: () => void) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: DESKTOP,
    ...(languages ? { locale: languages } : {}),
  });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/index.html${hash}`);
  return { context, page, errors };
}

describe('the story prerendered into index.html', () => {
  test('without JavaScript, shows the story text and the first chart with its SVG, source line and table', async () => {
    const { context, page } = await open(false);
    // Not sent elsewhere: index.html itself shows the story.
    expect(new URL(page.url()).pathname).toMatch(/\/index\.html$/);
    expect(await page.locator('h1').textContent()).toMatch(/What China sells Russia/);
    const figure = page.locator(firstFigure);
    expect(await figure.getAttribute('data-state')).toBe('ready');
    const svg = figure.locator('svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('g[data-series-key]').count()).toBe(6);
    expect(await figure.locator('.source-line').textContent()).toMatch(/BACI/);
    expect(await figure.locator('table tbody tr').count()).toBeGreaterThanOrEqual(7);
    // The controls that need a script are hidden, not shown broken.
    expect(await figure.locator('.chart-actions').isVisible()).toBe(false);
    expect(await page.locator('.step-show').first().isVisible()).toBe(false);
    // ...and so are the parts that wait for data a script would fetch: no "Computing…" that never ends.
    expect(await page.locator('.finding-loading').first().isVisible()).toBe(false);
    expect(await page.locator('figure[data-state="loading"]').first().isVisible()).toBe(false);
    // The link to the story with every chart, as the build drew it, is still there.
    expect(await page.locator('a[href="static-story.html"]').count()).toBe(1);
    await context.close();
  });

  test('hydrating leaves the first chart exactly as the build drew it, with no hydration error', async () => {
    const server = await open(false);
    const before = await server.page.locator(`${firstFigure} svg[role="img"]`).evaluate((e) => e.outerHTML);
    await server.context.close();

    const { context, page, errors } = await open(true);
    await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // The controls that need a script show once they answer.
    expect(await page.locator('.step-show').first().isVisible()).toBe(true);
    // The actions hydrate when their code is here (their own Suspense boundary).
    await page
      .locator(`${firstFigure} .chart-actions button`)
      .first()
      .waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const after = await page.locator(`${firstFigure} svg[role="img"]`).evaluate((e) => e.outerHTML);
    expect(await page.locator('#root').getAttribute('data-hydration-error')).toBeNull();
    expect(errors).toEqual([]);
    expect(after).toBe(before);
    // Drawn once: one first chart, not a second one beside the build's.
    expect(await page.locator(chartFigure(FIRST_CHART)).count()).toBe(1);
    // The contents beside the chart scroll to a section and leave the route as it is.
    const contents = page.locator('.story-opening .story-contents a');
    expect(await contents.count()).toBeGreaterThanOrEqual(5);
    await contents.nth(2).click();
    const target = (await contents.nth(2).getAttribute('href'))!.slice(1);
    await expect
      .poll(() =>
        page.locator(`section#${target}`).evaluate((s) => Math.round(s.getBoundingClientRect().top)),
      )
      .toBeLessThan(5);
    expect(new URL(page.url()).hash).toBe('#/');
    // The hydrated page is the app: its links go where the router sends them.
    await page.locator('.site-header nav a', { hasText: 'Explorer' }).click();
    await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(new URL(page.url()).hash).toMatch(/^#\/explorer/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a section link followed before the script ran (index.html#<section>) opens the story at that section', async () => {
    // Without the script the contents' links are plain fragments (src/story/StoryContents.tsx): a reader who
    // clicks one before hydration, or shares the address it leaves, lands on "#<section>", which hash routing
    // would read as an unknown route.
    const { context, page, errors } = await open(true, '#refusal-to-join-sanctions');
    await page.locator('#root[data-hydrated="true"], #root .story-opening').first().waitFor({
      timeout: CHART_READY_TIMEOUT_MS,
    });
    await expect.poll(() => new URL(page.url()).hash).toBe('#/');
    expect(await page.locator('.story-opening').count()).toBe(1);
    await expect
      .poll(() =>
        page
          .locator('section#refusal-to-join-sanctions')
          .evaluate((s) => Math.round(s.getBoundingClientRect().top)),
      )
      .toBeLessThan(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the story opens with its first chart: on the first screen, its text the largest contentful paint', async () => {
    // A desktop window, the bench's 800 px and a phone's (src/story/StorySectionView.tsx, the opening).
    for (const { drawn, ...viewport } of [
      { ...DESKTOP, drawn: 609 },
      { width: 800, height: 800, drawn: 436 },
      { width: 390, height: 844, drawn: 358 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // Each candidate's chart as it is reported (hydration may replace an element later).
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { lcpCharts: string[] }).lcpCharts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LargestContentfulPaint[]) {
            const figure = entry.element?.closest('figure[data-chart-id]');
            seen.push(figure?.getAttribute('data-chart-id') ?? entry.element?.localName ?? '(none)');
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // On the first screen now, so its redraw at a phone's width must move nothing (story.css).
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl}/index.html#/`);
      await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      const top = await page.locator(firstFigure).evaluate((figure) => figure.getBoundingClientRect().top);
      // The sections' list beside it (under it on a phone) is on the page, and not the largest text.
      expect(await page.locator('.story-opening .story-contents li').count()).toBeGreaterThanOrEqual(5);
      expect(top).toBeLessThan(viewport.height / 2);
      // The last candidate before any input is the page's LCP.
      const lcp = await page.evaluate(() => (window as unknown as { lcpCharts: string[] }).lcpCharts.at(-1));
      expect(lcp, `at ${viewport.width}x${viewport.height}`).toBe(FIRST_CHART);
      // Drawn at its column's width once hydrated (the build drew the desktop's), in a box already that tall.
      await expect
        .poll(() => page.locator(`${firstFigure} svg[role="img"]`).getAttribute('width'))
        .toBe(String(drawn));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts, `at ${viewport.width}x${viewport.height}`).toEqual([]);
      await context.close();
    }
  });

  test('on a phone, the credit under the chart shows only once the chart is all parsed, so streaming moves nothing', async () => {
    // On a phone the credit sits under the chart but comes before it in index.html: a paint while the chart's
    // HTML is still arriving showed the credit under a half-parsed chart, then moved it down (a phone load in
    // nine measured CLS 0.2-0.26). The page as the parser has it before the steps (the chart all parsed or not):
    const html = await (await fetch(`${baseUrl}/index.html`)).text();
    const cut = html.indexOf('<div class="scrolly-steps"');
    expect(cut).toBeGreaterThan(0);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const credit = '#root .story-opening .article-credit';
    const visibility = () => page.locator(credit).evaluate((element) => getComputedStyle(element).visibility);
    // Served from the build's origin so its stylesheets and policy are the page's own.
    await page.route(`${baseUrl}/streaming.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html.slice(0, cut) }),
    );
    await page.goto(`${baseUrl}/streaming.html`);
    expect(await visibility()).toBe('hidden');
    // So is the contents list under it.
    expect(
      await page
        .locator('#root .story-opening .story-contents')
        .evaluate((e) => getComputedStyle(e).visibility),
    ).toBe('hidden');
    await page.goto(`${baseUrl}/index.html`);
    expect(await visibility()).toBe('visible');
    await context.close();
  });

  test('a Chinese or Russian reader never sees the English story: it is hidden from the first paint, its space kept', async () => {
    const cases = [
      { hash: '#/?lang=zh', hidden: true },
      { hash: '#/', languages: 'ru-RU', hidden: true },
      { hash: '#/', languages: 'en-GB', hidden: false },
      { hash: '#/?lang=en', languages: 'zh-CN', hidden: false },
    ];
    for (const { hash, languages, hidden } of cases) {
      const context = await browser.newContext({
        viewport: DESKTOP,
        ...(languages ? { locale: languages } : {}),
      });
      const page = await context.newPage();
      // No module script: the page as its HTML paints it, before any of the app's code has run.
      await page.route(/\.js(\?|$)/, (route) => route.abort());
      await page.goto(`${baseUrl}/index.html${hash}`);
      const what = `${hash} ${languages ?? ''}`;
      expect(await page.locator('h1').isVisible(), what).toBe(!hidden);
      expect(await page.locator(`${firstFigure} svg[role="img"]`).isVisible(), what).toBe(!hidden);
      // Hidden, not removed: the page's height is the story's, so nothing moves when the app renders.
      expect(
        await page.locator('#root').evaluate((root) => root.getBoundingClientRect().height),
      ).toBeGreaterThan(DESKTOP.height);
      await context.close();
    }
  });

  test('a Chinese reader gets the story drawn in Chinese, not hydrated from the English HTML', async () => {
    const { context, page, errors } = await open(true, '#/?lang=zh', undefined, () => {
      // Every frame from the first: was the build's English title ever shown?
      const seen: string[] = ((window as unknown as { englishSeen: string[] }).englishSeen = []);
      const check = () => {
        const title = document.querySelector('#root[data-prerendered-story] h1');
        if (title?.checkVisibility({ visibilityProperty: true })) seen.push(title.textContent ?? '');
        if (!document.querySelector('figure[data-state="ready"] svg') || title) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.locator(readyChart(FIRST_CHART)).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/中国/);
    expect(await page.evaluate(() => (window as unknown as { englishSeen: string[] }).englishSeen)).toEqual(
      [],
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('.story-contents h2').textContent()).toBe('本文目录');
    expect(await page.locator('#root').getAttribute('data-hydrated')).toBeNull();
    expect(await page.locator(chartFigure(FIRST_CHART)).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a reader whose browser prefers Russian gets the story in Russian', async () => {
    const { context, page, errors } = await open(true, '#/', 'ru-RU');
    await page.locator(readyChart(FIRST_CHART)).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.story-contents h2').textContent()).toBe('В этом материале');
    expect(await page.locator('#root').getAttribute('data-hydrated')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an explorer link renders the explorer, with none of the story left', async () => {
    const { context, page, errors } = await open(true, '#/explorer');
    await page.locator(readyChart('explorer')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.locator('.story').count()).toBe(0);
    expect(await page.locator('#root').getAttribute('data-hydrated')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
