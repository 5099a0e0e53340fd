// The rows a file left out, as a CSV a reader can open beside their file: line, column, value, what was expected.
import type { RejectedRow } from '../data/importers/types';
import { toCsv } from '../export/csv-format';

export const REJECTED_COLUMNS = ['row', 'column', 'value', 'expected', 'kind'] as const;

export function rejectedToCsv(rows: readonly RejectedRow[]): string {
  return toCsv(
    REJECTED_COLUMNS,
    rows.map((row) => [row.row, row.column, row.value, row.message, row.kind]),
  );
}

/** "gacc export.csv" -> "gacc export - rows left out.csv" */
export function rejectedFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '') || 'import';
  return `${stem} - rows left out.csv`;
}
