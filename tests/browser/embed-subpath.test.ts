// The build served under a sub-path (BASE_URL=/sub/path/) from a plain static server: the home chart and an
// embed work with no 404 and no request outside the sub-path; an embed pinned to an archived data version
// reads data/versions/<dv>/, shows exactly that version's data, says so and links the current data; an embed
// pinned to the current version says which version it shows.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/bench/static-server.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { readChart } from './chart-dom.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const SUB_PATH = '/sub/path/';
/**
 * A made-up version id for a copy of the current files without the year 2023 in the CHPL flows (a test fixture
 * made at run time, never served by the app): the pinned chart must end in 2022, the current one in 2023.
 */
const ARCHIVED = 'abcdef012345';
const ARCHIVE_DROPS_YEAR = '2023';
const root = join(import.meta.dirname, '..', '..');
let outDir: string;
let server: StaticServer;
let browser: Browser;

/** An archived version as the pipeline keeps it: the current files under data/versions/<dv>/. */
function archiveCurrentAs(dataDir: string, dataVersion: string): void {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
    dataVersion: string;
    files: Array<{ path: string }>;
  };
  const target = join(dataDir, 'versions', dataVersion);
  for (const file of manifest.files) cpSync(join(dataDir, file.path), join(target, file.path));
  const chpl = join(target, 'flows', 'baci_chpl.csv');
  const rows = readFileSync(chpl, 'utf8').split('\n');
  writeFileSync(chpl, rows.filter((row) => !row.startsWith(`${ARCHIVE_DROPS_YEAR},`)).join('\n'));
  writeFileSync(join(target, 'manifest.json'), JSON.stringify({ ...manifest, dataVersion }));
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'chpl-subpath-'));
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', BASE_URL: SUB_PATH } },
  );
  if (build.status !== 0) throw new Error(`vite build with BASE_URL=${SUB_PATH} failed`);
  archiveCurrentAs(join(outDir, 'data'), ARCHIVED);
  server = await startStaticServer({ [SUB_PATH]: outDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`the build under ${SUB_PATH}`, () => {
  test('draws the home chart and an embed with every request inside the sub-path and none failing', async () => {
    const { page, errors } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    server.log.length = 0;
    await page.goto(`${server.origin}${SUB_PATH}#/`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await page.goto(`${server.origin}${SUB_PATH}embed.html?chart=chpl-tiers`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // A reader's own spec: embed.html's inline script requests its data under the sub-path, where the app reads
    // it, so the app takes that response and the file is requested once.
    const before = requests.length;
    await page.goto(`${server.origin}${SUB_PATH}embed.html?v=1&p=t:1,t:2`);
    await page
      .locator('figure[data-state="ready"] svg g[data-series-key]')
      .first()
      .waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(requests.slice(before).filter((url) => url.includes('/data/flows/'))).toEqual([
      `${server.origin}${SUB_PATH}data/flows/baci_chpl.csv`,
    ]);

    const outside = requests.filter(
      (url) =>
        !url.startsWith(`${server.origin}${SUB_PATH}`) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(server.log.filter((line) => line.startsWith('404'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an embed pinned to an archived data version shows that version’s data, says so and links the current data', async () => {
    const { page, errors } = await openPage(browser);
    server.log.length = 0;
    const current = (
      JSON.parse(readFileSync(join(outDir, 'data', 'manifest.json'), 'utf8')) as { dataVersion: string }
    ).dataVersion;
    await page.goto(`${server.origin}${SUB_PATH}embed.html?chart=chpl-tiers&dv=${ARCHIVED}`);
    const figure = page.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect(page.locator('[data-pin="pinned"]').textContent()).resolves.toBe(
      `Data version ${ARCHIVED} (pinned). Updated data available (version ${current}).`,
    );
    const pinnedYears = (await readChart(figure)).series.flatMap((s) => s.periods);
    expect(pinnedYears.length).toBeGreaterThan(0);
    expect(pinnedYears).not.toContain(ARCHIVE_DROPS_YEAR);
    const updated = page.getByRole('link', { name: 'Updated data available' });
    expect(await updated.getAttribute('href')).toBe(`${server.origin}${SUB_PATH}embed.html?chart=chpl-tiers`);
    const dataRequests = server.log.filter(
      (line) => line.includes('/data/') && !line.endsWith('/data/manifest.json'),
    );
    expect(dataRequests.length).toBeGreaterThan(0);
    for (const line of dataRequests) expect(line).toContain(`${SUB_PATH}data/versions/${ARCHIVED}/`);

    // The link leads to the same chart on the current data, which has the year the archive lacks.
    await updated.click();
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const currentYears = (await readChart(page.locator(readyChart('chpl-tiers')).first())).series.flatMap(
      (s) => s.periods,
    );
    expect(currentYears).toContain(ARCHIVE_DROPS_YEAR);
    expect(await page.locator('[data-pin]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an embed pinned to the current data version states it', async () => {
    const { page, errors } = await openPage(browser);
    const current = (
      JSON.parse(readFileSync(join(outDir, 'data', 'manifest.json'), 'utf8')) as { dataVersion: string }
    ).dataVersion;
    await page.goto(`${server.origin}${SUB_PATH}embed.html?chart=chpl-tiers&dv=${current}`);
    const figure = page.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect(page.locator('[data-pin="current"]').textContent()).resolves.toBe(
      `Data version ${current} (pinned; these are the current data).`,
    );
    expect((await readChart(figure)).series.flatMap((s) => s.periods)).toContain(ARCHIVE_DROPS_YEAR);
    expect(await page.getByRole('link', { name: 'Updated data available' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
