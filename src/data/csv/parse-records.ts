// The CSV scaffold shared by the row readers: papaparse for the syntax (array mode: about twice as fast as
// header mode, and no object per row), a check that every column is there, syntax errors and rows of the
// wrong length reported per line, then each row read by the given row reader. Rows that fail are left out
// and reported (file, line, column, message); one bad row never fails a file.
import Papa from 'papaparse';
import type { ParsedTable, RowError } from '../tables';

export class MissingColumnsError extends Error {
  constructor(
    readonly file: string,
    readonly columns: string[],
  ) {
    super(`${file} is missing column(s): ${columns.join(', ')}`);
    this.name = 'MissingColumnsError';
  }
}

export type RecordResult<T> = { ok: true; row: T } | { ok: false; errors: RowError[] };

/** Where each column is in a row's cells (the first column of that name, as papaparse's header mode). */
export type ColumnPositions = Readonly<Record<string, number>>;

/** Reads one row's cells; `row` is its line number in the file (the header is line 1). */
export type RowReader<T> = (
  cells: readonly string[],
  positions: ColumnPositions,
  file: string,
  row: number,
) => RecordResult<T>;

function positionsOf(header: readonly string[]): Record<string, number> {
  const positions: Record<string, number> = Object.create(null) as Record<string, number>;
  header.forEach((name, index) => {
    if (!(name in positions)) positions[name] = index;
  });
  return positions;
}

/** Lines papaparse could not read, and rows whose field count differs from the header's. */
function syntaxErrors(parsed: Papa.ParseResult<string[]>, file: string): Map<number, RowError> {
  const errors = new Map<number, RowError>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null || errors.has(error.row)) continue;
    errors.set(error.row, { file, row: error.row + 1, column: null, message: error.message });
  }
  const width = parsed.data[0]?.length ?? 0;
  parsed.data.forEach((cells, index) => {
    if (index === 0 || cells.length === width || errors.has(index)) return;
    const kind = cells.length < width ? 'Too few' : 'Too many';
    const message = `${kind} fields: expected ${width} fields but parsed ${cells.length}`;
    errors.set(index, { file, row: index + 1, column: null, message });
  });
  return errors;
}

export function parseRecords<T>(
  text: string,
  columns: readonly string[],
  readRow: RowReader<T>,
  file: string,
): ParsedTable<T> {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const positions = positionsOf(parsed.data[0] ?? []);
  const missing = columns.filter((column) => !(column in positions));
  if (missing.length > 0) throw new MissingColumnsError(file, missing);

  const bad = syntaxErrors(parsed, file);
  const rows: T[] = [];
  const errors: RowError[] = [...bad.values()];
  const data = parsed.data;
  for (let index = 1; index < data.length; index++) {
    if (bad.has(index)) continue;
    const result = readRow(data[index] as string[], positions, file, index + 1);
    if (result.ok) rows.push(result.row);
    else for (const error of result.errors) errors.push(error);
  }
  return { rows, errors };
}
