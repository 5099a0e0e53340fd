// The build served under a sub-path (BASE_URL=/sub/path/) from a plain static server: the home chart and an
// embed work with no 404 and no request outside the sub-path; an embed pinned to an archived data version
// reads data/versions/<dv>/ and says so.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/bench/static-server.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const SUB_PATH = '/sub/path/';
/** A made-up version id for a copy of the current files: tests the pin mechanism, not the numbers. */
const ARCHIVED = 'abcdef012345';
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

  test('an embed pinned to an archived data version reads it and says so', async () => {
    const { page, errors } = await openPage(browser);
    server.log.length = 0;
    await page.goto(`${server.origin}${SUB_PATH}embed.html?chart=chpl-tiers&dv=${ARCHIVED}`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await expect(page.locator('[data-pin="pinned"]').textContent()).resolves.toBe(
      `Data version ${ARCHIVED} (pinned).`,
    );
    const dataRequests = server.log.filter(
      (line) => line.includes('/data/') && !line.endsWith('/data/manifest.json'),
    );
    expect(dataRequests.length).toBeGreaterThan(0);
    for (const line of dataRequests) expect(line).toContain(`${SUB_PATH}data/versions/${ARCHIVED}/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
