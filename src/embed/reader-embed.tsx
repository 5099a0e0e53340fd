// A reader's-spec embed (embed.html with its own spec) as one tree, rendered twice with the same props: to HTML in
// the browser before react-dom's client has arrived (./first-draw.tsx), then hydrated by the client
// (./hydrate-reader.tsx). mount.tsx renders it too, without a width (the chart measures its own).
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { InitialChartWidth } from '../charts/kit/useElementWidth';
import type { DataVersionPin } from './data-version';
import { EmbedApp } from './EmbedApp';
import type { EmbedRequest } from '../spec/embed-params';

export interface ReaderEmbedProps {
  request: EmbedRequest;
  pin: DataVersionPin;
  queryClient: QueryClient;
  appUrl: string;
  currentUrl: string;
  /** The chart's width in the first drawing, where hydration starts too; none when nothing was drawn first. */
  width?: number;
}

export function ReaderEmbed({ request, pin, queryClient, appUrl, currentUrl, width }: ReaderEmbedProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <InitialChartWidth.Provider value={width}>
          <EmbedApp key={pin.kind} request={request} pin={pin} appUrl={appUrl} currentUrl={currentUrl} />
        </InitialChartWidth.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
