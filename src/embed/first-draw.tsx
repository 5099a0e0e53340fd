// The reader's-spec embed drawn before react-dom's client (the largest part of the embed's scripts) has even
// been fetched: once the spec's files are in the query cache and the chart type's code is loaded, the same tree
// the client will hydrate (./reader-embed.tsx) is rendered to HTML here, with react-dom's small string renderer,
// and set as the root's markup; the client is fetched after that paint and hydrates it (./hydrate-reader.tsx).
// Anything this cannot draw for certain (a file that failed, a notice to load, a drawing still loading) returns
// false before touching the page: the ordinary embed (./mount.tsx) draws it then.
import { renderToString } from 'react-dom/server';
import { DATA_FILES } from '../data/files';
import type { Manifest } from '../data/schema';
import { loadFigureCode } from '../figure/SpecFigure';
import { manifestQuery, tableQuery } from '../figure/load/queries';
import { productCatalog } from '../query/product-catalog';
import { filesForSpec } from '../query/spec-files';
import { requestForBuild } from './build-datasets';
import { ReaderEmbed, type ReaderEmbedProps } from './reader-embed';

/** The figure's drawn state (SpecFigure's ChartFrame): anything else is not worth showing before hydration. */
const DRAWN = 'data-state="ready"';

/** Every file the spec's chart reads, in the cache: then a render has nothing left to wait for. */
async function cacheSpecFiles({ queryClient, request }: Pick<ReaderEmbedProps, 'queryClient' | 'request'>) {
  const [manifest, concordance] = await Promise.all([
    queryClient.ensureQueryData(manifestQuery) as Promise<Manifest>,
    queryClient.ensureQueryData(tableQuery(DATA_FILES.concordance, 'concordance')),
  ]);
  const { spec, notices } = requestForBuild(request, manifest);
  if (notices.length > 0) return null;
  const catalog = productCatalog(concordance.rows as Parameters<typeof productCatalog>[0]);
  const files = filesForSpec(spec, manifest, catalog).filter(
    (file) => file.path !== DATA_FILES.inBrowserFile,
  );
  await Promise.all(files.map((file) => queryClient.ensureQueryData(tableQuery(file.path, file.kind))));
  await loadFigureCode(spec);
  return spec;
}

/** The width a time chart's body measures (useElementWidth), or null when the drawing has none. */
function measuredWidth(root: HTMLElement): number | null {
  const body = root.querySelector<HTMLElement>('.chart-body');
  return body ? Math.floor(body.getBoundingClientRect().width) : null;
}

/**
 * Draws the embed into `root` as HTML; returns the width it was drawn at (hydrate with the same), or null when it
 * drew nothing. `guess`: the chart's width as the page's layout will make it.
 */
export async function drawFirst(root: HTMLElement, props: Omit<ReaderEmbedProps, 'width'>, guess: number) {
  if (props.request.notices.length > 0 || props.pin.kind !== 'current') return null;
  const ready = await cacheSpecFiles(props).catch(() => null);
  if (!ready) return null;
  const render = (width: number) => renderToString(<ReaderEmbed {...props} width={width} />);
  let width = guess;
  let html = render(width);
  if (!html.includes(DRAWN)) return null;
  root.innerHTML = html;
  // A chart drawn at another width than it measures would redraw when hydrated (and move what is below it).
  const measured = measuredWidth(root);
  if (measured !== null && measured > 0 && measured !== width) {
    width = measured;
    html = render(width);
    root.innerHTML = html;
  }
  return width;
}
