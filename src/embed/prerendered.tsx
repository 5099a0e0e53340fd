// A prerendered embed (dist/embed-<id>.html, ids in ./prerendered-files.ts): the build renders this tree to HTML with the chart's data
// (scripts/prerender/), and the page hydrates the very same tree with the very same data, so the chart is in
// the HTML before any script runs and nothing is drawn twice. Both sides must render identically: nothing here
// may depend on the browser (the app link stays relative, the URL's own options are not read).
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { SpecChartData } from '../charts/spec-chart/types';
import { PRESETS } from '../spec/presets';
import { EmbedApp } from './EmbedApp';
import { DEFAULT_EMBED_OPTIONS, type EmbedRequest } from '../spec/embed-params';
import { PRERENDERED_SPECS, type PrerenderedId } from '../figure/prerendered-files';
import { InitialChartWidth } from '../charts/kit/useElementWidth';

export function prerenderedRequest(id: PrerenderedId): EmbedRequest {
  const presetId = Object.hasOwn(PRESETS, id) ? id : null;
  return { ...DEFAULT_EMBED_OPTIONS, spec: PRERENDERED_SPECS[id], presetId, notices: [] };
}

export interface PrerenderedEmbedProps {
  id: PrerenderedId;
  data: SpecChartData;
  queryClient: QueryClient;
  /** Relative, e.g. "./#/": the same on the build machine and in the browser. */
  appUrl: string;
  /** The width the build drew this layout at (./prerender-layouts.ts), where hydration starts too. */
  width: number;
}

export function PrerenderedEmbed({ id, data, queryClient, appUrl, width }: PrerenderedEmbedProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <InitialChartWidth.Provider value={width}>
          <EmbedApp request={prerenderedRequest(id)} pin={{ kind: 'current' }} appUrl={appUrl} data={data} />
        </InitialChartWidth.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
