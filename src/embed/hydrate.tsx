// A prerendered embed's script (loaded by boot.ts only on embed-<id>.html): fetch the data the build drew the
// chart from, load the chart type's code, then attach React to the HTML as it is. The ordinary embed never
// loads this module.
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createQueryClient } from '../figure/query-client';
import { fetchChartData } from '../figure/load/prerendered-data';
import { loadFigureActions, loadFigureCode } from '../figure/SpecFigure';
import { parseEmbedParams } from '../spec/embed-params';
import { reportHeight } from './post-height';
import { PrerenderedEmbed } from './prerendered';
import { hydratable, isPrerenderedId } from '../figure/prerendered-files';
import { applyTheme } from './theme';

/** Renders nothing (so the markup still matches the build's); runs `run` once the tree has hydrated. */
function OnCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

/**
 * Hydrates the prerendered chart in `root`, or returns false when this page's URL asks for something the
 * prerendered chart is not (then the ordinary embed draws it). A mismatch between the build's HTML and this
 * render is recorded on the root (data-hydration-error) for the tests; React then redraws that part.
 */
export async function hydratePrerendered(root: HTMLElement, id: string, dataFile: string): Promise<boolean> {
  if (!isPrerenderedId(id) || !hydratable(window.location.search)) return false;
  applyTheme(parseEmbedParams(window.location.search).theme);
  // Fetched beside the data, not awaited: the actions hydrate when their code is here (SpecFigure.tsx).
  void loadFigureActions();
  const data = await fetchChartData(dataFile);
  // Loaded before hydrating, so a lazily loaded chart type renders at once, in place (SpecChartView.tsx).
  await loadFigureCode(data.spec);
  const onRecoverableError = (error: unknown) => {
    root.dataset.hydrationError = error instanceof Error ? error.message.slice(0, 200) : String(error);
  };
  const appUrl = `${import.meta.env.BASE_URL}#/`;
  const hydrated = () => {
    root.dataset.hydrated = 'true';
    if (window.parent !== window) reportHeight(root);
  };
  hydrateRoot(
    root,
    <>
      <PrerenderedEmbed id={id} data={data} queryClient={createQueryClient()} appUrl={appUrl} />
      <OnCommit run={hydrated} />
    </>,
    { onRecoverableError },
  );
  return true;
}
