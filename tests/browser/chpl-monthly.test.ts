// The monthly CHPL views in real Chromium, on a build whose data include a monthly snapshot: the hand-made FAKE
// fixture (tests/fixtures/comtrade-chpl/chpl-monthly.json) built into a temp copy of the served app, never into
// public/data. The explorer draws the tiers with their source, basis and HS-edition break; the story adds its
// monthly charts to section 5.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { defaultDataDir } from '../../scripts/pipeline/resolve';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { readChart } from './chart-dom.ts';
import { findFreePort } from './free-port.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const root = resolve(import.meta.dirname, '..', '..');
const served = resolve(root, process.env.BROWSER_TEST_DIST ?? 'dist');
const snapshot = join(root, 'tests/fixtures/comtrade-chpl/chpl-monthly.json');
let site = '';
let server: ChildProcess | undefined;
let baseUrl = '';
let browser: Browser;

async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'chpl-monthly-site-'));
  cpSync(served, site, { recursive: true, filter: (path) => !path.startsWith(join(served, 'data')) });
  await buildData({ dataDir: defaultDataDir(), outDir: join(site, 'data'), chplMonthlySnapshot: snapshot });
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  server = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
      '--outDir',
      site,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  await waitForHttp(`${baseUrl}/`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('monthly CHPL data (fixture snapshot)', () => {
  test('the explorer offers the view and draws the tiers, with source, basis and the HS 2022 break', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/explorer?v=1&d=comtrade-chpl-monthly&from=2021-11`);
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect
      .poll(() => page.getByRole('radio', { name: /China → Russia, monthly CHPL codes/ }).isChecked())
      .toBe(true);
    const chart = await readChart(figure);
    const tier1 = chart.series.find((s) => s.key === '1');
    // 2022-02 and 2022-03 returned nothing: the chart ends in 2022-01, the last month with data.
    expect(tier1?.periods).toEqual(['2021-11', '2021-12', '2022-01']);
    expect(chart.breakIds).toContain('comtrade-chpl-hs2022');
    expect(chart.sourceLine).toMatch(/UN Comtrade: China-reported monthly exports of the CHPL codes/);
    expect(await figure.locator('.chart-subtitle').textContent()).toContain('as China declared them');
    expect(await page.getByRole('status').textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the story adds the monthly charts to section 5, each with its source line', async () => {
    const { page, errors } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${baseUrl}/#/`);
    for (const chartId of ['story-monthly-chpl-tiers', 'story-monthly-chpl-partners']) {
      const figure = page.locator(`#change-course ${readyChart(chartId)}`);
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      const chart = await readChart(figure);
      expect(chart.sourceLine, chartId).toMatch(/China-reported/);
      expect(chart.series.length, chartId).toBeGreaterThan(0);
    }
    const finding = page.locator('[data-finding="monthly-chpl-tiers"] p:not(.finding-loading)');
    await finding.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await finding.textContent()).toMatch(/Jan 2022/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
