// Printing, with print media emulated in Chromium: the story prints every step with its own chart (not only
// the active one of each section), nothing is cut at the page's right edge, and no button is printed; the
// explorer prints its chart, its notes and its table.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Manifest } from '../../src/data/schema';
import { sectionsWithData } from '../../src/story/sections';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
// A4 less the print stylesheet's 12 mm side margins, in CSS px: the width a printed page lays out in.
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
let browser: Browser;
let stepCount = 0;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
  const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as Manifest;
  const sections = sectionsWithData((path) => manifest.files.some((file) => file.path === path));
  stepCount = sections.reduce((sum, section) => sum + section.steps.length, 0);
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF made by Chromium: one "/Type /Page" object each ("/Type /Pages" is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function waitForCharts(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.querySelectorAll('figure[data-chart-id]').length >= wanted &&
      document.querySelectorAll('figure[data-chart-id]:not([data-state="ready"])').length === 0,
    count,
    { timeout: CHART_READY_TIMEOUT_MS * 2 },
  );
}

/** What a print layout would lose: elements past the right edge, printed buttons, steps without a chart. */
function printedLayout(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const clipped = [
      ...document.querySelectorAll('figure[data-chart-id], figure[data-chart-id] svg, .source-line'),
    ]
      .filter((element) => visible(element) && element.getBoundingClientRect().right > width + 1)
      .map((element) => element.closest('figure')?.getAttribute('data-chart-id') ?? element.localName);
    const controls = [
      ...document.querySelectorAll('.chart-actions, .chart-actions button, .step-show, .explorer-controls'),
    ].filter(visible).length;
    const steps = [...document.querySelectorAll('.story-step')];
    return {
      clipped,
      controls,
      overflow: document.documentElement.scrollWidth - width,
      steps: steps.length,
      stepsWithChart: steps.filter((step) =>
        step.querySelector('figure[data-chart-id] svg, figure[data-chart-id] ol'),
      ).length,
      charts: document.querySelectorAll('figure[data-chart-id]').length,
      sourceLines: [...document.querySelectorAll('figure[data-chart-id] .source-line')].filter(visible)
        .length,
      textColour: getComputedStyle(document.body).color,
    };
  });
}

describe('printing the story', () => {
  test('every step prints with its chart, full width, no controls, source lines kept', async () => {
    const { page, errors } = await openPage(browser, { width: PRINT_WIDTH, height: 1000 });
    await page.goto(`${baseUrl}/`);
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page, stepCount);
    const layout = await printedLayout(page);
    expect(layout.steps).toBe(stepCount);
    expect(layout.stepsWithChart).toBe(stepCount);
    expect(layout.clipped).toEqual([]);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.controls).toBe(0);
    expect(layout.sourceLines).toBeGreaterThanOrEqual(stepCount - 1);
    expect(layout.textColour).toBe('rgb(0, 0, 0)');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(artifactsDir, 'story-print.pdf'), pdf);
    const pages = pdfPageCount(pdf);
    console.log(`[print] the story prints on ${pages} A4 pages, ${layout.charts} charts`);
    // Every step's chart is on paper: at least one page a section, far fewer than one a chart would need.
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the desktop story shows one chart a section on screen, and every step once printed', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/`);
    await waitForCharts(page, 1);
    const onScreen = await page.locator('.scrolly-sticky figure.chart').count();
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page, stepCount);
    const layout = await printedLayout(page);
    expect(onScreen).toBeLessThan(stepCount);
    expect(layout.stepsWithChart).toBe(stepCount);
    expect(layout.controls).toBe(0);
    await page.close();
  });
});

describe('printing the explorer', () => {
  test('prints the chart, its notes and its table, without the controls', async () => {
    const { page, errors } = await openPage(browser, { width: PRINT_WIDTH, height: 1000 });
    await page.goto(`${baseUrl}/#/explorer`);
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page, 1);
    const layout = await printedLayout(page);
    expect(layout.clipped).toEqual([]);
    expect(layout.controls).toBe(0);
    const table = page.locator('figure.chart table[data-table="chart-data"]');
    expect(await table.isVisible()).toBe(true);
    const box = await table.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(50);
    expect(await page.locator('figure.chart .chart-notes').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(artifactsDir, 'explorer-print.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
