// The story as the build draws it, for readers without JavaScript (dist/static-story.html, ./static-page.ts):
// the app's own components rendered once on the server, every step with its own chart (as printed), from the
// same public/data. The query cache is filled with the parsed files before rendering, so nothing is "loading":
// each figure has its title, SVG, legend, notes, source line and table, and each finding its computed figures.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppTree } from '../../src/app/AppTree';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { PRERENDERED_CHART_WIDTH, PRERENDERED_ROUTE_HREF } from '../../src/story/prerendered-story';
import { FIRST_CHART_QUERY_KEY } from '../../src/story/first-chart';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { createAppRouter } from '../../src/app/router';
import { isTableKind, type ParsedTable, type TableKind, type TableRow } from '../../src/data/tables';
import { createQueryClient } from '../../src/figure/query-client';
import { manifestQuery, tableQuery } from '../../src/figure/load/queries';
import { loadFigureActions, loadFigureCode } from '../../src/figure/SpecFigure';
import { listsFile } from '../../src/query/dataset-availability';
import { sectionsWithData } from '../../src/story/sections';
import { AllStepsContext } from '../../src/story/StoryPage';
import type { DataFolder } from './chart-data';

/** The rows were validated by the same reader the worker runs (readTable, in ./chart-data.ts). */
function setTable<K extends TableKind>(
  client: QueryClient,
  path: string,
  kind: K,
  table: ParsedTable<unknown>,
) {
  client.setQueryData(tableQuery(path, kind).queryKey, table as ParsedTable<TableRow<K>>);
}

/** A query client holding every file of the build, parsed as the browser's worker parses it. */
async function filledQueryClient(folder: DataFolder): Promise<QueryClient> {
  const client = createQueryClient();
  client.setQueryData(manifestQuery.queryKey, folder.manifest);
  for (const file of folder.manifest.files) {
    if (!isTableKind(file.kind)) continue;
    setTable(client, file.path, file.kind, folder.table(file.path, file.kind));
  }
  // The HS-change notes' code, which the browser fetches on first use (src/figure/spec-data/useSpecData.ts).
  client.setQueryData(['code', 'hs-change-notes'], await import('../../src/query/hs-change-notes'));
  return client;
}

/** Markers of a part that waited for data: the static story must have none. */
const UNFINISHED = /data-state="(loading|error)"|class="[^"]*\b(load-progress|load-error|finding-loading)\b/;

export class StaticStoryError extends Error {}

/** The story page's markup (what the app's router draws at "/"), every chart drawn. */
export async function renderStaticStory(folder: DataFolder): Promise<string> {
  const client = await filledQueryClient(folder);
  const sections = sectionsWithData((path) => listsFile(folder.manifest, path));
  await loadFigureActions();
  for (const step of sections.flatMap((section) => section.steps)) {
    if (step.graphic.kind !== 'timeline') await loadFigureCode(step.graphic.spec);
  }
  const router = createAppRouter(createMemoryHistory({ initialEntries: ['/'] }));
  await router.load();
  const html = renderToString(
    <AllStepsContext value={true}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AllStepsContext>,
  );
  const unfinished = UNFINISHED.exec(html);
  if (unfinished) throw new StaticStoryError(`static story: a part is still waiting (${unfinished[0]})`);
  return html;
}

/** Scripts a router may write into server HTML (scroll restoration): index.html's policy runs none inline. */
const INLINE_SCRIPTS = /<script\b[^>]*>[\s\S]*?<\/script>/g;

/**
 * The interactive story's markup for index.html's #root: what the app's router draws at "/" in English on its
 * first render in the browser, where the query cache holds the first chart's ready-made data and nothing else
 * (src/app/hydrate-story.tsx puts the same there before hydrating). So the first chart is drawn, and every other
 * part (the other charts, the findings' figures, the steps that depend on the manifest) is in its loading state,
 * as it is in the browser until its files arrive.
 */
export async function renderStoryPage(firstChart: SpecChartData): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(FIRST_CHART_QUERY_KEY, firstChart);
  // The chart type's code and the actions', so nothing suspends: the HTML holds the whole figure.
  await Promise.all([loadFigureCode(firstChart.spec), loadFigureActions()]);
  const router = createAppRouter(createMemoryHistory({ initialEntries: ['/'] }));
  await router.load();
  const html = renderToString(
    <AppTree queryClient={client} router={router} chartWidth={PRERENDERED_CHART_WIDTH} />,
  );
  return html
    .replace(INLINE_SCRIPTS, '')
    .replace(/href="\/(?!\/)([^"]*)"/g, (_match, path: string) => `href="${PRERENDERED_ROUTE_HREF}/${path}"`);
}
