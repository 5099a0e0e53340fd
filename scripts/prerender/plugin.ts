// `vite build` then writes, for every preset and the explorer's default view, dist/embed-<id>.html: embed.html
// with the chart already in it (SVG, title, legend, notes, source line, the screen-reader table), drawn by the
// app's own React components from public/data, plus embed-<id>.json, the data the page hydrates with
// (src/embed/prerendered.tsx). Then, for every preset and every story step, a social card made from the chart
// (dist/cards/<id>.png, ./cards.ts) and a page to share (dist/share/<id>.html) whose meta tags name it by its
// absolute address (SITE_URL), as do the prerendered embeds and the story (index.html). Last, the story for
// readers without JavaScript (dist/static-story.html, ./static-page.ts) and the data of the story's first chart
// (dist/story-first-chart.json), which index.html preloads.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import {
  headersFile,
  META_DIRECTIVES,
  META_POLICY,
  serializePolicy,
  withScriptHashes,
  withStyleHashes,
} from '../csp/policy.ts';
import { earlyRequestScript, withEarlyRequests } from './early-requests.ts';
import { inlineStylesheets } from './inline-styles.ts';
import { LANGUAGE_GATE_HASH, withLanguageGate } from './language-gate.ts';
import { withHeldFiles } from './embed-files.ts';
// Only types from the app: the config loader should not have to read the app's sources (render.tsx does).
import type { PrerenderedChart, SharedChart } from './render.tsx';
import type { EarlyRequestTable } from '../../src/embed/early-requests.ts';
import { socialMeta, sharePage, withSocialImage, type SocialCard } from './social-meta.ts';
import {
  STATIC_STORY_FILE,
  staticStoryPage,
  withStaticStoryLink,
  type StaticStoryFacts,
} from './static-page.ts';

/** The site's public address when SITE_URL is not set: where `npm start` serves the build. */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/** SITE_URL: the absolute address the build is served from (with BASE_URL's path), ending in "/". */
export function siteUrlFromEnv(value = process.env.SITE_URL?.trim()): string {
  const text = value || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL: "${text}" is not an absolute URL (e.g. https://example.org/tools/chpl/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL: "${text}" is not an http(s) URL`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const ROOT_DIV = '<div id="root"></div>';
/** The page the build writes the prerendered embeds from (vite.config.ts's inputs), removed once it has. */
export const PRERENDERED_TEMPLATE = 'embed-prerendered.html';

const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/;
const TITLE = /<title>[\s\S]*?<\/title>/;
const HTML_TAG = /<html lang="[^"]*">/;
/** On #root when it holds the story (src/story/prerendered-story.ts, PRERENDERED_STORY_ATTRIBUTE; a test checks). */
const PRERENDERED_STORY_ATTRIBUTE = 'data-prerendered-story';
/** <html lang> of each language (src/i18n/locales.ts; here, so the config loader does not read the app). */
const HTML_LANG = { en: 'en', zh: 'zh-Hans', ru: 'ru' } as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A data file the page fetches at once, requested with the HTML rather than after the scripts. */
function preloadLink(file: string): string {
  return `<link rel="preload" href="${file}" as="fetch" crossorigin="anonymous" />`;
}

/** index.html with the story's first chart's data requested beside its scripts. Exported for the tests. */
export function withPreload(html: string, file: string): string {
  return html.replace('</head>', `  ${preloadLink(file)}\n  </head>`);
}

/** index.html with the story in #root as the app first renders it (src/app/hydrate-story.tsx hydrates it). */
export function withPrerenderedStory(html: string, storyHtml: string): string {
  if (!html.includes(ROOT_DIV)) throw new Error(`prerender: index.html has no ${ROOT_DIV}`);
  const root = `<div id="root" ${PRERENDERED_STORY_ATTRIBUTE}="true">${storyHtml}</div>`;
  return html.replace(ROOT_DIV, root);
}

/** embed.html, with one chart in it. Exported for the tests. */
export function prerenderedPage(template: string, chart: PrerenderedChart, card?: SocialCard): string {
  if (!template.includes(ROOT_DIV)) throw new Error(`prerender: embed.html has no ${ROOT_DIV}`);
  const { dataFile } = chart;
  // data-lang: the page's language, for the embed's entry (src/embed/boot.ts); <html lang> says it to the reader.
  const lang = chart.locale === 'en' ? '' : ` data-lang="${chart.locale}"`;
  const root =
    `<div id="root" data-prerendered="${escapeHtml(chart.id)}" data-chart-data="${dataFile}"${lang}>` +
    `${chart.html}</div>`;
  // The data leaves with the HTML, not after the scripts: hydration waits for it, the chart does not.
  const preload = preloadLink(dataFile);
  const meta = card ? `${socialMeta(card)}\n    ` : '';
  return template
    .replace(HTML_TAG, `<html lang="${HTML_LANG[chart.locale]}">`)
    .replace(TITLE, `<title>${escapeHtml(chart.pageTitle)}</title>`)
    .replace('</head>', `  ${meta}${preload}\n  </head>`)
    .replace(NOSCRIPT, '')
    .replace(ROOT_DIV, root);
}

/** The built file a page's stylesheet link points at (`href` as Vite wrote it: with the base, or ./-relative). */
function stylesheetFile(outDir: string, base: string, href: string): string {
  const relative = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, '');
  const file = join(outDir, relative);
  if (!existsSync(file)) throw new Error(`prerender: stylesheet ${href} not found at ${file}`);
  return file;
}

