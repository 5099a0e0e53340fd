// Time to a drawn chart in headless Chromium: our embed against two peers drawing the same chart (China's
// CHPL exports to Russia by tier, lines) from the same CSV files, measured in the same run, interleaved, each
// load in a fresh browser context (cold cache). Also the JS each page loads (raw and gzip, workers included).
// The peer pages are built from scripts/bench/peers/ with Vite; the app is built into a temp dir too.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { median, type Benchmark, type BenchFigure } from './measure.ts';
import { startStaticServer } from './static-server.ts';

const RUNS = 7;
const ROOT = path.join(import.meta.dirname, '..', '..');
const PEERS_DIR = path.join(import.meta.dirname, 'peers');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 800, height: 800 };

interface Contender {
  name: string;
  path: string;
  /** Present once the chart is drawn. */
  drawn: string;
}

const CONTENDERS: readonly Contender[] = [
  // The default spec is exactly this chart: CHPL goods, China -> Russia, by tier, lines, BACI 2017-2023.
  { name: 'embed (ours)', path: '/app/embed.html?v=1', drawn: 'figure[data-state="ready"] svg' },
  // The same chart, prerendered by the build (scripts/prerender/): the SVG is in the HTML, then it hydrates.
  {
    name: 'prerendered embed (ours)',
    path: '/app/embed-explorer-default.html',
    drawn: 'figure[data-state="ready"] svg',
  },
  { name: 'Vega-Lite', path: '/peers/vega-lite.html', drawn: 'body[data-drawn] #chart svg' },
  { name: 'Observable Plot', path: '/peers/plot.html', drawn: 'body[data-drawn] #chart svg' },
];

interface Load {
  ms: number;
  jsRaw: number;
  jsGzip: number;
}

async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    // Only the embed entry: the benchmark does not depend on the rest of the app building.
    build: {
      outDir: path.join(outDir, 'app'),
      emptyOutDir: true,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { input: { embed: path.join(ROOT, 'embed.html') } },
    },
  });
  await build({
    configFile: false,
    root: PEERS_DIR,
    base: '/peers/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(outDir, 'peers'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          vega: path.join(PEERS_DIR, 'vega-lite.html'),
          plot: path.join(PEERS_DIR, 'plot.html'),
        },
      },
    },
  });
}

/**
 * Records, in the page, when `selector` first matches (ms since navigation start). A string, not a function:
 * tsx's transpiled functions reference helpers that do not exist in the page.
 */
function watchDrawn(selector: string): string {
  return `(() => {
    const record = () => {
      if (window.drawnAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
        window.drawnAt = performance.now();
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true });
  })();`;
}

async function loadOnce(browser: Browser, origin: string, contender: Contender): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const scripts: Promise<Buffer>[] = [];
  context.on('response', (response) => {
    if (/\.m?js$/.test(new URL(response.url()).pathname)) scripts.push(response.body());
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(watchDrawn(contender.drawn));
    await page.goto(`${origin}${contender.path}`);
    await page
      .waitForFunction(() => (window as { drawnAt?: number }).drawnAt !== undefined, null, {
        timeout: 60_000,
      })
      .catch((error: unknown) => {
        throw new Error(`${contender.name} never drew: ${errors.join('; ') || String(error)}`);
      });
    const ms = await page.evaluate(() => (window as { drawnAt?: number }).drawnAt as number);
    const bodies = await Promise.all(scripts);
    return {
      ms,
      jsRaw: bodies.reduce((sum, body) => sum + body.length, 0),
      jsGzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    };
  } finally {
    await context.close();
  }
}

function figures(loads: ReadonlyMap<string, Load[]>): BenchFigure[] {
  const out: BenchFigure[] = [];
  const medians = new Map<string, number>();
  for (const [name, runs] of loads) {
    const ms = median(runs.map((run) => run.ms));
    medians.set(name, ms);
    const last = runs.at(-1) as Load;
    out.push({ label: `${name}: median of ${runs.length}`, value: ms, unit: 'ms' });
    out.push({ label: `${name}: JS raw`, value: last.jsRaw / 1024, unit: 'KB' });
    out.push({ label: `${name}: JS gzip`, value: last.jsGzip / 1024, unit: 'KB' });
  }
  const ours = CONTENDERS.filter((c) => c.name.endsWith('(ours)'));
  for (const mine of ours) {
    for (const peer of CONTENDERS.filter((c) => !ours.includes(c))) {
      out.push({
        label: `${mine.name} / ${peer.name} (time)`,
        value: (medians.get(mine.name) ?? NaN) / (medians.get(peer.name) ?? NaN),
        unit: 'x',
      });
    }
  }
  return out;
}

const benchmark: Benchmark = {
  name: 'embed time to a drawn chart vs Vega-Lite and Observable Plot (same chart, same CSV)',
  async run() {
    const dataDir = path.join(ROOT, 'public', 'data');
    if (!existsSync(path.join(dataDir, 'manifest.json')))
      throw new Error('public/data is missing: run `npm run data`');
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    const outDir = mkdtempSync(path.join(tmpdir(), 'embed-peers-'));
    const server = await buildPages(outDir).then(() =>
      startStaticServer({
        '/app/data/': dataDir,
        '/app/': path.join(outDir, 'app'),
        '/peers/': path.join(outDir, 'peers'),
        '/data/': dataDir,
      }),
    );
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    try {
      const loads = new Map<string, Load[]>(CONTENDERS.map((c) => [c.name, []]));
      // One unmeasured load each warms the OS file cache and Chromium's code cache equally.
      for (const contender of CONTENDERS) await loadOnce(browser, server.origin, contender);
      for (let run = 0; run < RUNS; run++) {
        for (const contender of CONTENDERS) {
          loads.get(contender.name)?.push(await loadOnce(browser, server.origin, contender));
        }
      }
      return figures(loads);
    } finally {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
