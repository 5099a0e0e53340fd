// Issue 15's pseudo-locale check, run with the real languages: every page a reader can open, in Chinese and in
// Russian, at a phone's width, must show no English word outside what says it is English on purpose (lang="en")
// or not for translation (translate="no"). A hard-coded string or a missing translation fails here, named with
// where it is on the page (./untranslated.ts). Not yet here: the story and the Data & sources page, whose event
// labels, published figures' claims and sources' citations are still shown in English without a mark, and the
// notices of a ranked-bar chart of HS6 codes (top N, per-code HS 2017 approximations), still English.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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
