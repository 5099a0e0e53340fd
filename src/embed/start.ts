// What the embed does before React and the chart code have even arrived: read its URL, apply the theme,
// settle the data version, and start the data reader on every file the chart certainly needs. This module
// and its imports are a small chunk of their own (see vite.config.ts), so this runs while the rest downloads.
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../figure/query-client';
import { prefetchSpecFiles } from '../figure/spec-data/prefetch';
import { DATA_FILES } from '../data/files';
import { readsChapterFiles } from '../query/early-files';
import { manifestQuery } from '../figure/load/queries';
import { pinDataVersion } from '../data/data-url';
import { loadFile } from '../data/csv-reader';
import { readOnMainThread } from '../data/worker-client';
import { datasetOffered } from '../query/dataset-availability';
import type { DataVersionPin } from './data-version';
import { parseEmbedParams, type EmbedRequest } from '../spec/embed-params';
import { applyTheme } from './theme';

export interface EmbedStart {
  request: EmbedRequest;
  pin: DataVersionPin;
  queryClient: QueryClient;
}

/**
 * The held files this spec can read from: the held manifest lacks the HS chapter files (a slice,
 * scripts/prerender/embed-files.ts), so a spec that may read a chapter file fetches the whole manifest.
 */
function withoutSlice(held: ReadonlyMap<string, string>, request: EmbedRequest): ReadonlyMap<string, string> {
  if (!readsChapterFiles(request.spec)) return held;
  return new Map([...held].filter(([path]) => path !== DATA_FILES.manifest));
}

export async function startEmbed(
  search: string,
  baseUrl: string,
  documentUrl: string,
  held: ReadonlyMap<string, string> = new Map(),
): Promise<EmbedStart> {
  const request = parseEmbedParams(search);
  applyTheme(request.theme);
  // Decided before any data file is requested, so the whole chart reads one version.
  const pin: DataVersionPin =
    request.dataVersion === null
      ? { kind: 'current' }
      : await import('./resolve-pin').then((module) =>
          module.resolveDataVersion(request.dataVersion, new URL(`${baseUrl}data/`, documentUrl).href),
        );
  if (pin.kind === 'pinned') pinDataVersion(pin.dataVersion);
  // Read in the page, not in a worker: for the embed's few small files the worker's own request and start cost
  // more than the parsing (measured, README). The files the page holds are the current data's: a pinned
  // version reads its own.
  readOnMainThread(loadFile, pin.kind === 'pinned' ? new Map() : withoutSlice(held, request));
  const queryClient = createQueryClient();
  // A dataset only some builds have waits for the manifest (useSpecData asks for its file if it is there).
  if (datasetOffered(request.spec.dataset, undefined)) prefetchSpecFiles(queryClient, request.spec);
  else void queryClient.prefetchQuery(manifestQuery);
  return { request, pin, queryClient };
}

/** What the ordinary embed renders with (./mount.tsx, ./reader-embed.tsx): the started embed and its links. */
export async function embedProps(search: string, held: ReadonlyMap<string, string>) {
  const started = await startEmbed(search, import.meta.env.BASE_URL, document.baseURI, held);
  const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;
  // The same chart on the current data: where a pinned embed's "updated data available" leads.
  const current = new URL(window.location.href);
  current.searchParams.delete('dv');
  return { ...started, appUrl, currentUrl: current.href };
}
