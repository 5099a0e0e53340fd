// Rows of one loaded file grouped by exporter -> importer -> product, built once per file (the rows array is
// the cache key), so a change of selection re-reads small groups instead of scanning every row again.
import type { FlowRow } from '../data/schema';

export type ProductRows = ReadonlyMap<string, readonly FlowRow[]>;

export interface FlowIndex {
  /** "CHN>RUS" -> product code -> rows, in file order. */
  byPair: ReadonlyMap<string, ProductRows>;
}

const cache = new WeakMap<readonly FlowRow[], FlowIndex>();

export const pairKey = (exporter: string, importer: string) => `${exporter}>${importer}`;

function buildIndex(rows: readonly FlowRow[]): FlowIndex {
  const byPair = new Map<string, Map<string, FlowRow[]>>();
  for (const row of rows) {
    const key = pairKey(row.exporter, row.importer);
    let products = byPair.get(key);
    if (!products) byPair.set(key, (products = new Map()));
    const list = products.get(row.product);
    if (list) list.push(row);
    else products.set(row.product, [row]);
  }
  return { byPair };
}

export function flowIndex(rows: readonly FlowRow[]): FlowIndex {
  let index = cache.get(rows);
  if (!index) cache.set(rows, (index = buildIndex(rows)));
  return index;
}

const EMPTY: ProductRows = new Map();

export function productRows(rows: readonly FlowRow[], exporter: string, importer: string): ProductRows {
  return flowIndex(rows).byPair.get(pairKey(exporter, importer)) ?? EMPTY;
}
