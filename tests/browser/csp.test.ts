// The Content-Security-Policy (scripts/csp/policy.ts) is in every built page, and every page works under it:
// the story, the explorer, an import, downloads (CSV, SVG, PNG), the sources page and the embed, with no
// violation reported, by the page or by Chromium's console. An embed in <iframe sandbox="allow-scripts"> (an
// opaque origin: every request cross-origin, no worker from the app's origin) still draws.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  headerPolicy,
  META_DIRECTIVES,
  META_POLICY,
  pageKind,
  scriptHash,
  serializePolicy,
  withScriptHashes,
  withStyleHashes,
} from '../../scripts/csp/policy.ts';
import { styleHash } from '../../scripts/prerender/inline-styles.ts';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { serveHostPage, type HostPage } from './embed-host.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const distDir = resolve(root, process.env.BROWSER_TEST_DIST ?? 'dist');
const artifactsDir = join(root, 'test-results');
const GACC = join(import.meta.dirname, '..', 'fixtures', 'importers', 'gacc-en-no-period.csv');

let browser: Browser;
let host: HostPage | null = null;
/** Every securitypolicyviolation event, from any frame of any page. */
const violations: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
  await browser.context.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`);
  });
  // Runs in every frame before the page's own code (through the DevTools protocol, so the CSP does not apply).
  await browser.context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
    );
  });
});
afterAll(async () => {
  await host?.close();
  await browser?.close();
});

/** Console lines in which Chromium reports a CSP refusal. */
const cspErrors = (errors: readonly string[]) =>
  errors.filter((line) => /Content Security Policy|Refused to/i.test(line));

async function download(page: Page, kind: string): Promise<string> {
  await page.getByRole('button', { name: /^Download/ }).click();
  const saved = page.waitForEvent('download', { timeout: 20_000 });
  await page.locator(`[data-download="${kind}"]`).click();
  return (await saved).suggestedFilename();
}

/** The marks (bars, line paths) the chart draws for its series. */
async function marksIn(frame: Page | Frame, chartId: string): Promise<number> {
  return frame.locator(`${readyChart(chartId)} svg g[data-series-key] :is(path, rect)`).count();
}

describe('Content-Security-Policy', () => {
  test('every HTML page of the build carries the policy as its first <meta> after the charset', async () => {
    const pages = readdirSync(distDir).filter((name) => name.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'embed.html']));
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    let inlined = 0;
    for (const name of pages) {
      const html = readFileSync(join(distDir, name), 'utf8');
      // A page with inline <style> elements (a prerendered embed) allows each by its hash, and nothing else.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
        styleHash(match[1] ?? ''),
      );
      if (styles.length > 0) inlined++;
      // A page with an inline <script> (embed.html's early data requests, index.html's language check) allows it
      // by its hash, and no other.
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
        scriptHash(match[1] ?? ''),
      );
      const policy = serializePolicy(withScriptHashes(withStyleHashes(META_DIRECTIVES, styles), scripts));
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      // The header a host sends (README) says the same, from the build's _headers file.
      expect(headers, name).toContain(
        `\n/${name}\n  Content-Security-Policy: ${headerPolicy(pageKind(name), styles, scripts)}\n`,
      );
      if (name !== 'embed.html' && name !== 'index.html') expect(scripts, name).toEqual([]);
      // Before any script (static-story.html, read without JavaScript, has none).
      if (html.includes('<script')) {
        expect(html.indexOf('Content-Security-Policy'), name).toBeLessThan(html.indexOf('<script'));
      }
    }
    expect(inlined).toBeGreaterThan(0);
    // embed.html, a reader's own chart, carries its stylesheets inline too, each allowed by its hash.
    const served = await (await fetch(`${baseUrl}/embed.html`)).text();
    expect(served).not.toContain('rel="stylesheet"');
    const embedStyles = [...served.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
      styleHash(match[1] ?? ''),
    );
    expect(embedStyles.length).toBeGreaterThan(0);
    const embedScripts = [...served.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
      scriptHash(match[1] ?? ''),
    );
    expect(embedScripts).toHaveLength(1);
    expect(served).toContain(
      `content="${serializePolicy(withScriptHashes(withStyleHashes(META_DIRECTIVES, embedStyles), embedScripts))}"`,
    );
    expect(served).not.toContain('unsafe-inline');
    expect(META_POLICY).toContain("script-src 'self'");
  });

  test('the story, the explorer, downloads, an import and the sources page run with no violation', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/#/`);
    const storyChart = page.locator('figure[data-chart-id][data-state="ready"]').first();
    await storyChart.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // Hovering draws the tooltip, placed through CSS custom properties.
    await storyChart.locator('svg[role="img"]').first().hover();

    await page.goto(`${baseUrl}/#/explorer`);
    const start = page.getByRole('slider', { name: 'Start period' });
    await start.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const before = await start.getAttribute('aria-valuetext');
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => start.getAttribute('aria-valuetext')).not.toBe(before);
    await page.getByRole('radio', { name: 'Share of total', exact: true }).check();
    const explorer = page.locator(readyChart('explorer'));
    await explorer.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // The range fill sits where the handles are: the custom properties reached the stylesheet.
    const fill = await page.locator('.range-fill').evaluate((element) => getComputedStyle(element).left);
    expect(fill).not.toBe('0px');
    expect(await download(page, 'csv')).toMatch(/\.csv$/);
    expect(await download(page, 'svg')).toMatch(/\.svg$/);
    expect(await download(page, 'png')).toMatch(/\.png$/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Use your own file' }).waitFor();
    await page.setInputFiles('input[type=file]', GACC);
    const form = page.getByRole('form', { name: 'What the file does not say' });
    await form.waitFor({ timeout: 20_000 });
    await form.getByLabel('Period of the whole file').fill('2023');
    await form.getByLabel('exports').check();
    await form.getByRole('button', { name: /Read the file again/ }).click();
    await page.getByRole('heading', { name: '4 rows left out' }).waitFor({ timeout: 20_000 });

    await page.goto(`${baseUrl}/#/sources`);
    await page.locator('table[data-table="sources"]').waitFor({ timeout: 30_000 });

    expect(cspErrors(errors)).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the embed draws and downloads with no violation', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 900 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers`);
    await page.locator(readyChart('chpl-tiers')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await marksIn(page, 'chpl-tiers')).toBeGreaterThan(0);
    // The embed reads its few small files in the page (measured faster than starting the worker): none starts.
    expect(workers.filter((url) => /csv\.worker/.test(url))).toEqual([]);
    expect(await download(page, 'png')).toMatch(/\.png$/);
    // A prerendered embed: its inline styles (allowed by hash) apply, and it hydrates with no violation.
    await page.goto(`${baseUrl}/embed-explorer-default.html`);
    await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.locator('h1.visually-hidden').evaluate((h) => getComputedStyle(h).position)).toBe(
      'absolute',
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("embed.html's inline script", () => {
  test('runs (allowed by its hash), and another inline script in the same page is blocked', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 800 });
    // The page as served, with a second inline script beside the allowed one: the policy must refuse it.
    await page.route('**/embed.html?*', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<script type="module"',
        '<script>window.__injected = true</script><script type="module"',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl}/embed.html?v=1&p=t:1,t:2`);
    await page.locator('figure[data-state="ready"] svg g[data-series-key]').first().waitFor({
      timeout: CHART_READY_TIMEOUT_MS,
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBe(
      undefined,
    );
    // The allowed script ran: it left its requests for the app, which took them.
    expect(
      await page.evaluate(() => typeof (window as unknown as { __earlyData?: object }).__earlyData),
    ).toBe('object');
    const refused = violations.filter((line) => /script-src/.test(line) && /inline/.test(line));
    expect(refused).toHaveLength(1);
    expect(cspErrors(errors)).toHaveLength(1);
    // This test's own refusal, expected: later tests check that nothing else is refused.
    violations.splice(0, violations.length, ...violations.filter((line) => !refused.includes(line)));
    await page.close();
  });
});

describe('an embed in <iframe sandbox="allow-scripts"> (opaque origin)', () => {
  test('loads its modules and data cross-origin and draws the chart', async () => {
    host = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A sandboxing host</title></head><body><h1>An article</h1>
<iframe id="sandboxed" sandbox="allow-scripts" src="${baseUrl}/embed.html?chart=chpl-tiers"
  title="Chart" width="760" height="520"></iframe></body></html>`);
    const { page, errors } = await openPage(browser);
    await page.goto(host.url);
    const frame = await (await page.locator('iframe#sandboxed').elementHandle())?.contentFrame();
    if (!frame) throw new Error('the sandboxed iframe has no frame');
    // An opaque origin: the frame cannot read its own origin's storage or name it.
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await frame.locator(readyChart('chpl-tiers')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await marksIn(frame, 'chpl-tiers')).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifactsDir, 'csp-sandboxed-embed.png') });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
