// Time to recompute a chart's series after a selection change in the explorer: the engine's pure
// seriesForSpec on the real public/data tables, already loaded (as in the browser after the first draw).
// Two views: the default (CHPL by tier) and 20 HS6 series spread over BACI's chapter files.
import { productCatalog } from '../../src/query/product-catalog.ts';
import { filesForSpec } from '../../src/query/spec-files.ts';
import { seriesForSpec, type SpecTables } from '../../src/query/spec-series.ts';
import type { FlowRow, Manifest } from '../../src/data/schema.ts';
import { DEFAULT_SPEC, MAX_SERIES, type ChartSpec } from '../../src/spec/index.ts';
import { medianMs, type Benchmark } from './measure.ts';
import { readManifest, readTable } from './explorer-tables.ts';

const RUNS = 25;

function baseTables(manifest: Manifest): SpecTables {
  return {
    manifest,
    flows: new Map(),
    concordance: readTable('concordance.csv', 'concordance'),
    chpl: readTable('chpl.csv', 'chpl'),
    products: readTable('products.csv', 'products'),
    partners: readTable('partners.csv', 'partners'),
  };
}

/** Adds every flow file the specs read, as the browser's cache holds them after the first draw. */
function withFlows(tables: SpecTables, specs: readonly ChartSpec[]): SpecTables {
  const catalog = productCatalog(tables.concordance, tables.chpl, tables.products);
  const flows = new Map<string, readonly FlowRow[]>(tables.flows);
  for (const spec of specs) {
    for (const file of filesForSpec(spec, tables.manifest, catalog)) {
      if (file.kind === 'flows' && !flows.has(file.path)) flows.set(file.path, readTable(file.path, 'flows'));
    }
  }
  return { ...tables, flows };
}

/** The HS6 codes China sold Russia most of in the last BACI year, across every chapter file. */
function topHs6(manifest: Manifest, count: number): string[] {
  const value = new Map<string, number>();
  for (const file of manifest.files.filter((f) => f.hs2 !== undefined)) {
    for (const row of readTable(file.path, 'flows')) {
      if (row.exporter === 'CHN' && row.importer === 'RUS' && row.period === DEFAULT_SPEC.to)
        value.set(row.product, (value.get(row.product) ?? 0) + row.value);
    }
  }
  return [...value]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([code]) => code);
}

const benchmark: Benchmark = {
  name: 'explorer: recompute series after a selection change (seriesForSpec, real data)',
  run() {
    const manifest = readManifest();
    const codes = topHs6(manifest, MAX_SERIES);
    const hs6 = codes.map((code) => ({ kind: 'hs6', code }) as const);
    // Each view is timed after a change: one product more (or less) than the view before it.
    const defaultAfter: ChartSpec = { ...DEFAULT_SPEC, products: DEFAULT_SPEC.products.slice(0, 5) };
    const twentyBefore: ChartSpec = { ...DEFAULT_SPEC, products: hs6.slice(0, MAX_SERIES - 1) };
    const twenty: ChartSpec = { ...DEFAULT_SPEC, products: hs6 };
    const twentyShare: ChartSpec = { ...twenty, transform: { kind: 'share', of: 'total' } };
    const specs = [DEFAULT_SPEC, defaultAfter, twentyBefore, twenty, twentyShare];
    const tables = withFlows(baseTables(manifest), specs);
    const flowRows = [...tables.flows.values()].reduce((sum, rows) => sum + rows.length, 0);
    const drawn = seriesForSpec(twenty, tables).series.length;
    if (drawn !== MAX_SERIES) throw new Error(`expected ${MAX_SERIES} series, got ${drawn}`);
    return [
      { label: 'flow files loaded', value: tables.flows.size, unit: 'files' },
      { label: 'flow rows loaded', value: flowRows, unit: 'rows' },
      {
        label: `default view (6 tiers), median of ${RUNS}`,
        value: medianMs(() => seriesForSpec(DEFAULT_SPEC, tables), RUNS),
        unit: 'ms',
      },
      {
        label: 'default view minus one tier',
        value: medianMs(() => seriesForSpec(defaultAfter, tables), RUNS),
        unit: 'ms',
      },
      {
        label: `${MAX_SERIES} HS6 series, median of ${RUNS}`,
        value: medianMs(() => seriesForSpec(twenty, tables), RUNS),
        unit: 'ms',
      },
      {
        label: `${MAX_SERIES} HS6 series, share of total`,
        value: medianMs(() => seriesForSpec(twentyShare, tables), RUNS),
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
