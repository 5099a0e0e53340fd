// Events labelled on the charts (issue 14 item 2), as a reader sees them at a phone's and a desktop's width: the
// labels overlap neither each other, nor the "+N events" marker, nor the chart's edges; a label opens the event
// with a link to its source; the marker opens the list of the others; the story's step names the events its
// chart highlights; and without JavaScript the prerendered embed draws the labels and the legend's colours.
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { fetchCsvColumn } from './chart-dom.ts';
import { CHART_READY_TIMEOUT_MS, chartFigure, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: PwBrowser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Screen boxes of the drawn labels and the group marker, and of the chart's SVG. */
function drawnBoxes(figure: Element): { svg: Box; marks: (Box & { name: string })[] } {
  const box = (element: Element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  const svg = figure.querySelector('svg[role="img"]')!;
  const labels = [...svg.querySelectorAll('[data-event-label] text')].map((text) => ({
    name: text.textContent ?? '',
    ...box(text),
  }));
  const group = svg.querySelector('[data-grouped-events] rect');
  return { svg: box(svg), marks: [...labels, ...(group ? [{ name: '+group', ...box(group) }] : [])] };
}

const overlapping = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.each([390, 1280])('event labels at %i px', (width) => {
  test('the explorer’s chart labels events without overlap, inside the chart, and each opens with its source', async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/explorer`);
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { svg, marks } = await figure.evaluate(drawnBoxes);
    expect(marks.filter((m) => m.name !== '+group').length).toBeGreaterThan(0);
    expect(marks.some((m) => m.name === '+group')).toBe(true);
    for (const mark of marks) {
      expect(mark.left, mark.name).toBeGreaterThanOrEqual(svg.left);
      expect(mark.right, mark.name).toBeLessThanOrEqual(svg.right);
      expect(mark.top, mark.name).toBeGreaterThanOrEqual(svg.top);
    }
    for (const a of marks)
      for (const b of marks) if (a !== b) expect(overlapping(a, b), `${a.name} / ${b.name}`).toBe(false);

    const ids = await fetchCsvColumn(`${baseUrl}/data/events.csv`, 'id');
    const urls = await fetchCsvColumn(`${baseUrl}/data/events.csv`, 'source_url');
    const label = figure.locator('button[data-event-id]').first();
    const id = (await label.getAttribute('data-event-id')) ?? '';
    await label.click();
    const popover = figure.getByRole('dialog');
    expect(await popover.getByRole('link').getAttribute('href')).toBe(urls[ids.indexOf(id)]);
    await page.keyboard.press('Escape');
    expect(await figure.getByRole('dialog').count()).toBe(0);

    await figure.getByRole('button', { name: /Other events on this chart/ }).click();
    const list = figure.getByRole('dialog', { name: /Other events on this chart/ });
    const grouped = (await figure.locator('svg [data-grouped-events]').getAttribute('data-grouped-events'))!;
    expect(await list.locator('li').count()).toBe(grouped.split(' ').length);
    expect(await list.getByRole('link').count()).toBe(grouped.split(' ').length);
    await context.close();
  });
});

test('a story step names the events its chart highlights, and the chart draws them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/#/`);
  const step = page.locator('[data-step="tier-1"] .step-events');
  await step.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  expect(await step.textContent()).toMatch(/^Events highlighted on the chart: Russia invades Ukraine \(/);
  const named = ((await step.getAttribute('data-step-events')) ?? '').split(' ');
  expect(named).toContain('russia-invades-ukraine');
  await page.locator('[data-step="tier-1"] .step-show').click();
  const figure = page.locator(readyChart('story-tier-1'));
  await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  const drawn = await figure.evaluate((element) => [
    ...[...element.querySelectorAll('svg [data-event-label]')].map((g) => g.getAttribute('data-event-label')),
    ...(element.querySelector('svg [data-grouped-events]')?.getAttribute('data-grouped-events') ?? '').split(
      ' ',
    ),
  ]);
  for (const id of named) expect(drawn).toContain(id);
  await context.close();
});

test('without JavaScript the prerendered embed draws the event labels and the legend’s colours', async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/embed-chpl-tiers.html`);
  // The desktop's drawing: the phone's is in the page too, hidden (src/embed/prerender-layouts.ts).
  const figure = page.locator(`${chartFigure('chpl-tiers')}:visible`);
  const { marks, svg } = await figure.evaluate(drawnBoxes);
  const invasion = marks.find((m) => m.name === 'Russia invades Ukraine');
  expect(invasion).toBeDefined();
  // Placed by SVG attributes: at its date, right of the plot's middle, not piled at the top left.
  expect(invasion!.left - svg.left).toBeGreaterThan((svg.right - svg.left) / 2);
  const fills = await figure
    .locator('.chart-legend .swatch rect')
    .evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
  expect(fills).toHaveLength(6);
  for (const fill of fills) expect(fill).toMatch(/^rgb\(/);
  await context.close();
});