/**
 * A prerendered page with its stylesheets inlined (./inline-styles.ts) and its policy allowing exactly those
 * <style> elements. Exported for the tests.
 */
export function withInlinedStyles(
  html: string,
  read: (href: string) => string,
  scriptHashes: readonly string[] = [],
): { html: string; hashes: string[] } {
  const inlined = inlineStylesheets(html, read);
  const meta = `content="${META_POLICY}"`;
  if (!inlined.html.includes(meta))
    throw new Error('prerender: the page has no Content-Security-Policy meta tag');
  // `scriptHashes`: the page's inline scripts (index.html's language check, ./language-gate.ts).
  const policy = serializePolicy(
    withScriptHashes(withStyleHashes(META_DIRECTIVES, inlined.hashes), scriptHashes),
  );
  return { html: inlined.html.replace(meta, `content="${policy}"`), hashes: inlined.hashes };
}

/** A page whose policy allows its inline styles (withInlinedStyles) now allowing its inline scripts too, by hash. */
export function withScriptPolicy(
  html: string,
  styleHashes: readonly string[],
  hashes: readonly string[],
): string {
  const styled = `content="${serializePolicy(withStyleHashes(META_DIRECTIVES, styleHashes))}"`;
  if (!html.includes(styled)) throw new Error('prerender: the page has no Content-Security-Policy meta tag');
  const policy = serializePolicy(withScriptHashes(withStyleHashes(META_DIRECTIVES, styleHashes), hashes));
  return html.replace(styled, `content="${policy}"`);
}

/** Every HTML page of the build (top level and share/), as paths under outDir. */
function builtPages(outDir: string): string[] {
  const html = (dir: string) => readdirSync(join(outDir, dir)).filter((name) => name.endsWith('.html'));
  const shared = existsSync(join(outDir, 'share')) ? html('share').map((name) => `share/${name}`) : [];
  return [...html('.'), ...shared];
}

interface Rendered {
  embeds: PrerenderedChart[];
  shared: SharedChart[];
  /** The story page's markup, every chart drawn (./static-story.tsx). */
  story: string;
  facts: StaticStoryFacts;
  /** index.html's story as the app first renders it, its first chart drawn (./static-story.tsx), if any. */
  storyPage: string | null;
  /** The story's first chart's data, which index.html preloads (src/story/first-chart.ts). */
  firstChart: { file: string; data: PrerenderedChart['data'] } | null;
  /** What embed.html's inline script may request (./early-requests.ts). */
  early: EarlyRequestTable;
}

async function renderCharts(config: ResolvedConfig, siteUrl: string): Promise<Rendered> {
  // A throwaway SSR loader over the same sources: the app's modules (and their CSS imports) load in Node.
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'error',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const render = (await server.ssrLoadModule(resolve(import.meta.dirname, 'render.tsx'))) as Pick<
      typeof import('./render.tsx'),
      'renderPresetEmbeds' | 'renderSharedCharts' | 'renderStory' | 'renderEarlyRequests'
    >;
    const dataDir = join(config.publicDir, 'data');
    const embeds = await render.renderPresetEmbeds(dataDir, `${config.base}#/`);
    // Social cards and share pages in every language, each drawn from that language's prerendered chart.
    const shared = await render.renderSharedCharts(dataDir, config.root, siteUrl, embeds);
    const { html: story, page: storyPage, facts, firstChart } = await render.renderStory(dataDir);
    return {
      embeds,
      shared,
      story,
      storyPage,
      facts,
      firstChart,
      early: render.renderEarlyRequests(dataDir),
    };
  } finally {
    await server.close();
  }
}

function socialCard(chart: SharedChart, siteUrl: string): SocialCard {
  return {
    title: chart.title,
    description: chart.alt,
    image: `${siteUrl}${chart.cardFile}`,
    imageAlt: chart.alt,
    url: `${siteUrl}${chart.shareFile}`,
    siteName: chart.appName,
  };
}

/** A shared chart's key among the cards: its id and language (each chart has a card per language). */
const cardKey = (id: string, locale: string) => `${id}|${locale}`;

function writeShared(
  outDir: string,
  shared: readonly SharedChart[],
  cards: ReadonlyMap<string, SocialCard>,
  template: string,
): void {
  mkdirSync(join(outDir, 'cards'), { recursive: true });
  mkdirSync(join(outDir, 'share'), { recursive: true });
  for (const chart of shared) {
    writeFileSync(join(outDir, chart.cardFile), chart.png);
    const words = { lang: chart.htmlLang, siteName: chart.appName, openChart: chart.openChart };
    writeFileSync(
      join(outDir, chart.shareFile),
      sharePage(template, cards.get(cardKey(chart.id, chart.locale))!, chart.route, words),
    );
  }
}

