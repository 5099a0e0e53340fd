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
import type { Locale } from '../i18n/locales';
import { LAYOUT_NAMES, layoutIdPrefix, NARROW_QUERY, PRERENDER_LAYOUTS } from './prerender-layouts';

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
export async function hydratePrerendered(
  root: HTMLElement,
  id: string,
  dataFile: string,
  pageLocale: Locale,
): Promise<boolean> {
  if (!isPrerenderedId(id) || !hydratable(window.location.search, pageLocale)) return false;
  applyTheme(parseEmbedParams(window.location.search).theme);
  // Fetched beside the data, not awaited: the actions hydrate when their code is here (SpecFigure.tsx).
  void loadFigureActions();
  const data = await fetchChartData(dataFile);
  // Loaded before hydrating, so a lazily loaded chart type renders at once, in place (SpecChartView.tsx).
  await loadFigureCode(data.spec);
  const onRecoverableError = (error: unknown) => {
    root.dataset.hydrationError = error instanceof Error ? error.message.slice(0, 200) : String(error);
  };
  // The layout the page shows (embed.css, same query) is the one kept: the other goes, unseen, and the kept one
  // leaves the stylesheet's choice, so turning a phone later cannot hide the live chart.
  const layout = window.matchMedia(NARROW_QUERY).matches ? 'narrow' : 'wide';
  const container = root.querySelector<HTMLElement>(`[data-layout="${layout}"]`);
  if (!container) return false;
  for (const other of LAYOUT_NAMES)
    if (other !== layout) root.querySelector(`[data-layout="${other}"]`)?.remove();
  container.removeAttribute('data-layout');
  const appUrl = `${import.meta.env.BASE_URL}#/`;
  const hydrated = () => {
    root.dataset.hydrated = 'true';
    if (window.parent !== window) reportHeight(root);
  };
  hydrateRoot(
    container,
    <>
      <PrerenderedEmbed
        id={id}
        data={data}
        queryClient={createQueryClient()}
        appUrl={appUrl}
        width={PRERENDER_LAYOUTS[layout]}
      />
      <OnCommit run={hydrated} />
    </>,
    { onRecoverableError, identifierPrefix: layoutIdPrefix(layout) },
  );
  return true;
}
