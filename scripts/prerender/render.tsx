// Loaded by the build (plugin.ts, through Vite's SSR loader so the app's modules and their CSS imports resolve):
// renders each prerendered embed (every preset and the explorer's default view) with the app's own components and the data computed from public/data.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { appRouteOf, cardFile, sharePageFile, storyShareId } from '../../src/app/actions/share-links';
import { createQueryClient } from '../../src/app/query-client';
import { SpecFigure } from '../../src/app/SpecFigure';
import { loadChartCode } from '../../src/charts/spec-chart/SpecChartView';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { PrerenderedEmbed } from '../../src/embed/prerendered';
import {
  PRERENDERED_SPECS,
  prerenderedDataFile,
  prerenderedEmbedFile,
  type PrerenderedId,
} from '../../src/embed/prerendered-files';
import { listsFile } from '../../src/data/query/dataset-availability';
import { sectionsWithData } from '../../src/story/sections';
import { cardStyleSheet, renderCardPng, socialCardSvg } from './cards';
import { openDataFolder, specChartData, type DataFolder } from './chart-data';

export interface PrerenderedChart {
  id: PrerenderedId;
  htmlFile: string;
  dataFile: string;
  data: SpecChartData;
  /** The markup that goes inside #root. */
  html: string;
}

export async function renderPresetEmbeds(dataDir: string, appUrl: string): Promise<PrerenderedChart[]> {
  const folder = openDataFolder(dataDir);
  const charts: PrerenderedChart[] = [];
  for (const id of Object.keys(PRERENDERED_SPECS) as PrerenderedId[]) {
    const data = specChartData(folder, PRERENDERED_SPECS[id]);
    // With the chart type's code loaded, nothing suspends: one complete document, no streaming scripts. The
    // browser does the same before it hydrates (src/embed/boot.ts).
    await loadChartCode(data.spec);
    const html = renderToString(
      <PrerenderedEmbed id={id} data={data} queryClient={createQueryClient()} appUrl={appUrl} />,
    );
    charts.push({ id, htmlFile: prerenderedEmbedFile(id), dataFile: prerenderedDataFile(id), data, html });
  }
  return charts;
}

/** A chart with a page of its own to share (dist/share/<id>.html) and its social card (dist/cards/<id>.png). */
export interface SharedChart {
  id: string;
  title: string;
  /** What the card shows, for og:image:alt. */
  alt: string;
  /** The app's route that shows the chart (the share page leads there). */
  route: string;
  /** The preset's prerendered embed, if the chart has one. */
  embedFile: string | null;
  /** Where the card and the share page are written, under dist/. */
  cardFile: string;
  shareFile: string;
  svg: string;
  png: Buffer;
}

function cardAlt(data: SpecChartData): string {
  return `Chart: ${data.title}. ${data.subtitle}`.trim();
}

/** Every story step that draws a chart, with the build's own steps (monthly ones only when it has their file). */
function storyCharts(folder: DataFolder) {
  const sections = sectionsWithData((path) => listsFile(folder.manifest, path));
  return sections.flatMap((section) => section.steps);
}

/** The figure as the story draws it (its title, no reference marks), rendered on the server. */
async function renderStoryFigure(data: SpecChartData, chartId: string, stepId: string): Promise<string> {
  await loadChartCode(data.spec);
  return renderToString(
    <QueryClientProvider client={createQueryClient()}>
      <SpecFigure spec={data.spec} chartId={chartId} data={data} stepId={stepId} />
    </QueryClientProvider>,
  );
}

/**
 * The social card of every preset (from its prerendered embed, `embeds`) and of every story step, each a page
 * to share. `siteUrl`: the site's public address (absolute, ending in "/"), printed on the cards.
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
  const add = (id: string, data: SpecChartData, html: string, route: string, embedFile: string | null) => {
    const chartUrl = `${siteUrl}${sharePageFile(id)}`;
    const svg = socialCardSvg({ data, html, css, chartUrl, what: id });
    shared.push({
      id,
      title: data.title,
      alt: cardAlt(data),
      route,
      embedFile,
      cardFile: cardFile(id),
      shareFile: sharePageFile(id),
      svg,
      png: renderCardPng(svg),
    });
  };
  for (const embed of embeds) {
    add(embed.id, embed.data, embed.html, appRouteOf({ spec: embed.data.spec }), embed.htmlFile);
  }
  for (const step of storyCharts(folder)) {
    if (step.graphic.kind !== 'spec') continue;
    const data = specChartData(folder, step.graphic.spec, { title: step.graphic.title });
    const html = await renderStoryFigure(data, step.graphic.chartId, step.id);
    add(storyShareId(step.id), data, html, appRouteOf({ stepId: step.id }), null);
  }
  return shared;
}
