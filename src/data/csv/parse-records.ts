// The CSV scaffold shared by the row readers: d3-dsv's parser for the syntax, ported alone (./csv-rows.ts: rows as
// arrays, no object per row; 0.7 KB minified where papaparse is 6.7 KB gzip, and this runs in every page's reader), a check that every column is
// there, rows of the wrong length and broken quoting reported per line, then each row read by the given row
// reader. Rows that fail are left out and reported (file, line, column, message); one bad row never fails a
// file. These are the pipeline's own files, which never hold a line break inside a cell; readers' files go
// through the importers (papaparse), which are built for messier input.
import { csvRows } from './csv-rows';
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

const BOM = '\uFEFF';

/** A blank line parses as one empty cell. */
const isBlank = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';

/**
 * Rows whose field count differs from the header's, and cells holding a line break: our files never do, so
 * one means an unclosed quote that swallowed the lines after it.
 */
function syntaxError(cells: readonly string[], width: number, file: string, row: number): RowError | null {
  if (cells.some((cell) => cell.includes('\n') || cell.includes('\r'))) {
    const message = 'A quote is not closed: the cell runs on past the end of its line';
    return { file, row, column: null, message };
  }
  if (cells.length === width) return null;
  const kind = cells.length < width ? 'Too few' : 'Too many';
  return {
    file,
    row,
    column: null,
    message: `${kind} fields: expected ${width} fields but parsed ${cells.length}`,
  };
}

export function parseRecords<T>(
  text: string,
  columns: readonly string[],
  readRow: RowReader<T>,
  file: string,
): ParsedTable<T> {
  const data = csvRows(text.startsWith(BOM) ? text.slice(1) : text);
  const header = data[0] ?? [];
  const positions = positionsOf(header);
  const missing = columns.filter((column) => !(column in positions));
  if (missing.length > 0) throw new MissingColumnsError(file, missing);

  const rows: T[] = [];
  const errors: RowError[] = [];
  for (let index = 1; index < data.length; index++) {
    const cells = data[index] as string[];
    if (isBlank(cells)) continue;
    // Line numbers as a reader counts them in a text editor: the header is line 1, blank lines count.
    const line = index + 1;
    const bad = syntaxError(cells, header.length, file, line);
    if (bad) {
      errors.push(bad);
      continue;
    }
    const result = readRow(cells, positions, file, line);
    if (result.ok) rows.push(result.row);
    else for (const error of result.errors) errors.push(error);
  }
  return { rows, errors };
}
