// The table view's sorting, a module of its own: only the table's chunk (SpecTable.tsx) needs it.
import type { TableModel } from './table-rows';

export interface SortState {
  /** -1: the label column; otherwise the index of a value column. */
  column: number;
  direction: 'ascending' | 'descending';
}

export function sortRows(model: TableModel, sort: SortState | null): TableModel['rows'] {
  if (!sort) return model.rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...model.rows].sort((a, b) => {
    if (sort.column < 0) return sign * a.label.localeCompare(b.label);
    const x = a.values[sort.column] ?? null;
    const y = b.values[sort.column] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}
