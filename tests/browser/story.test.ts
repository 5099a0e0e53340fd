// The story page in real Chromium: every step's chart draws the series its spec asks for, each "Explore" link
// reopens the same spec in the explorer, the desktop chart follows the scrolled step, and the page fits a phone.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { selectorKey } from '../../src/query/product-selectors';
import { parseSearchParams, type ChartSpec } from '../../src/spec';
import type { Manifest } from '../../src/data/schema';
import { SECTIONS, sectionsWithData, type StorySection, type StoryStep } from '../../src/story/sections';
import type { SpecGraphic } from '../../src/story/graphics';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { fetchCsvColumn, readChart } from './chart-dom.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
let browser: Browser;

// The steps this build shows: the monthly CHPL ones only when its manifest lists their file.
let steps: { section: StorySection; step: StoryStep }[] = [];
let specSteps: SpecGraphic[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
  const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as Manifest;
  const sections = sectionsWithData((path) => manifest.files.some((file) => file.path === path));
  steps = sections.flatMap((section) => section.steps.map((step) => ({ section, step })));
  specSteps = steps.flatMap(({ step }) => (step.graphic.kind === 'spec' ? [step.graphic] : []));
});
afterAll(async () => {
  await browser?.close();
});

/** The series keys a spec must draw: its partners, its products, or (for a breakdown) up to topN HS codes. */
function expectSeries(spec: ChartSpec, keys: string[]): void {
  if (spec.breakdown !== 'none') {
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(spec.topN);
    for (const key of keys) expect(key).toMatch(/^\d{6}$/);
    return;
  }
  const expected = spec.flow.kind === 'partners' ? [...spec.flow.partners] : spec.products.map(selectorKey);
  expect([...new Set(keys)].sort()).toEqual([...expected].sort());
}

async function checkChart(figure: Locator, graphic: SpecGraphic): Promise<void> {
  const chart = await readChart(figure);
  expect(chart.svgRole, graphic.chartId).toBe('img');
  expect(chart.sourceLine, graphic.chartId).toMatch(/^Source: /);
  expectSeries(
    graphic.spec,
    chart.series.map((series) => series.key),
  );
  for (const series of chart.series)
    expect(series.periods.length, `${graphic.chartId} ${series.key}`).toBeGreaterThan(0);
}

/** The spec an "Explore" link opens: its query string, wherever the hash router put it. */
function specOfLink(href: string): ChartSpec {
  const url = new URL(href, baseUrl);
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  const { spec, notices } = parseSearchParams(hashQuery || url.search.slice(1));
  expect(notices, href).toEqual([]);
  return spec;
}

async function noHorizontalOverflow(page: Page, width: number): Promise<void> {
  const overflowing = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
  );
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `wider than the screen: ${overflowing.join(', ')}`).toBeLessThanOrEqual(width);
}

describe('story page (#/), phone: every chart stacked under its text', () => {
  test('each step draws its chart with the expected series, and Explore reopens the same spec', async () => {
    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${baseUrl}/#/`);
    for (const graphic of specSteps) {
      const figure = page.locator(readyChart(graphic.chartId));
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      expect(await figure.count(), graphic.chartId).toBe(1);
      await checkChart(figure, graphic);
      const explore = figure.getByRole('link', { name: /explore/i });
      const href = await explore.getAttribute('href');
      expect(href, `${graphic.chartId} has an Explore link`).toBeTruthy();
      expect(specOfLink(href ?? ''), graphic.chartId).toEqual(graphic.spec);
    }
    const eventIds = await fetchCsvColumn(`${baseUrl}/data/events.csv`, 'id');
    const listed = await page.locator('figure[data-chart-id="sanctions-timeline"] [data-event-id]').count();
    expect(listed).toBe(eventIds.length);

    await noHorizontalOverflow(page, 360);
    await page.screenshot({ path: join(artifactsDir, 'story-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('every "What the data shows" paragraph is computed, with no missing figure', async () => {
    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${baseUrl}/#/`);
    const findings = page.locator('[data-finding] p:not(.finding-loading)');
    await expect.poll(() => findings.count(), { timeout: CHART_READY_TIMEOUT_MS }).toBe(steps.length);
    for (const text of await findings.allTextContents()) {
      expect(text).toMatch(/\d/);
      expect(text).not.toMatch(/NaN|undefined|no data/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('story page (#/), desktop: the sticky chart follows the step being read', () => {
  test('scrolling to each step swaps the chart and announces it', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    for (const { section, step } of steps) {
      await page
        .locator(`#${section.id} .story-step[data-step="${step.id}"]`)
        .evaluate((element) => element.scrollIntoView({ block: 'center' }));
      // The first section's sticky chart is the story's opening's, outside its <section> (StorySectionView.tsx).
      const sticky = page.locator(`.scrolly-sticky[data-active-step="${step.id}"]`);
      await sticky.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      const figure = sticky.locator(`figure[data-chart-id="${step.graphic.chartId}"][data-state="ready"]`);
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      if (step.graphic.kind === 'spec') await checkChart(figure, step.graphic);
      if (section.steps.indexOf(step) > 0) {
        await expect
          .poll(() =>
            page.locator('.scrolly-graphic', { has: sticky }).locator('[aria-live="polite"]').textContent(),
          )
          .toContain(step.graphic.title);
      }
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await noHorizontalOverflow(page, 1280);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect
      .poll(() => page.locator('.scrolly-sticky > figure[data-state="ready"]').count(), {
        timeout: CHART_READY_TIMEOUT_MS,
      })
      .toBe(SECTIONS.length);
    await page.screenshot({ path: join(artifactsDir, 'story-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('with reduced motion the chart swaps without animation', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/#/`);
    const sticky = page.locator('.scrolly-sticky').first();
    await sticky.waitFor();
    expect(await sticky.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    await page.close();
  });
});
