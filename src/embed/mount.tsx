import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp';
import { reportHeight } from './post-height';
import type { EmbedStart } from './start';

/** Renders the embed into `root` and, inside an iframe, keeps telling the host page its height. */
export function mountEmbed(
  root: HTMLElement,
  { request, pin, queryClient, appUrl, currentUrl }: EmbedStart & { appUrl: string; currentUrl: string },
) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <EmbedApp request={request} pin={pin} appUrl={appUrl} currentUrl={currentUrl} />
      </QueryClientProvider>
    </StrictMode>,
  );
  if (window.parent !== window) reportHeight(root);
}