export function prerenderEmbeds(): Plugin {
  let config: ResolvedConfig | undefined;
  let done = false;
  return {
    name: 'prerender-embeds',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config || done || config.build.ssr) return;
      done = true;
      const outDir = resolve(config.root, config.build.outDir);
      const siteUrl = siteUrlFromEnv();
      // The prerendered pages' template: embed.html's page with the prerendered pages' own entry (src/embed/boot.ts,
      // without the reader's-spec first drawing and its string renderer). Only a template: not served.
      const templateFile = join(outDir, PRERENDERED_TEMPLATE);
      const template = readFileSync(templateFile, 'utf8');
      rmSync(templateFile);
      const { embeds, shared, story, storyPage, facts, firstChart, early } = await renderCharts(
        config,
        siteUrl,
      );
      // Keyed by chart and language: one card per chart and language.
      const cards = new Map(
        shared.map((chart) => [cardKey(chart.id, chart.locale), socialCard(chart, siteUrl)]),
      );
      const readStylesheet = (href: string) =>
        readFileSync(stylesheetFile(outDir, config!.base, href), 'utf8');
      const styleHashes = new Map<string, string[]>();
      const scriptHashes = new Map<string, string[]>();
      for (const chart of embeds) {
        const card = cards.get(cardKey(chart.id, chart.locale));
        const page = card && { ...card, url: `${siteUrl}${chart.htmlFile}` };
        const { html, hashes } = withInlinedStyles(prerenderedPage(template, chart, page), readStylesheet);
        styleHashes.set(chart.htmlFile, hashes);
        writeFileSync(join(outDir, chart.htmlFile), html);
        writeFileSync(join(outDir, chart.dataFile), JSON.stringify(chart.data));
      }
      writeShared(outDir, shared, cards, template);
      // The ordinary embed (a reader's own spec) inlines its stylesheets too: three round trips fewer before
      // its chart can paint, allowed by hash like the prerendered pages'.
      // ...and the build-time data files it reads before drawing (./embed-files.ts).
      // ...and its one inline script, which sends the spec's data requests before the scripts arrive.
      const embedPage = withInlinedStyles(
        withHeldFiles(readFileSync(join(outDir, 'embed.html'), 'utf8'), join(config.publicDir, 'data')),
        readStylesheet,
      );
      const withEarly = withEarlyRequests(embedPage.html, earlyRequestScript(early, config.base));
      styleHashes.set('embed.html', embedPage.hashes);
      scriptHashes.set('embed.html', [withEarly.hash]);
      writeFileSync(
        join(outDir, 'embed.html'),
        withScriptPolicy(withEarly.html, embedPage.hashes, [withEarly.hash]),
      );
      // The story's link preview: its first step's card.
      const first = shared.find((chart) => chart.locale === 'en' && chart.route.startsWith('#/?step='));
      const indexFile = join(outDir, 'index.html');
      let index = readFileSync(indexFile, 'utf8');
      if (first) index = withSocialImage(index, { ...cards.get(cardKey(first.id, 'en'))!, url: siteUrl });
      // Without JavaScript, the story as the build drew it (static-page.ts).
      // Its stylesheets inline too: a page without scripts is drawn once its HTML and CSS are in.
      const staticStory = withInlinedStyles(staticStoryPage(index, story, facts), readStylesheet);
      styleHashes.set(STATIC_STORY_FILE, staticStory.hashes);
      writeFileSync(join(outDir, STATIC_STORY_FILE), staticStory.html);
      // With the story drawn in it, index.html shows it without JavaScript too, and links to the static one.
      index = withStaticStoryLink(index, { redirect: storyPage === null });
      if (firstChart) {
        writeFileSync(join(outDir, firstChart.file), JSON.stringify(firstChart.data));
        index = withPreload(index, firstChart.file);
      }
      if (storyPage) {
        // Its stylesheets inline too, like the prerendered embeds': the first chart paints with the HTML alone.
        // And its language checked before the first paint: a Chinese or Russian reader never sees its English.
        const page = withInlinedStyles(
          withLanguageGate(withPrerenderedStory(index, storyPage)),
          readStylesheet,
          [LANGUAGE_GATE_HASH],
        );
        styleHashes.set('index.html', page.hashes);
        scriptHashes.set('index.html', [LANGUAGE_GATE_HASH]);
        index = page.html;
      }
      writeFileSync(indexFile, index);
      // For hosts that send the policy as a header (README): each page's own, its style hashes included.
      const policies = builtPages(outDir).map((file) => ({
        file,
        styleHashes: styleHashes.get(file) ?? [],
        scriptHashes: scriptHashes.get(file) ?? [],
      }));
      writeFileSync(join(outDir, '_headers'), headersFile(policies));
    },
  };
}
