// Issue 15: the story ("/") in Chinese and Russian on a 390-px phone and a 1280-px screen: text in the right
// script, findings with the language's own money words and the break named, each quotation of the article in
// English (lang="en") with the project's labelled translation under it, no message id or {argument} left
// unreplaced, no sideways scroll.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { messages as core } from '../../src/i18n/locales/en';
import { messages as pages } from '../../src/i18n/locales/pages/en';
import { launchChromium, openPage, type Browser } from './chromium.ts';

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
    foreign: /[а-яё]/i,
    money: /\d亿美元/,
    basisBreak: '2022年统计口径变化',
    label: '本项目译文',
  },
  {
    lang: 'ru',
    htmlLang: 'ru',
    script: /[а-яё]/i,
    foreign: /[\u4e00-\u9fff]/,
    money: /\d млрд долл\./,
    basisBreak: 'базы учёта 2022 года',
    label: 'Перевод проекта',
  },
] as const;

/** Text a reader must never see: a message id, or an argument the translation left unreplaced. */
function missingMessageMarkers(text: string): string[] {
  const ids = [...Object.keys(core), ...Object.keys(pages)].filter(
    (id) => id.includes('.') && text.includes(id),
  );
  return [...ids, ...(text.match(/\{[a-z]\w*\}/g) ?? [])];
}

describe.each(CASES)(
  'the story in $lang',
  ({ lang, htmlLang, script, foreign, money, basisBreak, label }) => {
    test.each([390, 1280])(
      'at %i px: its language, the article in English, no sideways scroll',
      async (width) => {
        const { page, errors } = await openPage(browser, { width, height: 900 });
        await page.goto(`${baseUrl}/#/?lang=${lang}`);
        await page.waitForFunction((expected) => document.documentElement.lang === expected, htmlLang);
        // Waited for by its words: a finding not yet on the page has no "loading" marker either.
        const tiers = page.locator('.finding[data-finding="tiers"]', { hasText: money });
        await tiers.waitFor({ timeout: 30_000 });
        await page.locator('.finding-loading').first().waitFor({ state: 'detached', timeout: 30_000 });

        expect(await page.locator('h1').textContent()).toMatch(script);
        // The first chart too: the build's ready-made English one is not used in another language.
        const firstTitle = page.locator(
          'figure[data-chart-id="chpl-tiers"][data-state="ready"] .chart-title',
        );
        expect(await firstTitle.first().textContent()).toMatch(script);
        const finding = (await tiers.textContent()) ?? '';
        expect(finding).toMatch(script);
        expect(finding).toMatch(money);
        expect(finding).toContain(basisBreak);
        expect(finding).not.toMatch(/\$\d| bn\b/);

        // The article's words stay its own: English, marked so, each followed by our labelled translation.
        const quotes = page.locator('blockquote.article-quote');
        expect(await quotes.count()).toBe(5);
        for (const quote of await quotes.all()) {
          expect(await quote.getAttribute('lang')).toBe('en');
          const text = (await quote.locator('p').textContent()) ?? '';
          expect(text).toMatch(/^“[A-Za-z]/);
          expect(text).not.toMatch(script);
          const translation = quote.locator('xpath=following-sibling::*[1]');
          expect(await translation.getAttribute('class')).toBe('quote-translation');
          expect(await translation.getAttribute('lang')).toBe(htmlLang);
          expect(await translation.textContent()).toContain(label);
          expect(await translation.textContent()).toMatch(script);
        }

        const body = await page.evaluate(() => document.body.innerText);
        expect(missingMessageMarkers(body)).toEqual([]);
        // The other language's script only in the header's language switch, never in the story.
        expect(await page.locator('article.story').innerText()).not.toMatch(foreign);
        const widths = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
        expect(errors).toEqual([]);
        await page.screenshot({ path: `test-results/story-${lang}-${width}.png`, fullPage: true });
        await page.close();
      },
    );
  },
);

test('switching the language from the header rewrites the story and its findings', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 900 });
  await page.goto(`${baseUrl}/#/?lang=zh`);
  const tiers = page.locator('.finding[data-finding="tiers"]');
  await tiers.filter({ hasText: '亿美元' }).waitFor({ timeout: 30_000 });
  expect(await tiers.textContent()).toContain('亿美元');
  await page.locator('.site-header select').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.locator('h1', { hasText: /[а-яё]/i }).waitFor();
  await tiers.filter({ hasText: /\d млрд долл\./ }).waitFor({ timeout: 30_000 });
  const russian = (await tiers.textContent()) ?? '';
  expect(russian).toMatch(/\d млрд долл\./);
  expect(russian).not.toMatch(/[\u4e00-\u9fff]/);
  expect(await page.locator('.quote-translation').first().getAttribute('lang')).toBe('ru');
  expect(errors).toEqual([]);
  await page.close();
});
