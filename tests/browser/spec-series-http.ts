// The series a spec shows, computed in Node by the app's own engine from the files the served build holds,
// so a browser test can check that what a page shows equals the data, number for number.
import { parseTable } from '../../src/data/csv/parse-table.ts';
import { checkManifest } from '../../src/data/manifest-check.ts';
import { productCatalog } from '../../src/query/product-catalog.ts';
import { filesForSpec } from '../../src/query/spec-files.ts';
import { seriesForSpec, type SpecSeries, type SpecTables } from '../../src/query/spec-series.ts';
import type { FlowRow } from '../../src/data/schema.ts';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../src/data/tables.ts';
import type { ChartSpec } from '../../src/spec/index.ts';

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

async function table<K extends TableKind>(dataUrl: string, path: string, kind: K): Promise<TableRow<K>[]> {
  const schema = TABLE_SCHEMAS[kind] as Parameters<typeof parseTable>[1];
  return parseTable(await text(`${dataUrl}/${path}`), schema, path).rows as TableRow<K>[];
}

export async function seriesOverHttp(baseUrl: string, spec: ChartSpec): Promise<SpecSeries> {
  const dataUrl = `${baseUrl}/data`;
  const checked = checkManifest(JSON.parse(await text(`${dataUrl}/manifest.json`)));
  if (!checked.ok) throw new Error(`manifest.json: ${checked.reason}`);
  const tables: SpecTables = {
    manifest: checked.manifest,
    flows: new Map<string, readonly FlowRow[]>(),
    concordance: await table(dataUrl, 'concordance.csv', 'concordance'),
    chpl: await table(dataUrl, 'chpl.csv', 'chpl'),
    products: await table(dataUrl, 'products.csv', 'products'),
    partners: await table(dataUrl, 'partners.csv', 'partners'),
  };
  const catalog = productCatalog(tables.concordance, tables.chpl, tables.products);
  const flows = new Map<string, readonly FlowRow[]>();
  for (const file of filesForSpec(spec, tables.manifest, catalog)) {
    if (file.kind === 'flows') flows.set(file.path, await table(dataUrl, file.path, 'flows'));
  }
  return seriesForSpec(spec, { ...tables, flows });
}
