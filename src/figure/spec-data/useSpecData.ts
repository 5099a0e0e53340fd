// Loads exactly the files a spec needs (through the cached, progress-reporting query hooks) and computes its
// SpecChartData. The manifest and concordance come first: they say which files the spec needs.
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useContext, useMemo } from 'react';
import type { SpecChartData } from '../../charts/spec-chart/types';
import { DATA_FILES } from '../../data/files';
import { productCatalog } from '../../query/product-catalog';
import { filesForSpec, type SpecFile } from '../../query/spec-files';
// In the page's own chunk, not fetched on first use: a tier chart's HS-change notes are part of it, and an embed
// drawn without them gained them a moment later, one request more before it and a shift of what is below it.
import { hsChangeNotes } from '../../query/hs-change-notes';
import { seriesForSpec, type SpecTables } from '../../query/spec-series';
import type { ChplItem, EventRow, FlowRow, Manifest, PartnerRow, ProductRow } from '../../data/schema';
import type { ParsedTable, RowError } from '../../data/tables';
import type { LocalDataset } from '../../query/user/local-dataset';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec } from '../../spec/schema';
import { manifestQuery, tableQuery } from '../load/queries';
import { LocalDataContext } from './local-data';
import { identityKey } from './object-key';
import { buildSpecChartData, partnerNameMap, type ChartTexts } from './spec-chart-data';
import { specTitle } from './describe-spec';

export type SpecDataState =
  | { status: 'loading'; files: string[] }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; data: SpecChartData; rowErrors: RowError[] };

type AnyTable = ParsedTable<unknown>;

/** The built-in datasets' series: from fetched files only. */
const SERIES = { compute: seriesForSpec };

/** Rows by file kind (also used by the build's prerender, scripts/prerender/): the worker validated each file
 * against its kind's schema, so the casts hold. */
export function assembleTables(
  manifest: Manifest,
  concordance: SpecTables['concordance'],
  files: readonly SpecFile[],
  loaded: readonly AnyTable[],
): { tables: SpecTables; events: EventRow[] } {
  const flows = new Map<string, readonly FlowRow[]>();
  const tables: SpecTables = { manifest, flows, concordance };
  let events: EventRow[] = [];
  files.forEach((file, i) => {
    const rows = loaded[i]?.rows ?? [];
    if (file.kind === 'flows') flows.set(file.path, rows as FlowRow[]);
    else if (file.kind === 'chpl') tables.chpl = rows as ChplItem[];
    else if (file.kind === 'products') tables.products = rows as ProductRow[];
    else if (file.kind === 'partners') tables.partners = rows as PartnerRow[];
    else if (file.kind === 'events') events = rows as EventRow[];
  });
  return { tables, events };
}

// Errors stay with the figure (it names the file and offers Retry) rather than unmounting the page.
function useSpecFiles(spec: ChartSpec, specKey: string, local: LocalDataset | null) {
  const manifest = useQuery(manifestQuery);
  const concordance = useQuery(tableQuery(DATA_FILES.concordance, 'concordance'));
  const files = useMemo(() => {
    if (!manifest.data || !concordance.data) return [];
    const catalog = productCatalog(concordance.data.rows);
    return local ? local.files(spec, manifest.data, catalog) : filesForSpec(spec, manifest.data, catalog);
    // specKey stands for the spec's content: a new object with the same content needs no new file list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [specKey, manifest.data, concordance.data, local]);
  // Rows held in memory are never fetched.
  const fetched = useMemo(() => files.filter((file) => file.path !== DATA_FILES.inBrowserFile), [files]);
  const results = useQueries({
    queries: fetched.map((file) => tableQuery(file.path, file.kind)),
  });
  const loaded = results.map((result) => result.data as AnyTable | undefined);
  const paths = [DATA_FILES.manifest, DATA_FILES.concordance, ...fetched.map((file) => file.path)];
  const failed = [manifest, concordance, ...results].flatMap((result: QueryState, i): FailedFile[] =>
    result.isError && !result.isFetching ? [{ path: paths[i] ?? '', result }] : [],
  );
  return { manifest: manifest.data, concordance: concordance.data, files, fetched, loaded, failed };
}

type QueryState = Pick<UseQueryResult, 'isError' | 'isFetching' | 'error' | 'refetch'>;

interface FailedFile {
  path: string;
  result: QueryState;
}

/** The message always names the file (the worker's errors do; anything else gets the path in front). */
function failure(failed: readonly FailedFile[]): SpecDataState | null {
  const first = failed[0];
  if (!first) return null;
  const { error } = first.result;
  const text = error instanceof Error ? error.message : String(error);
  const message = text.includes(first.path) ? text : `Could not load ${first.path}: ${text}`;
  return { status: 'error', message, retry: () => failed.forEach(({ result }) => void result.refetch()) };
}

const NOT_HERE = 'This chart shows a reader’s own file, which stays in the page that imported it: not here.';

export function useSpecData(spec: ChartSpec, texts: ChartTexts = {}): SpecDataState {
  const specKey = JSON.stringify(spec);
  const inBrowser = DATASETS[spec.dataset].inBrowser === true;
  // A dataset held in memory comes from the page that holds it (none: it is not here).
  const provided = useContext(LocalDataContext);
  const local = inBrowser ? provided : null;
  const { manifest, concordance, files, fetched, loaded, failed } = useSpecFiles(spec, specKey, local);
  const { productKinds } = DATASETS[spec.dataset];
  const hasHsNotes = !inBrowser && productKinds.includes('tier');
  const loadedKey = identityKey([manifest, concordance, ...loaded]);
  const ready = manifest && concordance && files.length > 0 && loaded.every((table) => table !== undefined);

  const assembled = useMemo(() => {
    if (!ready) return null;
    const assembledTables = assembleTables(manifest, concordance.rows, fetched, loaded as AnyTable[]);
    if (local) assembledTables.tables.manifest = local.manifest(manifest);
    return assembledTables;
    // loadedKey changes exactly when a loaded table does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedKey, fetched, ready, local]);
  const computed = useMemo(
    () => (assembled ? (local ?? SERIES).compute(spec, assembled.tables) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [specKey, assembled],
  );
  const data = useMemo(() => {
    if (!assembled || !computed) return null;
    const keys = computed.series.map((s) => s.key);
    const hsNotes = hasHsNotes
      ? hsChangeNotes(spec, keys, computed.periods, assembled.tables.concordance)
      : [];
    const flowPaths = files.filter((f) => f.kind === 'flows').map((f) => f.path);
    const filePaths = [DATA_FILES.manifest, ...files.map((f) => f.path)];
    const title =
      texts.title ??
      local?.title(specTitle(spec, computed.series, partnerNameMap(assembled.tables)), computed.series);
    return buildSpecChartData({
      spec,
      ...assembled,
      computed,
      flowPaths,
      filePaths,
      texts: { ...texts, title },
      hsNotes,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [computed, texts.title, texts.subtitle, hasHsNotes]);
  const rowErrors = useMemo(
    () => [...(concordance?.errors ?? []), ...loaded.flatMap((table) => table?.errors ?? [])],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loadedKey],
  );

  if (inBrowser && !local) return { status: 'error', message: NOT_HERE, retry: () => {} };
  const error = failure(failed);
  if (error) return error;
  if (!data) {
    const pending = [DATA_FILES.manifest, DATA_FILES.concordance, ...fetched.map((f) => f.path)];
    return { status: 'loading', files: [...new Set(pending)] };
  }
  return { status: 'ready', data, rowErrors };
}
