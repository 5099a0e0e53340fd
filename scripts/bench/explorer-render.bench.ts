// Time from a selection change in the explorer to the chart's DOM settling, in headless Chromium on the built
// app: the whole path (router, URL, query, layout, React commit), not only the series recompute. Measured for the
// default view and for 20 HS6 series, by switching the transform between "Absolute" and "Change on a year earlier".
// The peer is the same change measured as the series recompute alone (explorer-series.bench.ts prints that).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { median, type Benchmark, type BenchFigure } from './measure.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 15;

/** Twenty CHPL codes spread over chapters 84, 85, 88 and 90, so several chapter files are loaded. */
const HS6_20 = [
  '854231',
  '854232',
  '854233',
  '854239',
  '851762',
  '852691',
  '853221',
  '853224',
  '847150',
  '850440',
  '851769',
  '852910',
  '852990',
  '853669',
  '853690',
  '848210',
  '848220',
  '901310',
  '845710',
  '845811',
];

const VIEWS = [
  { name: 'default view (CHPL tiers)', hash: '#/explorer' },
  { name: '20 HS6 series', hash: `#/explorer?v=1&p=${HS6_20.map((code) => `h6:${code}`).join(',')}` },
];

/**
 * In the page: click a transform radio, then wait until the figure has had no DOM mutation for 250 ms; the
 * result is the time from the click to the last mutation. A string: tsx's helpers do not exist in the page.
 */
const MEASURE = `async (value) => {
  const figure = document.querySelector('figure[data-chart-id="explorer"]');
  const input = document.querySelector('input[name="transform"][value="' + value + '"]');
  if (!figure || !input) throw new Error('explorer figure or transform control not found');
  return await new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let timer = 0;
    const settle = () => { observer.disconnect(); resolve(last - start); };
    const observer = new MutationObserver(() => {
      last = performance.now();
      clearTimeout(timer);
      timer = setTimeout(settle, 250);
    });
    observer.observe(figure, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(settle, 2000);
    input.click();
  });
}`;

async function measureView(page: Page, origin: string, hash: string): Promise<number[]> {
  await page.goto(`${origin}/index.html${hash}`);
  await page.waitForSelector('figure[data-chart-id="explorer"][data-state="ready"]', { timeout: 60_000 });
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const value = run % 2 === 0 ? 'yoy' : 'absolute';
    const ms = (await page.evaluate(`(${MEASURE})(${JSON.stringify(value)})`)) as number;
    if (run >= 2) times.push(ms); // the first two warm up the JIT and the query cache
  }
  return times;
}

const benchmark: Benchmark = {
  name: 'explorer re-render after a selection change (headless Chromium, built app)',
  async run(): Promise<BenchFigure[]> {
    if (!existsSync(path.join(ROOT, 'public', 'data', 'manifest.json')))
      throw new Error('run npm run data first');
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
    const outDir = mkdtempSync(path.join(tmpdir(), 'bench-explorer-'));
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
    });
    const server = await startStaticServer({ '/': outDir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const figures: BenchFigure[] = [];
      for (const view of VIEWS) {
        const times = await measureView(page, server.origin, view.hash);
        figures.push({ label: `${view.name}: median of ${times.length}`, value: median(times), unit: 'ms' });
        figures.push({ label: `${view.name}: slowest`, value: Math.max(...times), unit: 'ms' });
      }
      return figures;
    } finally {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
