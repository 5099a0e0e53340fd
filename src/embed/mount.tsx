import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DataVersionPin } from './data-version';
import { EmbedApp } from './EmbedApp';
import { reportHeight } from './post-height';
import type { EmbedStart } from './start';

/** Renders the embed into `root` and, inside an iframe, keeps telling the host page its height. */
export function mountEmbed(
  root: HTMLElement,
  { request, pin, queryClient, appUrl, currentUrl }: EmbedStart & { appUrl: string; currentUrl: string },
) {
  const reactRoot = createRoot(root);
  // Keyed by the pin's kind: a fallback to the current data (pin-fallback.ts) remounts the figure, which then
  // loads the current files.
  const render = (shown: DataVersionPin) =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <EmbedApp key={shown.kind} request={request} pin={shown} appUrl={appUrl} currentUrl={currentUrl} />
        </QueryClientProvider>
      </StrictMode>,
    );
  render(pin);
  if (pin.kind === 'pinned')
    void import('./pin-fallback').then((fallback) => fallback.watchPinnedFiles(queryClient, pin, render));
  if (window.parent !== window) reportHeight(root);
}
