// Issue 15: an embed and the app's header in Chinese and Russian. The right script, numbers in the language's
// own words, <html lang>, no message id or {argument} left unreplaced, no sideways scroll on a 390-px phone;
// the language kept in the URL, chosen from the browser for a bare link, and a bad value named in a notice.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { messages as english } from '../../src/i18n/locales/en';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  {
    lang: 'zh',
    htmlLang: 'zh-Hans',
    script: /[\u4e00-\u9fff]/,
    tier: '第 1 级',
    money: /^\d+亿美元$/,
    download: '下载',
    nav: '报道',
  },
  {
    lang: 'ru',
    htmlLang: 'ru',
    script: /[а-яё]/i,
    tier: 'Уровень 1',
    money: /^\d+ млрд долл\.$/,
    download: 'Скачать',
    nav: 'Статья',
  },
] as const;

/** Text a reader must never see: a message id, or an argument the translation left unreplaced. */
function missingMessageMarkers(text: string): string[] {
  const ids = Object.keys(english).filter((id) => text.includes(id));
  const placeholders = text.match(/\{[a-z]\w*\}/g) ?? [];
  return [...ids, ...placeholders];
}

describe.each(CASES)('the embed in $lang', ({ lang, htmlLang, script, tier, money, download }) => {
  test('is written in its language, with its numbers, and fits a 390-px phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers&lang=${lang}`);
    const figure = page.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(htmlLang);
    const legend = await figure.locator('.legend-label').allTextContents();
    expect(legend).toContain(tier);
    // The y axis's largest tick: a sum of billions in the language's own words.
    const ticks = await figure.locator('svg text').allTextContents();
    expect(
      ticks.some((text) => money.test(text)),
      ticks.join(' | '),
    ).toBe(true);
    expect(await page.locator('.chart-actions').textContent()).toContain(download);
    expect(await page.locator('.source-line').first().textContent()).toMatch(script);
    // The title and subtitle computed from the spec (describe-spec.ts) are written in the language too.
    expect(await figure.locator('.chart-title').first().textContent()).toMatch(script);
    expect(await figure.locator('.chart-subtitle').first().textContent()).toMatch(script);
    const body = await page.evaluate(() => document.body.innerText);
    expect(missingMessageMarkers(body)).toEqual([]);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `test-results/embed-${lang}-390.png`, fullPage: true });
    await page.close();
  });
});

describe.each(CASES)('the app header in $lang', ({ lang, htmlLang, nav }) => {
  test('names the pages in its language, keeps lang= in the URL and switches from the header', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/#/?lang=${lang}`);
    const header = page.locator('.site-header');
    await header.locator('nav a.active').waitFor();
    expect(await header.locator('nav a.active').textContent()).toBe(nav);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(htmlLang);
    expect(missingMessageMarkers((await header.textContent()) ?? '')).toEqual([]);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await page.screenshot({ path: `test-results/header-${lang}-390.png` });

    // Another page keeps the language; the switch changes it, in the URL too.
    await header.locator('nav a[href*="sources"]').click();
    await page.waitForURL(/#\/sources\?lang=/);
    expect(page.url()).toContain(`lang=${lang}`);
    await header.locator('select').selectOption('en');
    await page.waitForURL(/lang=en/);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await header.locator('nav a.active').textContent()).toBe('Data & sources');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('choosing the language', () => {
  test("a bare link follows the browser's languages", async () => {
    const { page } = await openPage(browser, { width: 800, height: 900 });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['ru-RU', 'en'] });
    });
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('.chart-actions').textContent()).toContain('Скачать');
    await page.close();
  });

  test('a prerendered preset page drawn in Russian keeps its own chart', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 900 });
    await page.goto(`${baseUrl}/embed-chpl-tiers.html?lang=ru`);
    // The build's English chart shows until the Russian one replaces it.
    const russian = page.locator(`${readyChart('chpl-tiers')} .legend-label`, { hasText: 'Уровень 4.B' });
    await russian.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.locator('.legend-label').count()).toBe(6);
    expect(await page.locator('.embed-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a lang= that is not ours is named in the notice, and the chart stays in the default language', async () => {
    const { page } = await openPage(browser, { width: 800, height: 900 });
    await page.goto(`${baseUrl}/embed.html?chart=chpl-tiers&lang=klingon`);
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    expect(await page.locator('.embed-notice').textContent()).toContain('lang=klingon');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});
