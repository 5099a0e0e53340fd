// Loaded by the build (plugin.ts, through Vite's SSR loader so the app's modules and their CSS imports resolve):
// renders each prerendered embed (every preset and the explorer's default view) with the app's own components and the data computed from public/data.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { appRouteOf, cardFile, sharePageFile, storyShareId } from '../../src/figure/actions/share-links';
import { createQueryClient } from '../../src/figure/query-client';
import { SpecFigure } from '../../src/figure/SpecFigure';
import { loadFigureActions, loadFigureCode } from '../../src/figure/SpecFigure';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { PrerenderedEmbed } from '../../src/embed/prerendered';
import { LAYOUT_NAMES, layoutIdPrefix, PRERENDER_LAYOUTS } from '../../src/embed/prerender-layouts';
import {
  PRERENDERED_SPECS,
  prerenderedDataFile,
  prerenderedEmbedFile,
  type PrerenderedId,
} from '../../src/figure/prerendered-files';
import { listsFile } from '../../src/query/dataset-availability';
import { sectionsWithData } from '../../src/story/sections';
import { DATA_FILES } from '../../src/data/files';
import type { EventRow } from '../../src/data/schema';
import { CATEGORY_LABELS, timelineSource } from '../../src/story/Timeline';
import { cardStyleSheet, plainCardSvg, renderCardPng, socialCardSvg, timelineChartSvg } from './cards';
import { openDataFolder, specChartData, type DataFolder } from './chart-data';
import { renderStaticStory, renderStoryPage } from './static-story';
import { FIRST_CHART_FILE, firstChartStep } from '../../src/story/first-chart';
import { appName } from '../../src/figure/app-name';
import { activateLocale, addCatalogue } from '../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../src/i18n/pages-catalogue';
import { LATER_CATALOGUE } from '../../src/i18n/later-catalogue';
import {
  chartCardAlt,
  openChartIn,
  timelineCardAlt,
  timelineCardSubtitle,
} from '../../src/export/card-words';
import { HTML_LANG, LOCALES, SOURCE_LOCALE, type Locale } from '../../src/i18n/locales';
import { earlyRequestTable, type EarlyRequestTable } from '../../src/embed/early-requests';

/** What embed.html's inline script may request for a reader's spec, from this build's data (./early-requests.ts). */
export function renderEarlyRequests(dataDir: string): EarlyRequestTable {
  return earlyRequestTable(new Set(openDataFolder(dataDir).manifest.files.map((file) => file.path)));
}

/** The story with every step's chart drawn, for dist/static-story.html, and the data it was drawn from. */
export async function renderStory(dataDir: string) {
  const folder = openDataFolder(dataDir);
  const { dataVersion, generatedAt } = folder.manifest;
  const explorerFile = prerenderedEmbedFile('explorer-default');
  // The story's first chart, ready-made: index.html preloads it (src/story/first-chart.ts).
  const first = firstChartStep();
  const firstChart = first
    ? {
        file: FIRST_CHART_FILE,
        data: specChartData(folder, first.graphic.spec, { title: first.graphic.title }),
      }
    : null;
  return {
    html: await renderStaticStory(folder),
    // index.html's story, its first chart drawn (none without a first chart: the page renders in the browser).
    page: firstChart ? await renderStoryPage(firstChart.data) : null,
    facts: { dataVersion, generatedAt, explorerFile },
    firstChart,
  };
}

export interface PrerenderedChart {
  id: PrerenderedId;
  /** The language it is drawn in. */
  locale: Locale;
  /** The page's <title>, in its language. */
  pageTitle: string;
  htmlFile: string;
  dataFile: string;
  data: SpecChartData;
  /** The markup that goes inside #root. */
  html: string;
}

export async function renderPresetEmbeds(dataDir: string, appUrl: string): Promise<PrerenderedChart[]> {
  const charts: PrerenderedChart[] = [];
  // One page per language, each drawn with that language active (titles, notes, numbers, series names); English
  // is left active for what the build renders next.
  try {
    for (const locale of LOCALES) {
      await activateLocale(locale);
      charts.push(...(await renderEmbedsIn(locale, dataDir, appUrl)));
    }
  } finally {
    await activateLocale(SOURCE_LOCALE);
  }
  return charts;
}

async function renderEmbedsIn(locale: Locale, dataDir: string, appUrl: string): Promise<PrerenderedChart[]> {
  const folder = openDataFolder(dataDir);
  const charts: PrerenderedChart[] = [];
  for (const id of Object.keys(PRERENDERED_SPECS) as PrerenderedId[]) {
    const data = specChartData(folder, PRERENDERED_SPECS[id]);
    // With the chart type's code loaded, nothing suspends: one complete document, no streaming scripts. The
    // browser does the same before it hydrates (src/embed/boot.ts). The actions' code too, so the HTML holds them.
    await Promise.all([loadFigureCode(data.spec), loadFigureActions()]);
    // Each layout in a wrapper of its own (src/embed/prerender-layouts.ts): the page shows one, hydration keeps it.
    const html = LAYOUT_NAMES.map((layout) => {
      const chart = renderToString(
        <PrerenderedEmbed
          id={id}
          data={data}
          queryClient={createQueryClient()}
          appUrl={appUrl}
          width={PRERENDER_LAYOUTS[layout]}
        />,
        { identifierPrefix: layoutIdPrefix(layout) },
      );
      return `<div class="prerendered-layout" data-layout="${layout}">${chart}</div>`;
    }).join('');
    charts.push({
      id,
      locale,
      htmlFile: prerenderedEmbedFile(id, locale),
      dataFile: prerenderedDataFile(id, locale),
      data,
      html,
      pageTitle: `${data.title} · ${appName()}`,
    });
  }
  return charts;
}

