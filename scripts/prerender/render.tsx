// Loaded by the build (plugin.ts, through Vite's SSR loader so the app's modules and their CSS imports resolve):
// renders each prerendered embed (every preset and the explorer's default view) with the app's own components and the data computed from public/data.
import { renderToString } from 'react-dom/server';
import { createQueryClient } from '../../src/app/query-client';
import { loadChartCode } from '../../src/charts/spec-chart/SpecChartView';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { PrerenderedEmbed } from '../../src/embed/prerendered';
import {
  PRERENDERED_SPECS,
  prerenderedDataFile,
  prerenderedEmbedFile,
  type PrerenderedId,
} from '../../src/embed/prerendered-files';
import { openDataFolder, specChartData } from './chart-data';

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
