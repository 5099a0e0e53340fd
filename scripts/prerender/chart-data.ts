// A chart's SpecChartData computed at build time from public/data, by the same code the browser runs
// (useSpecData): the same files, parsed by the worker's reader, assembled and computed the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleTables } from '../../src/figure/spec-data/useSpecData';
import { buildSpecChartData, type ChartTexts } from '../../src/figure/spec-data/spec-chart-data';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { readTable } from '../../src/data/csv/read-table';
import { DATA_FILES } from '../../src/data/files';
import { checkManifest } from '../../src/data/manifest-check';
import { productCatalog } from '../../src/query/product-catalog';
import { filesForSpec } from '../../src/query/spec-files';
import { seriesForSpec } from '../../src/query/spec-series';
import { hsChangeNotes } from '../../src/query/hs-change-notes';
import type { Manifest } from '../../src/data/schema';
import type { ParsedTable, TableKind } from '../../src/data/tables';
import type { ChartSpec } from '../../src/spec/schema';

export class PrerenderDataError extends Error {}

export interface DataFolder {
  dir: string;
  manifest: Manifest;
  table: (path: string, kind: TableKind) => ParsedTable<unknown>;
}

function readText(dir: string, path: string): string {
  try {
    return readFileSync(join(dir, path), 'utf8');
  } catch {
    throw new PrerenderDataError(`prerender: cannot read ${join(dir, path)} (run \`npm run data\` first)`);
  }
}

/** Opens public/data; tables are parsed once and shared by every chart that reads them. */
export function openDataFolder(dir: string): DataFolder {
  const check = checkManifest(JSON.parse(readText(dir, DATA_FILES.manifest)));
  if (!check.ok)
    throw new PrerenderDataError(`prerender: ${join(dir, DATA_FILES.manifest)}: ${check.reason}`);
  const cache = new Map<string, ParsedTable<unknown>>();
  const table = (path: string, kind: TableKind) => {
    let parsed = cache.get(path);
    if (!parsed) {
      parsed = readTable(readText(dir, path), kind, path);
      // A build must not bake a chart from rows the browser would flag: the first bad cell stops it.
      const first = parsed.errors[0];
      if (first) {
        throw new PrerenderDataError(
          `prerender: ${path} row ${first.row}, column ${first.column}: ${first.message}`,
        );
      }
      cache.set(path, parsed);
    }
    return parsed;
  };
  return { dir, manifest: check.manifest, table };
}

export function specChartData(folder: DataFolder, spec: ChartSpec, texts: ChartTexts = {}): SpecChartData {
  const concordance = folder.table(DATA_FILES.concordance, 'concordance');
  const catalog = productCatalog(concordance.rows as Parameters<typeof productCatalog>[0]);
  const files = filesForSpec(spec, folder.manifest, catalog);
  const loaded = files.map((file) => folder.table(file.path, file.kind));
  const assembled = assembleTables(
    folder.manifest,
    concordance.rows as Parameters<typeof assembleTables>[1],
    files,
    loaded,
  );
  const computed = seriesForSpec(spec, assembled.tables);
  const keys = computed.series.map((s) => s.key);
  return buildSpecChartData({
    spec,
    ...assembled,
    computed,
    hsNotes: hsChangeNotes(spec, keys, computed.periods, assembled.tables.concordance),
    flowPaths: files.filter((f) => f.kind === 'flows').map((f) => f.path),
    filePaths: [DATA_FILES.manifest, ...files.map((f) => f.path)],
    texts,
  });
}
