// Issue 15's pseudo-locale check, run with the real languages: every page a reader can open, in Chinese and in
// Russian, at a phone's width, must show no English word outside what says it is English on purpose (lang="en")
// or not for translation (translate="no"). A hard-coded string or a missing translation fails here, named with
// where it is on the page (./untranslated.ts). The story is read to its end: every step scrolled to, every chart
// drawn, every finding computed and the published figures marked.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DATA_FILES } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import { sectionsWithData } from '../../src/story/sections';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';
import { englishTexts } from './untranslated.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page, with what says it has finished drawing (its chart, or the page's own heading). */
const PAGES = [
  {
    name: 'prerendered embed',
    path: (lang: string) => `/embed-chpl-tiers.${lang}.html`,
    ready: '#root[data-hydrated="true"]',
  },
  {
    name: 'embed of a spec',
    path: (lang: string) => `/embed.html?chart=chpl-tiers&lang=${lang}`,
    ready: 'figure[data-state="ready"]',
  },
  {
    name: 'explorer',
    path: (lang: string) => `/#/explorer?lang=${lang}`,
    // Its own chart: index.html arrives with the English story's first chart drawn, until the script replaces it.
    ready: readyChart('explorer'),
  },
  { name: 'import page', path: (lang: string) => `/#/import?lang=${lang}`, ready: 'main h1' },
  {
    // The top HS6 codes as ranked bars: the chart's notice of the top N, and the notes' caveats on HS names.
    name: 'explorer, top HS6 codes',
    path: (lang: string) => `/#/explorer?v=1&d=baci-hs6&c=ranked-bar&p=total&by=hs6&n=10&lang=${lang}`,
    ready: readyChart('explorer'),
  },
  {
    // Ready once its last table, the HS relation (read from concordance.csv and chpl.csv), is drawn.
    name: 'Data & sources page',
    path: (lang: string) => `/#/sources?lang=${lang}`,
    ready: 'table[data-table="hs-relation"] tbody tr',
  },
] as const;

describe.each(['zh', 'ru'])('in %s', (lang) => {
  test.each(PAGES)('$name has no English left', async ({ path, ready }) => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}${path(lang)}`);
    await page.locator(ready).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await page.waitForFunction((expected) => document.documentElement.lang.startsWith(expected), lang);
    expect(await englishTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['zh', 'ru'])('the story in %s', (lang) => {
  test('read to its end, has no English left', async () => {
    const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as Manifest;
    const lists = (path: string) => manifest.files.some((file) => file.path === path);
    const steps = sectionsWithData(lists).flatMap((section) => section.steps);
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/#/?lang=${lang}`);
    await page.waitForFunction((expected) => document.documentElement.lang.startsWith(expected), lang);
    // Every step scrolled to, so whatever draws on reaching it has drawn.
    for (const step of steps) {
      await page
        .locator(`.story-step[data-step="${step.id}"]`)
        .evaluate((element) => element.scrollIntoView({ block: 'center' }));
      // A step's chart is under its text, or, for the first step, the one the story opens with.
      await page
        .locator(
          `:is(.story-step[data-step="${step.id}"], .scrolly-sticky[data-active-step="${step.id}"]) figure[data-state="ready"]`,
        )
        .first()
        .waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    }
    await expect
      .poll(() => page.locator('[data-finding] p:not(.finding-loading)').count(), {
        timeout: CHART_READY_TIMEOUT_MS,
      })
      .toBe(steps.length);
    // The published figures marked on the charts, and China Customs' totals, load after the chart itself.
    if (lists(DATA_FILES.gaccReportedTotals) || lists(DATA_FILES.headlineFigures))
      await page.locator('[data-reference-link]').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    await page.waitForLoadState('networkidle');

    expect(await englishTexts(page)).toEqual([]);
    // Read to its end at a phone's width, nothing pushes the page sideways (a long Chinese product name, a quoted
    // file name in a notice).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test.each([
  ['zh', /^按金额显示\d{4}有贸易的[\d,]+个HS6编码中的前10个/],
  ['ru', /^Шестизначные коды ГС с торговлей в \d{4}: показаны 10 из [\d\s]+, крупнейшие по стоимости/],
])('in %s, a ranked chart of HS6 codes says which top N it shows in that language', async (lang, notice) => {
  const { page, errors } = await openPage(browser, { width: 390, height: 900 });
  await page.goto(`${baseUrl}/#/explorer?v=1&d=baci-hs6&c=ranked-bar&p=total&by=hs6&n=10&lang=${lang}`);
  await page.locator(readyChart('explorer')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
  await expect.poll(() => page.locator('.chart-notices').first().textContent()).toMatch(notice);
  expect(errors).toEqual([]);
  await page.close();
});
