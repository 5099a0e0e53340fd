// What a reader downloads from an embedded chart: the CSV is exactly the chart's data, the Excel CSV has a
// BOM, the zip holds the package files, the PNG is a 2x image of the SVG, and the SVG parses.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
  ({ page, errors } = await openPage(browser, { width: 800, height: 900 }));
  await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers`);
  await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
});
afterAll(async () => {
  await browser?.close();
});

/** Chooses one item of the Download menu and returns the saved file's name and bytes. */
async function download(kind: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Download/ }).click();
  const saved = page.waitForEvent('download', { timeout: 20_000 });
  await page.locator(`[data-download="${kind}"]`).click();
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

type CsvRow = Record<string, string>;
const parseCsv = (text: string) => Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data;

/** series key -> periods drawn as points, read from the SVG (the DOM contract). */
function drawnPoints(): Promise<Record<string, string[]>> {
  return page
    .locator(readyChart('chpl-tiers'))
    .first()
    .evaluate((figure) =>
      Object.fromEntries(
        Array.from(figure.querySelectorAll('svg g[data-series-key]')).map((group) => [
          group.getAttribute('data-series-key') ?? '',
          Array.from(group.querySelectorAll('[data-period]')).map(
            (point) => point.getAttribute('data-period') ?? '',
          ),
        ]),
      ),
    );
}

describe('downloads from the embedded CHPL tier chart', () => {
  let dataCsv = '';

  test('the CSV holds exactly the points the chart draws, and its values sum the full dataset', async () => {
    const csv = await download('csv');
    expect(csv.name).toMatch(/\.csv$/);
    dataCsv = csv.bytes.toString('utf8');
    const rows = parseCsv(dataCsv);
    const withValue = rows.filter((row) => row.value !== '');
    const fromCsv: Record<string, string[]> = {};
    for (const row of withValue) (fromCsv[row.series_key as string] ??= []).push(row.period as string);
    const drawn = await drawnPoints();
    expect(Object.keys(fromCsv).sort()).toEqual(Object.keys(drawn).sort());
    for (const [key, periods] of Object.entries(drawn))
      expect(fromCsv[key]?.sort()).toEqual([...periods].sort());

    // An independent sum: the full dataset's rows, mapped to tiers by concordance.csv.
    const full = parseCsv((await download('full-csv')).bytes.toString('utf8'));
    const concordance = parseCsv(await (await fetch(`${baseUrl}/data/concordance.csv`)).text());
    const tierOf = new Map(concordance.map((row) => [row.hs6_2017, row.tier]));
    const sums = new Map<string, number>();
    for (const row of full) {
      if (row.exporter !== 'CHN' || row.importer !== 'RUS') continue;
      const key = `${tierOf.get(row.product as string)}|${row.period}`;
      sums.set(key, (sums.get(key) ?? 0) + Number(row.value));
    }
    for (const row of withValue) {
      const expected = sums.get(`${row.series_key}|${row.period}`) ?? NaN;
      expect(Number(row.value)).toBeCloseTo(expected, 0);
    }
  });

  test('the Excel CSV starts with a byte-order mark and holds the same rows', async () => {
    const excel = await download('csv-excel');
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.bytes.subarray(3).toString('utf8')).toBe(dataCsv);
  });

  test('the data package holds README.md, data.csv, full-dataset.csv and datapackage.json', async () => {
    const zip = await download('package');
    expect(zip.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'data.csv',
      'datapackage.json',
      'full-dataset.csv',
    ]);
    expect(strFromU8(files['data.csv'] as Uint8Array)).toBe(dataCsv);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'] as Uint8Array)) as {
      resources: Array<{ path: string }>;
    };
    expect(descriptor.resources.map((resource) => resource.path)).toContain('data.csv');
    expect(strFromU8(files['README.md'] as Uint8Array)).toMatch(/BACI/);
  });

  test('the SVG parses and the PNG is a 2x image of it', async () => {
    const svg = await download('svg');
    const size = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: root.querySelector('title')?.textContent ?? '',
        series: root.querySelectorAll('[data-series-key]').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(size.error).toBeNull();
    expect(size).toMatchObject({ name: 'svg' });
    expect(size.width).toBeGreaterThan(300);
    expect(size.series).toBeGreaterThan(0);
    // Nothing is fetched from any host: no address in any attribute (the project's link is only text).
    const markup = svg.bytes.toString('utf8').replace(/>[^<]*</g, '><');
    expect(markup).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);

    const png = await download('png');
    await writeFile(join(artifactsDir, 'embed-download.png'), png.bytes);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(2 * size.width);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * size.height);
    expect(errors).toEqual([]);
  });

  test('the SVG stands alone: title, source line, every note shown on screen, the event labels with their leaders, and the grouped events listed', async () => {
    const figure = page.locator(readyChart('chpl-tiers')).first();
    const onScreen = await figure.evaluate((element) => {
      const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        title: text(element.querySelector('.chart-title')),
        source: text(element.querySelector('.source-line')),
        notes: [...element.querySelectorAll('.chart-notices li, .chart-notes ul li')].map(text),
        labels: [...element.querySelectorAll('svg [data-event-label] text')].map(text),
        grouped: (
          element.querySelector('svg [data-grouped-events]')?.getAttribute('data-grouped-events') ?? ''
        )
          .split(' ')
          .filter(Boolean).length,
      };
    });
    expect(onScreen.notes.length).toBeGreaterThan(0);
    expect(onScreen.labels.length).toBeGreaterThan(0);
    expect(onScreen.grouped).toBeGreaterThan(0);
    const svg = (await download('svg')).bytes.toString('utf8');
    const exported = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const drawn = [...doc.querySelectorAll('text')]
        .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '))
        .join(' ');
      const labels = [...doc.querySelectorAll('[data-event-label] text')].map((t) => t.textContent ?? '');
      const orphans = [...doc.querySelectorAll('[data-leader-for]')].filter(
        (line) => !line.parentElement?.querySelector('text')?.textContent,
      );
      return {
        drawn,
        labels,
        leaders: doc.querySelectorAll('[data-leader-for]').length,
        orphans: orphans.length,
      };
    }, svg);
    expect(exported.drawn).toContain(onScreen.title);
    expect(exported.drawn).toContain(onScreen.source);
    for (const note of onScreen.notes) expect(exported.drawn).toContain(note);
    expect(exported.labels).toEqual(onScreen.labels);
    expect(exported.leaders).toBe(onScreen.labels.length);
    expect(exported.orphans).toBe(0);
    expect(exported.drawn).toContain(`Other events (+${onScreen.grouped} on the chart)`);

    const card = await download('png-social');
    await writeFile(join(artifactsDir, 'embed-download-social.png'), card.bytes);
    expect([card.bytes.readUInt32BE(16), card.bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    const square = await download('png-square');
    expect([square.bytes.readUInt32BE(16), square.bytes.readUInt32BE(20)]).toEqual([1080, 1080]);
  });
});
