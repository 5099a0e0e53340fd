// Share: every chart's Share button opens a panel with the chart's link (copied with a visible confirmation, or
// selected where the clipboard is refused), its embed code and plain social links; Escape closes it and gives
// focus back; a shared story link opens the story at its step.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, chartFigure, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const artifactsDir = join(import.meta.dirname, '..', '..', 'test-results');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openShare(page: Page, figure: string) {
  const button = page.locator(`${figure} .chart-actions`).getByRole('button', { name: /^Share/ });
  await button.click();
  const panel = page.locator(`${figure} .share-panel`);
  await panel.waitFor({ timeout: 10_000 });
  return { button, panel };
}

describe('share panel', () => {
  test('story step: copies the link to the step, confirms, Escape closes and returns focus', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    // Tall enough that the sticky chart's actions are in view without scrolling on to the next step.
    const { page, errors } = await openPage(browser, { width: 1280, height: 2200 });
    await page.goto(`${baseUrl}/#/`);
    const figure = chartFigure('chpl-tiers');
    await page.locator(readyChart('chpl-tiers')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { button, panel } = await openShare(page, figure);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const link = await panel.locator('[data-share-link]').inputValue();
    expect(link).toMatch(/\/#\/\?step=tiers$|\/share\/story-tiers\.html$/);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.screenshot({ path: join(artifactsDir, 'share-story-1280.png') });
    // Plain links, each carrying the chart's address.
    const hrefs = await panel
      .locator('a[data-share-site]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs.slice(0, 4)) expect(href).toContain(encodeURIComponent(link));
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('embed without a clipboard: the link field is selected, and the embed code is there', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.goto(`${baseUrl}/embed-chpl-tiers.html`);
    const figure = 'figure.chart[data-state="ready"]';
    await page.locator(figure).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    // A prerendered embed is "ready" in its HTML before React hydrates it: the buttons answer only after that.
    await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { panel } = await openShare(page, 'figure.chart');
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => panel.locator('[role="status"]').textContent())
      .toBe('Link selected: press Ctrl+C (⌘C) to copy.');
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toMatch(/#\/explorer\?|\/share\/chpl-tiers\.html$/);
    expect(selected.startsWith(`${baseUrl}/`)).toBe(true);
    expect(await panel.locator('[data-share-embed]').inputValue()).toContain(
      `${baseUrl}/embed-chpl-tiers.html`,
    );
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'share-embed-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('explorer: the link reproduces the chart shown', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/explorer?v=1&p=t:4.B`);
    await page.locator(readyChart('explorer')).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { panel } = await openShare(page, chartFigure('explorer'));
    const link = await panel.locator('[data-share-link]').inputValue();
    expect(link.startsWith(`${baseUrl}/#/explorer?`)).toBe(true);
    expect(decodeURIComponent(link)).toContain('t:4.B');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a shared story link (the step share page) opens the story at its step', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl}/share/story-eu-neighbours.html`);
    await page.waitForURL(/#\/\?step=eu-neighbours$/, { timeout: 10_000 });
    const step = page.locator('.story-step[data-step="eu-neighbours"]');
    await expect
      .poll(() => step.evaluate((el) => el.getBoundingClientRect().top), { timeout: 20_000 })
      .toBeLessThan(900);
    expect(await step.evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the story timeline, at phone width, shares its own step page', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseUrl}/#/`);
    const figure = 'figure[data-chart-id="sanctions-timeline"][data-state="ready"]';
    await page.locator(figure).first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const { panel } = await openShare(page, figure);
    expect(await panel.locator('[data-share-link]').inputValue()).toBe(
      `${baseUrl}/share/story-timeline.html`,
    );
    expect(await panel.locator('[data-share-embed]').count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'share-timeline-390.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
