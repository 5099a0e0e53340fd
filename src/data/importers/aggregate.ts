// One tidy row per period x exporter x importer x product x source: rows a customs file splits further (national
// 8-digit lines, customs regimes, provinces) are summed. A quantity survives only if every part had one.
import type { FlowRow } from '../schema';

function rowKey(row: FlowRow): string {
  return [
    row.period,
    row.freq,
    row.exporter,
    row.importer,
    row.product,
    row.currency,
    row.source,
    row.basis,
  ].join('|');
}

function addQuantity(a: FlowRow, b: FlowRow): Pick<FlowRow, 'quantity' | 'quantity_unit'> {
  if (a.quantity === null || b.quantity === null || a.quantity_unit !== b.quantity_unit) {
    return { quantity: null, quantity_unit: null };
  }
  return { quantity: a.quantity + b.quantity, quantity_unit: a.quantity_unit };
}

/** Keeps first-seen order; `summed` = rows folded into another. */
export function sumDuplicateRows(rows: readonly FlowRow[]): { rows: FlowRow[]; summed: number } {
  const byKey = new Map<string, FlowRow>();
  for (const row of rows) {
    const key = rowKey(row);
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, value: seen.value + row.value, ...addQuantity(seen, row) } : row);
  }
  return { rows: [...byKey.values()], summed: rows.length - byKey.size };
}
