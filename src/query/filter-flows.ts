import type { FlowRow } from '../data/schema';
import { periodInRange } from './periods';

export interface FlowFilter {
  exporter?: string;
  importer?: string;
  /** HS6 (or TOTAL) codes to keep; all when absent. */
  products?: ReadonlySet<string>;
  from?: string;
  to?: string;
  source?: string;
}

export function filterFlows(rows: readonly FlowRow[], filter: FlowFilter): FlowRow[] {
  return rows.filter(
    (row) =>
      (filter.exporter === undefined || row.exporter === filter.exporter) &&
      (filter.importer === undefined || row.importer === filter.importer) &&
      (filter.source === undefined || row.source === filter.source) &&
      (filter.products === undefined || filter.products.has(row.product)) &&
      periodInRange(row.period, filter.from, filter.to),
  );
}