/** A chart with a page of its own to share (dist/share/<id>.html) and its social card (dist/cards/<id>.png). */
export interface SharedChart {
  id: string;
  /** The language its card and page are in (each chart has one of each per language). */
  locale: Locale;
  title: string;
  /** What the card shows, for og:image:alt. */
  alt: string;
  /** The app's route that shows the chart in that language (the share page leads there). */
  route: string;
  /** The preset's prerendered embed, if the chart has one. */
  embedFile: string | null;
  /** Where the card and the share page are written, under dist/. */
  cardFile: string;
  shareFile: string;
  /** Its `<html lang>` (the share page's). */
  htmlLang: string;
  /** The app's name in that language, for the share page. */
  appName: string;
  /** The share page's link to the chart, for readers whose browser does not follow its refresh. */
  openChart: string;
  svg: string;
  png: Buffer;
}

/** Every story step that draws a chart, with the build's own steps (monthly ones only when it has their file). */
function storyCharts(folder: DataFolder) {
  const sections = sectionsWithData((path) => listsFile(folder.manifest, path));
  return sections.flatMap((section) => section.steps);
}

/** The figure as the story draws it (its title, no reference marks), rendered on the server. */
async function renderStoryFigure(data: SpecChartData, chartId: string, stepId: string): Promise<string> {
  await Promise.all([loadFigureCode(data.spec), loadFigureActions()]);
  return renderToString(
    <QueryClientProvider client={createQueryClient()}>
      <SpecFigure spec={data.spec} chartId={chartId} data={data} stepId={stepId} />
    </QueryClientProvider>,
  );
}

/**
 * The social card of every preset (from its prerendered embed, `embeds`, which holds every language's) and of
 * every story step, each a page to share, in every language: a link shared from a Chinese page previews a
 * Chinese card. `siteUrl`: the site's public address (absolute, ending in "/"), printed on the cards.
 */
export async function renderSharedCharts(
  dataDir: string,
  root: string,
  siteUrl: string,
  embeds: readonly PrerenderedChart[],
): Promise<SharedChart[]> {
  const folder = openDataFolder(dataDir);
  const css = cardStyleSheet(root);
  const shared: SharedChart[] = [];
  // The story's words (step titles, the timeline's) and the cards' own (alt texts, the figure's frame).
  addCatalogue(PAGES_CATALOGUE);
  addCatalogue(LATER_CATALOGUE);
  try {
    for (const locale of LOCALES) {
      await activateLocale(locale);
      const inLocale = embeds.filter((embed) => embed.locale === locale);
      shared.push(...(await renderSharedIn(locale, folder, css, siteUrl, inLocale)));
    }
  } finally {
    await activateLocale(SOURCE_LOCALE);
  }
  return shared;
}

async function renderSharedIn(
  locale: Locale,
  folder: DataFolder,
  css: string,
  siteUrl: string,
  embeds: readonly PrerenderedChart[],
): Promise<SharedChart[]> {
  const shared: SharedChart[] = [];
  const name = appName();
  const add = (
    id: string,
    title: string,
    alt: string,
    route: string,
    embedFile: string | null,
    svg: string,
  ) => {
    shared.push({
      id,
      locale,
      title,
      alt,
      route,
      embedFile,
      cardFile: cardFile(id, locale),
      shareFile: sharePageFile(id, locale),
      htmlLang: HTML_LANG[locale],
      appName: name,
      openChart: openChartIn(name),
      svg,
      png: renderCardPng(svg),
    });
  };
  const chartUrlOf = (id: string) => `${siteUrl}${sharePageFile(id, locale)}`;
  const specCard = (id: string, data: SpecChartData, html: string) =>
    socialCardSvg({ data, html, css, chartUrl: chartUrlOf(id), what: `${id} (${locale})` });
  for (const embed of embeds) {
    const route = appRouteOf({ spec: embed.data.spec }, locale);
    add(
      embed.id,
      embed.data.title,
      chartCardAlt(embed.data.title, embed.data.subtitle),
      route,
      embed.htmlFile,
      specCard(embed.id, embed.data, embed.html),
    );
  }
  for (const step of storyCharts(folder)) {
    const id = storyShareId(step.id);
    const route = appRouteOf({ stepId: step.id }, locale);
    const { graphic } = step;
    if (graphic.kind === 'timeline') {
      const events = folder.table(DATA_FILES.events, 'events').rows as EventRow[];
      const years = events.map((e) => e.date.slice(0, 4)).sort();
      const subtitle = timelineCardSubtitle(events.length, years[0] ?? '', years.at(-1) ?? '');
      const svg = plainCardSvg({
        html: timelineChartSvg(events, CATEGORY_LABELS),
        title: graphic.title,
        subtitle,
        sourceLine: timelineSource(),
        chartUrl: chartUrlOf(id),
        what: `${id} (${locale})`,
      });
      add(id, graphic.title, timelineCardAlt(graphic.title, subtitle), route, null, svg);
      continue;
    }
    const data = specChartData(folder, graphic.spec, { title: graphic.title });
    const html = await renderStoryFigure(data, graphic.chartId, step.id);
    add(id, data.title, chartCardAlt(data.title, data.subtitle), route, null, specCard(id, data, html));
  }
  return shared;
}
