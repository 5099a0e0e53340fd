// index.html as the build wrote it holds the story already drawn (scripts/prerender/static-story.tsx): this
// attaches React to that markup instead of drawing it again. The build rendered the story in English with one
// thing in the query cache, the first chart's ready-made data (src/story/first-chart.ts); this fetches the same
// file (preloaded by the HTML, so it left with the page) and loads the same code before hydrating, so the first
// render here is the build's, node for node. Anything else (another route or language, a parameter that changes
// the page, a failed fetch) is drawn afresh, as before.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { fetchChartData } from '../figure/load/prerendered-data';
import { loadFigureActions, loadFigureCode } from '../figure/SpecFigure';
import { FIRST_CHART_FILE, FIRST_CHART_QUERY_KEY } from '../story/first-chart';
import {
  PRERENDERED_CHART_WIDTH,
  PRERENDERED_ROUTE_HREF,
  PRERENDERED_STORY_ATTRIBUTE,
} from '../story/prerendered-story';
import { AppTree } from './AppTree';
import type { createAppRouter } from './router';

/** Renders nothing (so the markup still matches the build's); runs `run` once the tree has hydrated. */
function OnCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

/** The build wrote the router's links so they work without JavaScript; here they become what the router writes. */
function routerHrefs(root: HTMLElement, router: ReturnType<typeof createAppRouter>): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[href^="${PRERENDERED_ROUTE_HREF}/"]`)) {
    const path = link.getAttribute('href')!.slice(PRERENDERED_ROUTE_HREF.length);
    link.setAttribute('href', router.history.createHref(path));
  }
}

/**
 * Hydrates the story in `root` and returns true, or returns false (and leaves `root` alone) when `root` holds
 * no prerendered story or its data cannot be had: the caller then renders the app afresh. `prerendered`: the
 * page's route and language are the build's (src/story/prerendered-story.ts).
 */
export async function hydrateStory(
  root: HTMLElement,
  prerendered: boolean,
  queryClient: QueryClient,
  router: ReturnType<typeof createAppRouter>,
): Promise<boolean> {
  if (!prerendered || !root.hasAttribute(PRERENDERED_STORY_ATTRIBUTE)) return false;
  // Started now, not awaited: until it is here, React keeps the actions' HTML (their own Suspense boundary).
  void loadFigureActions();
  let data;
  try {
    data = await fetchChartData(FIRST_CHART_FILE);
    await Promise.all([loadFigureCode(data.spec), router.load()]);
  } catch {
    return false;
  }
  queryClient.setQueryData(FIRST_CHART_QUERY_KEY, data);
  // What TanStack Router's own SSR hydration marks (router-core's hydrate): the router then renders the same
  // tree as on the server (no Suspense around its matches, which the server never writes).
  router.ssr = { manifest: undefined };
  routerHrefs(root, router);
  // A mismatch between the build's HTML and this render is recorded for the tests; React then redraws that part.
  const onRecoverableError = (error: unknown) => {
    root.dataset.hydrationError = error instanceof Error ? error.message.slice(0, 200) : String(error);
  };
  const hydrated = () => {
    root.dataset.hydrated = 'true';
    // The controls that need a script show now that they answer (layout.css hides them until then, keeping their
    // space, so nothing moves): a click before hydration would be lost.
    document.documentElement.classList.add('js');
  };
  hydrateRoot(
    root,
    <AppTree queryClient={queryClient} router={router} chartWidth={PRERENDERED_CHART_WIDTH}>
      <OnCommit run={hydrated} />
    </AppTree>,
    { onRecoverableError },
  );
  return true;
}
