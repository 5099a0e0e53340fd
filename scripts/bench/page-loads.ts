// Page loads in headless Chromium for the embed and story benchmarks: the app and the peer pages built once per
// process, served gzip-compressed from a local server, each load in a fresh browser context (cold cache), in a
// plain and a phone-like profile, contenders interleaved round by round. What a load records is in the page
// (an init script, below); what is reported is ./page-metrics.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Request } from 'playwright-core';
import { build } from 'vite';
import type { BenchFigure } from './measure.ts';
import {
  cumulativeLayoutShift,
  markdownTable,
  summarize,
  type LayoutShift,
  type LoadFigures,
} from './page-metrics.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export const ROOT = path.join(import.meta.dirname, '..', '..');
const PEERS_DIR = path.join(import.meta.dirname, 'peers');
const DATA_DIR = path.join(ROOT, 'public', 'data');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The plain profile's window; the phone profile has a phone's (Profile.viewport). */
const VIEWPORT = { width: 800, height: 800 };
/** After the chart is drawn and the network is idle, how long later shifts (hydration) still count. */
const SETTLE_MS = 1000;

export interface Profile {
  name: string;
  /** CDP Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate; none for the plain profile. */
  throttle?: { latencyMs: number; bytesPerSecond: number; cpuRate: number };
  /** The window, when not the plain 800x800: a phone's, so phone layouts (and their shifts) are what is measured. */
  viewport?: { width: number; height: number };
}

export const PROFILES: readonly Profile[] = [
  { name: 'plain' },
  // The phone: 150 ms latency, 1.6 Mbps (200,000 bytes/s) both ways, CPU 4x slower.
  {
    name: 'phone',
    throttle: { latencyMs: 150, bytesPerSecond: 200_000, cpuRate: 4 },
    viewport: { width: 390, height: 844 },
  },
];

export interface Contender {
  name: string;
  /** Path on the bench server: /app/ is the built app, /peers/ the peer pages. */
  path: string;
  /** The chart is drawn once this matches (inside the first match of `scope`, if given). */
  drawn: string;
  scope?: string;
}

let built: Promise<string> | undefined;

/** Builds the app (all pages, prerendered ones included) and the peer pages once per process; returns the folder. */
export function buildPages(): Promise<string> {
  built ??= (async () => {
    if (!existsSync(path.join(DATA_DIR, 'manifest.json')))
      throw new Error('public/data is missing: run `npm run data`');
    const outDir = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
    process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: path.join(outDir, 'app'), emptyOutDir: true, sourcemap: false, copyPublicDir: false },
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
            floor: path.join(PEERS_DIR, 'floor.html'),
          },
        },
      },
    });
    return outDir;
  })();
  return built;
}

async function serve(outDir: string): Promise<StaticServer> {
  return startStaticServer(
    {
      '/app/data/': DATA_DIR,
      '/app/': path.join(outDir, 'app'),
      '/peers/': path.join(outDir, 'peers'),
      '/data/': DATA_DIR,
    },
    0,
    { gzip: true },
  );
}

/**
 * Records, in the page: `drawnAt`, the first animation frame after the chart is in the DOM (a frame waits for
 * render-blocking CSS and a busy main thread, so this is close to when it can be painted); every LCP candidate
 * and its element; every layout shift. A string, not a function: tsx's transpiled functions reference helpers
 * that do not exist in the page.
 */
function observers(contender: Contender): string {
  return `(() => {
    const bench = (window.__bench = { drawnAt: undefined, matchedAt: undefined, lcp: [], shifts: [] });
    const scope = ${JSON.stringify(contender.scope ?? null)};
    const drawn = ${JSON.stringify(contender.drawn)};
    const find = () => {
      const root = scope === null ? document : document.querySelector(scope);
      return root !== null && root.querySelector(drawn) !== null;
    };
    const record = () => {
      if (bench.matchedAt !== undefined || !find()) return;
      bench.matchedAt = performance.now();
      requestAnimationFrame(() => { bench.drawnAt = performance.now(); });
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true });
    const describe = (element) => {
      if (!element) return '(removed)';
      const classes = [...element.classList].slice(0, 2).map((name) => '.' + name).join('');
      const inChart = element.closest('figure[data-chart-id], #chart') ? ' in chart' : '';
      return element.tagName.toLowerCase() + classes + inChart;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.lcp.push({ time: entry.renderTime || entry.loadTime || entry.startTime, element: describe(entry.element) });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  })();`;
}

