// China Customs' year-to-date totals as cited marks on China's monthly totals shown year to date: in the explorer
// and in an embed (the marks come with the spec, not with the story), each with a working link to the page that
// published it, said to be a secondary report; each mark sits on the year-to-date line at its own period.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { embedQueryString } from '../../src/spec/embed-link.ts';
import { GRAPHICS } from '../../src/story/graphics.ts';
import { PRESETS, specToQueryString } from '../../src/spec/index.ts';
import { fetchCsvColumn } from './chart-dom.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { seriesOverHttp } from './spec-series-http.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
const SPEC = PRESETS['monthly-totals-ytd'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface DrawnMark {
  id: string;
  y: number;
  title: string;
}

async function marksOf(figure: Locator): Promise<DrawnMark[]> {
  await figure.locator('.reference-mark').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  return figure.locator('.reference-mark').evaluateAll((nodes) =>
    nodes.map((node) => {
      const d = node.querySelector('path')?.getAttribute('d') ?? '';
      // The diamond's path starts at its top vertex, 6 px above its centre ("M x,y-6 ...").
      const [, , y] = /M\s*([-\d.]+)[ ,]([-\d.]+)/.exec(d) ?? [];
      return {
        id: node.getAttribute('data-reference-id') ?? '',
        y: Number(y) + 6,
        title: node.querySelector('title')?.textContent ?? '',
      };
    }),
  );
}

describe('published year-to-date marks', () => {
  test('explorer: every GACC export figure in the range is a mark on the year-to-date line, linked to its page', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/explorer?${specToQueryString(SPEC)}`);
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const marks = await marksOf(figure);
    const ends = await fetchCsvColumn(`${baseUrl}/data/gacc_reported_totals.csv`, 'period_end');
    const exports = await fetchCsvColumn(
      `${baseUrl}/data/gacc_reported_totals.csv`,
      'china_exports_to_russia_usd_bn',
    );
    const urls = await fetchCsvColumn(`${baseUrl}/data/gacc_reported_totals.csv`, 'url');
    const inRange = ends
      .map((end, i) => ({ end, value: exports[i] ?? '', url: urls[i] ?? '' }))
      .filter((r) => r.end >= '2021-01' && r.end <= '2024-12' && r.value !== '');
    expect(inRange.length).toBeGreaterThanOrEqual(4);
    expect(marks.map((m) => m.id).sort()).toEqual(inRange.map((r) => `gacc-exports-${r.end}`).sort());

    // Each mark: period, publisher and a link that works, said plainly to be a secondary report.
    for (const row of inRange) {
      const item = figure.locator(`[data-reference-link="gacc-exports-${row.end}"]`);
      await expect(item.locator('a').getAttribute('href')).resolves.toBe(row.url);
      await expect(item.textContent()).resolves.toContain('secondary report');
      const title = marks.find((m) => m.id === `gacc-exports-${row.end}`)?.title ?? '';
      expect(title).toContain('year to date');
      expect(title).toContain('GACC');
    }

    // The line is the year-to-date sum, and at each mark's period it is within 1% of the published figure:
    // the same quantity (a single month would be about a sixth or a twelfth of it).
    const { series } = await seriesOverHttp(baseUrl, SPEC);
    const line = series[0]!;
    for (const row of inRange) {
      const ours = line.points.find((p) => p.period === row.end)?.value ?? null;
      expect(ours).not.toBeNull();
      expect(Math.abs(ours! / (Number(row.value) * 1e9) - 1)).toBeLessThan(0.01);
    }
    // Drawn where the line is: the mark's centre and the line's point at that period share a height (within 4 px).
    const points = await figure
      .locator(`g[data-series-key="${line.key}"] circle[data-period]`)
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-period'), Number(n.getAttribute('cy'))] as const),
      );
    for (const mark of marks) {
      const cy = points.find(([period]) => `gacc-exports-${period}` === mark.id)?.[1];
      expect(cy).toBeDefined();
      expect(Math.abs(mark.y - cy!)).toBeLessThan(4);
    }
    await figure.screenshot({ path: join(artifactsDir, 'published-marks-explorer-1280.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('embed: the same chart keeps its marks; a rolling-sum chart offers the year-to-date view', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(`${baseUrl}/embed.html?chart=monthly-totals-ytd`);
    const figure = page.locator('figure[data-state="ready"]').first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect((await marksOf(figure)).length).toBeGreaterThanOrEqual(4);
    await figure.screenshot({ path: join(artifactsDir, 'published-marks-embed-390.png') });
    await page.goto(`${baseUrl}/embed.html?chart=monthly-totals-rolling`);
    await page.locator('figure[data-state="ready"]').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const offer = page.getByRole('link', { name: /Show it year to date/ });
    await expect(offer.getAttribute('href')).resolves.toMatch(/tf=ytd/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the tier 1 chart keeps its published chip figure in the story, the explorer and an embed', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    const IC = 'chinas-exports-of-integrated-circuits-to-russia-2022';
    const spec = GRAPHICS.tier1.spec;
    const places = [
      { url: `${baseUrl}/#/explorer?${specToQueryString(spec)}`, figure: readyChart('explorer') },
      { url: `${baseUrl}/embed.html?${embedQueryString(spec)}`, figure: 'figure[data-state="ready"]' },
    ];
    for (const place of places) {
      await page.goto(place.url);
      const figure = page.locator(place.figure).first();
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      const ids = (await marksOf(figure)).map((m) => m.id);
      expect(ids, place.url).toEqual([IC, `${IC}-note-2021`]);
      const link = figure.locator(`[data-reference-link="${IC}"] a`);
      await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    }
    // The story's own step draws the same marks (they come with the spec, not the page).
    await page.goto(`${baseUrl}/#/`);
    await page.locator('[data-step="tier-1"] .step-show').click();
    const step = page.locator(readyChart('story-tier-1'));
    expect((await marksOf(step)).map((m) => m.id)).toEqual([IC, `${IC}-note-2021`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('story: the last section quotes what came after our data, with links; screenshots at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${baseUrl}/`);
      const finding = page.locator('[data-finding="after-detail"]');
      await finding.locator('.finding-sources a').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      await expect(finding.textContent()).resolves.toContain('2025');
      await finding.scrollIntoViewIfNeeded();
      const figure = page.locator(readyChart('story-monthly-totals-ytd'));
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      await marksOf(figure);
      await figure.screenshot({ path: join(artifactsDir, `published-marks-story-chart-${width}.png`) });
      await finding.screenshot({ path: join(artifactsDir, `published-marks-story-finding-${width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
