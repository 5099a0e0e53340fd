// Social cards (scripts/prerender/cards.ts): after `npm run build`, every preset, the explorer's default view
// and every story step has a 1200x630 PNG drawn from its chart, and a page whose link-preview tags name it by
// an absolute address; the prerendered embeds and the story carry their card too.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import { cardFile, sharePageFile, storyShareId } from '../../src/figure/actions/share-links.ts';
import type { Manifest } from '../../src/data/schema.ts';
import { PRERENDERED_SPECS, prerenderedEmbedFile } from '../../src/figure/prerendered-files.ts';
import { sectionsWithData } from '../../src/story/sections.tsx';
import { FIGURE_SIZES } from '../../src/export/figure-svg.ts';
import { DEFAULT_SITE_URL } from '../../scripts/prerender/plugin.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { HTML_LANG } from '../../src/i18n/locales.ts';

const baseUrl = inject('baseUrl');
const dist = resolve(import.meta.dirname, '..', '..', process.env.BROWSER_TEST_DIST ?? 'dist');
// The build under test was made without SITE_URL unless the environment gives one.
const siteUrl = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
let browser: PwBrowser;

const manifest = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')) as Manifest;
const steps = sectionsWithData((path) => manifest.files.some((f) => f.path === path)).flatMap((s) => s.steps);
const SHARED_IDS = [...Object.keys(PRERENDERED_SPECS), ...steps.map((step) => storyShareId(step.id))];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

function metaContent(html: string, key: string): string | null {
  const tag = new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`).exec(html);
  return tag?.[1] ?? null;
}

describe('social cards', () => {
  test('every preset and story step has a share page whose og:image is its card, by absolute address', () => {
    expect(SHARED_IDS.length).toBeGreaterThanOrEqual(19);
    expect(SHARED_IDS).toContain('story-timeline');
    const problems: string[] = [];
    for (const id of SHARED_IDS) {
      const html = readFileSync(join(dist, sharePageFile(id)), 'utf8');
      const image = metaContent(html, 'og:image');
      if (image !== `${siteUrl}${cardFile(id)}`) problems.push(`${id}: og:image ${image}`);
      if (metaContent(html, 'twitter:card') !== 'summary_large_image') problems.push(`${id}: twitter:card`);
      if (metaContent(html, 'twitter:image') !== image) problems.push(`${id}: twitter:image`);
      if (!/<meta http-equiv="refresh" content="0; url=\.\.\/#\//.test(html))
        problems.push(`${id}: no refresh`);
      const png = readFileSync(join(dist, cardFile(id)));
      // PNG signature, then IHDR's width and height.
      if (
        png.readUInt32BE(16) !== FIGURE_SIZES.social.width ||
        png.readUInt32BE(20) !== FIGURE_SIZES.social.height
      )
        problems.push(`${id}: card is ${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`);
    }
    expect(problems).toEqual([]);
  });

  test('in Chinese and Russian too: every chart has its card and share page in that language', () => {
    const problems: string[] = [];
    for (const locale of ['zh', 'ru'] as const) {
      for (const id of SHARED_IDS) {
        const html = readFileSync(join(dist, sharePageFile(id, locale)), 'utf8');
        if (metaContent(html, 'og:image') !== `${siteUrl}${cardFile(id, locale)}`)
          problems.push(`${id} ${locale}: og:image ${metaContent(html, 'og:image')}`);
        if (!html.includes(`<html lang="${HTML_LANG[locale]}">`)) problems.push(`${id} ${locale}: html lang`);
        // The page leads to the chart in its language, and says so in that language.
        if (!new RegExp(`url=\\.\\./#/[^"]*lang=${locale}`).test(html))
          problems.push(`${id} ${locale}: refresh`);
        const script = locale === 'zh' ? /[\u4e00-\u9fff]/ : /[\u0400-\u04ff]/;
        const title = metaContent(html, 'og:title') ?? '';
        const alt = metaContent(html, 'og:image:alt') ?? '';
        if (!script.test(title) || !script.test(alt))
          problems.push(`${id} ${locale}: title/alt ${title} | ${alt}`);
        const png = readFileSync(join(dist, cardFile(id, locale)));
        if (png.readUInt32BE(16) !== FIGURE_SIZES.social.width) problems.push(`${id} ${locale}: card size`);
      }
      for (const id of Object.keys(PRERENDERED_SPECS)) {
        const html = readFileSync(join(dist, prerenderedEmbedFile(id, locale)), 'utf8');
        if (metaContent(html, 'og:image') !== `${siteUrl}${cardFile(id, locale)}`)
          problems.push(`embed ${id} ${locale}: og:image ${metaContent(html, 'og:image')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the prerendered embeds carry their preset card, the story its first step card', () => {
    for (const id of Object.keys(PRERENDERED_SPECS)) {
      const html = readFileSync(join(dist, prerenderedEmbedFile(id)), 'utf8');
      expect(metaContent(html, 'og:image')).toBe(`${siteUrl}${cardFile(id)}`);
    }
    const story = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(metaContent(story, 'og:image')).toBe(`${siteUrl}${cardFile(storyShareId(steps[0]!.id))}`);
    expect(metaContent(story, 'og:title')).toBe('What China sells Russia in dual-use goods');
    expect(story.match(/property="og:image"/g)).toHaveLength(1);
  });

  test('a card, decoded, is 1200x630 and drawn: many colours, not a blank page', async () => {
    const page = await browser.newPage();
    const cards = [
      cardFile('chpl-tiers'),
      cardFile(storyShareId('chpl-vs-total')),
      cardFile(storyShareId('timeline')),
      cardFile('chpl-tiers', 'zh'),
      cardFile(storyShareId('timeline'), 'ru'),
    ];
    for (const card of cards) {
      // The image as its own document: same origin, so its pixels can be read.
      await page.goto(`${baseUrl}/${card}`);
      const stats = await page.evaluate(() => {
        const image = document.querySelector('img')!;
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let sum = 0;
        let squares = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
          sum += grey;
          squares += grey * grey;
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        }
        const n = data.length / 4;
        return {
          width: canvas.width,
          height: canvas.height,
          variance: squares / n - (sum / n) ** 2,
          colours: colours.size,
        };
      });
      expect(stats.width).toBe(1200);
      expect(stats.height).toBe(630);
      expect(stats.variance).toBeGreaterThan(100);
      expect(stats.colours).toBeGreaterThan(50);
    }
    await page.close();
  });
});