interface InPage {
  drawnAt?: number;
  lcp: { time: number; element: string }[];
  shifts: LayoutShift[];
}
interface BenchWindow {
  __bench: InPage;
}
interface Recorded extends InPage {
  timeOrigin: number;
}

async function bytesOf(request: Request): Promise<number> {
  const sizes = await request.sizes().catch(() => null);
  return sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0;
}

async function loadOnce(
  browser: Browser,
  origin: string,
  contender: Contender,
  profile: Profile,
): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: profile.viewport ?? VIEWPORT });
  // Every request of the context, the data worker's included.
  const requests: Request[] = [];
  context.on('request', (request) => {
    if (/^https?:/.test(request.url())) requests.push(request);
  });
  try {
    const page = await context.newPage();
    if (profile.throttle) {
      const { latencyMs, bytesPerSecond, cpuRate } = profile.throttle;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(observers(contender));
    await page.goto(`${origin}${contender.path}`, { waitUntil: 'commit' });
    await page
      // Functions, not strings: the app's Content-Security-Policy forbids evaluating strings in the page.
      .waitForFunction(() => (window as unknown as BenchWindow).__bench.drawnAt !== undefined, null, {
        timeout: 90_000,
      })
      .catch((error: unknown) => {
        throw new Error(`${contender.name} never drew: ${errors.join('; ') || String(error)}`);
      });
    // Later shifts count too (hydration): wait for the page to go quiet first.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const recorded = await page.evaluate((): Recorded => ({
      timeOrigin: performance.timeOrigin,
      ...(window as unknown as BenchWindow).__bench,
    }));
    const drawnAt = recorded.drawnAt as number;
    // Requests that started before the chart was drawn (wall-clock ms, as Playwright's timing gives them).
    const drawnWall = recorded.timeOrigin + drawnAt;
    const before = requests.filter((request) => request.timing().startTime <= drawnWall);
    const bytes = (await Promise.all(before.map(bytesOf))).reduce((sum, size) => sum + size, 0);
    const lcp = recorded.lcp.at(-1);
    return {
      drawnMs: drawnAt,
      lcpMs: lcp?.time ?? Number.NaN,
      lcpElement: lcp?.element ?? '(none)',
      cls: cumulativeLayoutShift(recorded.shifts),
      bytes,
      requests: before.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Each profile in turn: one unmeasured load per contender (warms the OS file cache and Chromium's code cache
 * alike), then `runs` rounds, every contender once per round, the order rotated each round.
 */
export async function measureLoads(
  contenders: readonly Contender[],
  runs: number,
): Promise<Map<string, Map<string, LoadFigures[]>>> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  const server = await serve(await buildPages());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const results = new Map<string, Map<string, LoadFigures[]>>();
    for (const profile of PROFILES) {
      const loads = new Map<string, LoadFigures[]>(contenders.map((c) => [c.name, []]));
      results.set(profile.name, loads);
      for (const contender of contenders) await loadOnce(browser, server.origin, contender, profile);
      for (let run = 0; run < runs; run++) {
        for (let i = 0; i < contenders.length; i++) {
          const contender = contenders[(i + run) % contenders.length] as Contender;
          loads.get(contender.name)?.push(await loadOnce(browser, server.origin, contender, profile));
        }
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The two peers every page-load bench compares against (their names in the contender lists). */
export const PLOT = 'Observable Plot';
export const FLOOR = 'floor (hand-written SVG)';

/**
 * Measures the contenders, prints one table per profile, and returns the drawn-time ratios of each of `ours`
 * against Plot and the floor: the figures the targets name.
 */
export async function loadsAgainstPeers(
  contenders: readonly Contender[],
  runs: number,
  ours: readonly string[],
): Promise<BenchFigure[]> {
  const results = await measureLoads(contenders, runs);
  const out: BenchFigure[] = [];
  for (const [profile, loads] of results) {
    const rows = [...loads].map(([name, figures]) => summarize(name, figures));
    console.log(
      `\n  ${profile} (median (min–max) of ${runs} loads):\n\n${markdownTable(rows, [PLOT, FLOOR])}\n`,
    );
    const median = (name: string) => rows.find((row) => row.name === name)?.drawnMs.median ?? Number.NaN;
    for (const name of ours) {
      out.push({ label: `${profile}: ${name} / Plot`, value: median(name) / median(PLOT), unit: 'x' });
      out.push({ label: `${profile}: ${name} / floor`, value: median(name) / median(FLOOR), unit: 'x' });
    }
  }
  return out;
}
