// The zod reference reader: coerceCell for types, then the zod row schema for meaning. Tests and Node use it
// (it is the data contract itself); the worker runs the zod-free read-table.ts, held to the same verdicts.
import type { z } from 'zod/mini';
import type { ParsedTable } from '../tables';
import { coerceCell, columnTypes, requiredColumns, type ColumnType } from './coerce';
import { parseRecords, type ColumnPositions, type RecordResult } from './parse-records';

export { MissingColumnsError } from './parse-records';

export function parseTable<S extends z.ZodMiniObject>(
  text: string,
  schema: S,
  file: string,
): ParsedTable<z.infer<S>> {
  const types = columnTypes(schema);
  return parseRecords(
    text,
    requiredColumns(schema),
    (cells, positions, f, row) => parseRecord(recordOf(cells, positions), types, schema, f, row),
    file,
  );
}

/** The row as header-keyed text, as the zod reader reads it. */
export function recordOf(cells: readonly string[], positions: ColumnPositions): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [column, at] of Object.entries(positions)) record[column] = cells[at] ?? '';
  return record;
}

export function parseRecord<S extends z.ZodMiniObject>(
  record: Record<string, string>,
  types: Record<string, ColumnType>,
  schema: S,
  file: string,
  row: number,
): RecordResult<z.infer<S>> {
  const candidate: Record<string, string | number | null> = {};
  const errors: { file: string; row: number; column: string | null; message: string }[] = [];
  for (const [column, type] of Object.entries(types)) {
    const cell = coerceCell(record[column] ?? '', type);
    if (cell.ok) candidate[column] = cell.value;
    else errors.push({ file, row, column, message: cell.message });
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, row: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      file,
      row,
      column: issue.path.length > 0 ? String(issue.path[0]) : null,
      message: issue.message,
    })),
  };
}
