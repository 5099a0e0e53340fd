// Pure transforms on BACI flow rows: CHPL subset, derived all-goods totals, split by HS2 chapter, stable order.
import type { FlowRow } from '../../src/data/schema';

export function compareFlows(a: FlowRow, b: FlowRow): number {
  return (
    a.period.localeCompare(b.period) ||
    a.exporter.localeCompare(b.exporter) ||
    a.importer.localeCompare(b.importer) ||
    a.product.localeCompare(b.product) ||
    a.source.localeCompare(b.source)
  );
}

export function sortFlows(rows: readonly FlowRow[]): FlowRow[] {
  return [...rows].sort(compareFlows);
}

export function selectProducts(rows: readonly FlowRow[], hs6: ReadonlySet<string>): FlowRow[] {
  return rows.filter((row) => hs6.has(row.product));
}

/**
 * One TOTAL row per period and direction: the sum of every HS6 row. Quantity stays empty because some rows
 * have no tonnage, so a sum would understate it.
 */
export function sumToTotals(rows: readonly FlowRow[]): FlowRow[] {
  const totals = new Map<string, FlowRow>();
  for (const row of rows) {
    const key = [row.period, row.exporter, row.importer, row.source].join('|');
    const total = totals.get(key);
    if (total) total.value += row.value;
    else totals.set(key, { ...row, product: 'TOTAL', quantity: null, quantity_unit: null });
  }
  return sortFlows([...totals.values()]);
}

/** HS2 chapter -> its rows, chapters in ascending order. */
export function splitByChapter(rows: readonly FlowRow[]): Map<string, FlowRow[]> {
  const chapters = new Map<string, FlowRow[]>();
  for (const row of sortFlows(rows)) {
    const hs2 = row.product.slice(0, 2);
    chapters.set(hs2, [...(chapters.get(hs2) ?? []), row]);
  }
  return new Map([...chapters].sort(([a], [b]) => a.localeCompare(b)));
}
