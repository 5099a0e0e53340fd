import type { FlowRow } from '../../data/schema';

/** Sum of the matching rows' values, or null when no row matches ("no data", not 0). */
export function sumValues(rows: readonly FlowRow[], matches: (row: FlowRow) => boolean): number | null {
  let total: number | null = null;
  for (const row of rows) if (matches(row)) total = (total ?? 0) + row.value;
  return total;
}

/** The share part/whole, or null when either is missing or the whole is zero. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}
