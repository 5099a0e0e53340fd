import { createRoot } from 'react-dom/client';
import type { DataVersionPin } from './data-version';
import { reportHeight } from './post-height';
import { ReaderEmbed } from './reader-embed';
import type { EmbedStart } from './start';

/** Renders the embed into `root` and, inside an iframe, keeps telling the host page its height. */
export function mountEmbed(
  root: HTMLElement,
  { request, pin, queryClient, appUrl, currentUrl }: EmbedStart & { appUrl: string; currentUrl: string },
) {
  const reactRoot = createRoot(root);
  // The tree of a first-drawn embed (./reader-embed.tsx), without a width: the chart measures itself as it mounts.
  // It keys the figure by the pin's kind: a fallback to the current data (pin-fallback.ts) remounts the figure,
  // which then loads the current files.
  const render = (shown: DataVersionPin) =>
    reactRoot.render(
      <ReaderEmbed
        request={request}
        pin={shown}
        queryClient={queryClient}
        appUrl={appUrl}
        currentUrl={currentUrl}
      />,
    );
  render(pin);
  if (pin.kind === 'pinned')
    void import('./pin-fallback').then((fallback) => fallback.watchPinnedFiles(queryClient, pin, render));
  if (window.parent !== window) reportHeight(root);
}
