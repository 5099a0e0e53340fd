// An embed pinned to an archived data version whose files are there but cannot be read here (a file in a schema
// this build's reader refuses, or a file missing) draws the chart from the current data, with a notice, in
// words, naming the pinned version, the file and why, and the version shown: never an error and a Retry.
// The archives are served over the built app's current files, with one file replaced by a hand-made fixture
// (tests/fixtures/embed-pin/) or left out; nothing is copied.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/bench/static-server.ts';
import { axeViolations } from './axe.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { readChart } from './chart-dom.ts';
import { CHART_READY_TIMEOUT_MS, CHPL_TIERS, readyChart } from './selectors.ts';

const root = join(import.meta.dirname, '..', '..');
const distDir = resolve(root, process.env.BROWSER_TEST_DIST ?? 'dist');
const artifactsDir = join(root, 'test-results');
const OLD_SCHEMA = join(import.meta.dirname, '..', 'fixtures', 'embed-pin', 'baci_chpl-old-schema.csv');
/** Made-up version ids: one whose CHPL flows are in an older schema, one whose CHPL flows file is missing. */
const OLD_SCHEMA_VERSION = 'abcdef000001';
const MISSING_FILE_VERSION = 'abcdef000002';
const CHPL_FLOWS = 'flows/baci_chpl.csv';

let tempDir: string;
let server: StaticServer;
let browser: Browser;
let current: string;

/** A manifest for an archived version: the current one under another dataVersion. */
function archivedManifest(dataVersion: string): string {
  const manifest = JSON.parse(readFileSync(join(distDir, 'data', 'manifest.json'), 'utf8')) as object;
  const file = join(tempDir, dataVersion, 'manifest.json');
  mkdirSync(join(tempDir, dataVersion), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...manifest, dataVersion }));
  return file;
}

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'chpl-pin-fallback-'));
  current = (
    JSON.parse(readFileSync(join(distDir, 'data', 'manifest.json'), 'utf8')) as { dataVersion: string }
  ).dataVersion;
  const archive = (version: string) => `/data/versions/${version}/`;
  // The longest matching prefix wins: each archive is the current files, but for its manifest and one file.
  server = await startStaticServer({
    '/': distDir,
    [archive(OLD_SCHEMA_VERSION)]: join(distDir, 'data'),
    [`${archive(OLD_SCHEMA_VERSION)}manifest.json`]: archivedManifest(OLD_SCHEMA_VERSION),
    [`${archive(OLD_SCHEMA_VERSION)}${CHPL_FLOWS}`]: OLD_SCHEMA,
    [archive(MISSING_FILE_VERSION)]: join(distDir, 'data'),
    [`${archive(MISSING_FILE_VERSION)}manifest.json`]: archivedManifest(MISSING_FILE_VERSION),
    [`${archive(MISSING_FILE_VERSION)}${CHPL_FLOWS}`]: join(tempDir, 'no-such-file.csv'),
  });
  browser = await launchChromium();
  mkdirSync(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const notice = (dataVersion: string, reason: string) =>
  `This chart was published with data version ${dataVersion}, whose files could not be read here ` +
  `(${reason}); showing the current data (version ${current}).`;

describe('an embed pinned to a data version whose files cannot be read', () => {
  test.each([
    {
      what: 'a file in a schema this build refuses',
      version: OLD_SCHEMA_VERSION,
      reason: `${CHPL_FLOWS} is missing column(s): value`,
      width: 1280,
      theme: 'light',
    },
    {
      what: 'a missing file',
      version: MISSING_FILE_VERSION,
      reason: `${CHPL_FLOWS}: HTTP 404 Not Found`,
      width: 390,
      theme: 'dark',
    },
  ])(
    '($what) draws the current data with a notice naming the version and why',
    async ({ version, reason, width, theme }) => {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      server.log.length = 0;
      await page.goto(`${server.origin}/embed.html?chart=chpl-tiers&dv=${version}&theme=${theme}`);
      const figure = page.locator(readyChart('chpl-tiers')).first();
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });

      // The notice is text, announced politely, and says what happened in words (not only a colour).
      const status = page.getByRole('status').filter({ hasText: `data version ${version}` });
      await expect(status.textContent()).resolves.toBe(notice(version, reason));
      expect(await status.getAttribute('data-pin')).toBe('unreadable');
      expect(await status.isVisible()).toBe(true);
      // ...before the chart, where a reader starts.
      const noticeBox = await status.boundingBox();
      const figureBox = await figure.boundingBox();
      expect(noticeBox && figureBox && noticeBox.y + noticeBox.height <= figureBox.y).toBe(true);

      // The chart is the current data's, drawn in full; no error, no Retry, no "updated data" link.
      const chart = await readChart(figure);
      expect(chart.series.map((s) => s.key).sort()).toEqual([...CHPL_TIERS].sort());
      expect(chart.series.flatMap((s) => s.periods)).toContain('2023');
      expect(await page.locator('.load-error').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Updated data available' }).count()).toBe(0);
      expect(server.log).toContain(`200 /data/versions/${version}/manifest.json`);
      expect(server.log).toContain(`200 /data/${CHPL_FLOWS}`);

      // Readable in either theme (contrast, landmarks), and nothing runs off the side of a phone.
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(artifactsDir, `embed-pin-fallback-${width}-${theme}.png`),
        fullPage: true,
      });
      // Chromium reports the 404 itself; nothing else may reach the console.
      expect(errors.filter((line) => !line.includes('status of 404'))).toEqual([]);
      await page.close();
    },
  );
});
