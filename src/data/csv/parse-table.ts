// Parses CSV text into typed rows: papaparse for the syntax, coerceCell for types, the zod row schema for
// meaning. Rows that fail are left out and reported (file, line, column, message); one bad row never fails a file.
import Papa from 'papaparse';
import type { z } from 'zod/mini';
import type { ParsedTable, RowError } from '../tables';
import { coerceCell, columnTypes, type ColumnType } from './coerce';

export class MissingColumnsError extends Error {
  constructor(
    readonly file: string,
    readonly columns: string[],
  ) {
    super(`${file} is missing column(s): ${columns.join(', ')}`);
    this.name = 'MissingColumnsError';
  }
}

export function parseTable<S extends z.ZodMiniObject>(
  text: string,
  schema: S,
  file: string,
): ParsedTable<z.infer<S>> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const types = columnTypes(schema);
  const missing = Object.keys(types).filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) throw new MissingColumnsError(file, missing);

  const rows: z.infer<S>[] = [];
  const errors: RowError[] = [];
  const syntaxErrorRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    syntaxErrorRows.add(error.row);
    errors.push({ file, row: error.row + 2, column: null, message: error.message });
  }
  parsed.data.forEach((record, index) => {
    if (syntaxErrorRows.has(index)) return;
    const result = parseRecord(record, types, schema, file, index + 2);
    if (result.ok) rows.push(result.row);
    else errors.push(...result.errors);
  });
  return { rows, errors };
}

type RecordResult<T> = { ok: true; row: T } | { ok: false; errors: RowError[] };

function parseRecord<S extends z.ZodMiniObject>(
  record: Record<string, string>,
  types: Record<string, ColumnType>,
  schema: S,
  file: string,
  row: number,
): RecordResult<z.infer<S>> {
  const candidate: Record<string, string | number | null> = {};
  const errors: RowError[] = [];
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
