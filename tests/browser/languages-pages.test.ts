// Issue 15: the explorer and the import page in Chinese and Russian on a 390-px phone (and a 1280-px screen):
// words in the language's script, numbers in its own format, no message id or {argument} left unreplaced, and
// nothing clipped: no sideways scroll and no control whose text overflows its box (Russian runs 30-40% longer).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { messages as core } from '../../src/i18n/locales/en';
import { messages as pages } from '../../src/i18n/locales/pages/en';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
const GACC = join(import.meta.dirname, '..', 'fixtures', 'importers', 'gacc-en-no-period.csv');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  {
    lang: 'zh',
    script: /[\u4e00-\u9fff]/,
    explorer: '数据浏览',
    importTitle: '使用您自己的文件',
    money: /^\d+(\.\d+)?亿美元$/,
    leftOut: '4行未导入',
    columns: ['行', '列', '值', '应为'],
    sources: '数据与来源',
    year: '年份',
    sum: /^\d[\d,]*(\.\d+)?亿美元$/,
  },
  {
    lang: 'ru',
    script: /[а-яё]/i,
    explorer: 'Обзор данных',
    importTitle: 'Использовать свой файл',
    money: /^\d+(,\d+)? млрд долл\.$/,
    leftOut: 'Не принято строк: 4',
    columns: ['Строка', 'Столбец', 'Значение', 'Ожидалось'],
    sources: 'Данные и источники',
    year: 'Год',
    sum: /^\d+(,\d+)? млрд долл\.$/,
  },
] as const;

/** Text a reader must never see: a message id, or an argument the translation left unreplaced. */
function missingMessageMarkers(text: string): string[] {
  const ids = [...Object.keys(core), ...Object.keys(pages)].filter((id) => text.includes(id));
  const placeholders = text.match(/\{[a-z]\w*\}/g) ?? [];
  return [...ids, ...placeholders];
}

/** Sideways scroll of the page, and every visible control or label whose text is wider than its box. */
async function clipping(page: Page): Promise<{ scroll: [number, number]; clipped: string[] }> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const selector =
      'main button, main select, main label, main legend, main summary, main .chip, main th, main h1, main h2, main dt';
    const clipped = Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden'))
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map(
        (element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 60)}`,
      );
    return { scroll: [scroller.scrollWidth, window.innerWidth] as [number, number], clipped };
  });
}

describe.each(CASES)('the explorer in $lang', ({ lang, script, explorer, money }) => {
  test('speaks the language, formats its numbers and fits a 390-px phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/#/explorer?lang=${lang}`);
    await page.locator('h1', { hasText: explorer }).waitFor();
    const figure = page.locator(readyChart('explorer'));
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // The folded panel opens, and a tier shows its codes: the longest labels of the page.
    await page.locator('.controls-toggle').first().click();
    await page.locator('.tier-row .link-button').first().click();
    await page.locator('.code-list li[data-hs6]').first().waitFor();

    const controls = (await page.locator('.explorer-controls').innerText()).trim();
    expect(controls).toMatch(script);
    const ticks = await figure.locator('svg text').allTextContents();
    expect(
      ticks.some((text) => money.test(text)),
      ticks.join(' | '),
    ).toBe(true);
    expect(missingMessageMarkers(await page.evaluate(() => document.body.innerText))).toEqual([]);
    const { scroll, clipped } = await clipping(page);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, `explorer-${lang}-390.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fits a 1280-px screen', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/explorer?lang=${lang}`);
    await page.locator(readyChart('explorer')).waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { scroll, clipped } = await clipping(page);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, `explorer-${lang}-1280.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(CASES)('the import page in $lang', ({ lang, script, importTitle, leftOut, columns }) => {
  test('asks, previews and lists the rows left out in the language, on a 390-px phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/#/import?lang=${lang}`);
    await page.locator('h1', { hasText: importTitle }).waitFor();
    expect(await page.locator('.file-drop').innerText()).toMatch(script);

    await page.setInputFiles('input[type=file]', GACC);
    const form = page.locator('form.needs-form');
    await form.waitFor({ timeout: 20_000 });
    expect(await form.locator('h2').innerText()).toMatch(script);
    await form.locator('input[name=period]').fill('2023');
    await form.locator('input[name=flow][value=exports]').check();
    await form.locator('button[type=submit]').click();

    await page.locator('.rejected h2', { hasText: leftOut }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.rejected-table thead th').allTextContents()).toEqual(columns);
    // The summary's counts are grouped the language's way; its labels are in the language's script.
    expect(await page.locator('.import-summary dt').first().innerText()).toMatch(script);
    expect(missingMessageMarkers(await page.evaluate(() => document.body.innerText))).toEqual([]);
    const { scroll, clipped } = await clipping(page);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, `import-${lang}-390.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fits a 1280-px screen', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/import?lang=${lang}`);
    await page.locator('h1', { hasText: importTitle }).waitFor();
    const { scroll, clipped } = await clipping(page);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, `import-${lang}-1280.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(CASES)('the Data & sources page in $lang', ({ lang, script, sources, year, sum }) => {
  test('heads its tables in the language and fits a 390-px phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.goto(`${baseUrl}/#/sources?lang=${lang}`);
    await page.locator('h1', { hasText: sources }).waitFor();
    const reconciliation = page.locator('table[data-table="reconciliation"]');
    await reconciliation.waitFor({ timeout: 20_000 });
    expect(await reconciliation.locator('thead th').first().innerText()).toBe(year);
    // BACI's sum for its latest year, written the language's way.
    const baci = await reconciliation.locator('tbody tr td:first-of-type').allInnerTexts();
    expect(baci.filter((text) => text !== '—').at(-1)).toMatch(sum);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(script)]),
    );
    await page.locator('table[data-table="hs-relation"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('table[data-table="hs-relation"] caption').innerText()).toMatch(script);
    expect(missingMessageMarkers(await page.evaluate(() => document.body.innerText))).toEqual([]);
    const { scroll } = await clipping(page);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
    await page.screenshot({ path: join(artifactsDir, `sources-${lang}-390.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
