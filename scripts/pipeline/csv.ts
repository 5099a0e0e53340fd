// A small RFC 4180 reader that keeps each record's 1-based line number (for error messages), and a writer that
// never prints numbers in exponent notation.
import { PipelineError, type RowContext } from './errors';

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Splits CSV text into records; quoted fields may hold commas, doubled quotes and newlines. A BOM is dropped. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

export function parseCsv(text: string): CsvTable {
  const [head, ...records] = parseCsvRecords(text);
  return { header: head ? head.cells.map((c) => c.trim()) : [], records };
}

/**
 * Turns a table into objects keyed by the required columns, checking the header has them and every record has as
 * many cells as the header. `source`/`file` name the raw file in errors.
 */
export function readRecords<C extends string>(
  table: CsvTable,
  columns: readonly C[],
  where: { source: string; file: string },
): { ctx: RowContext; get: (column: C) => string }[] {
  const index = new Map<string, number>();
  for (const column of columns) {
    const at = table.header.indexOf(column);
    if (at < 0) {
      throw new PipelineError(
        `${where.source}: ${where.file} has no column "${column}" (header: ${table.header.join(', ')})`,
      );
    }
    index.set(column, at);
  }
  return table.records.map((record) => {
    const ctx: RowContext = { ...where, line: record.line };
    if (record.cells.length !== table.header.length) {
      throw new PipelineError(
        `${where.source}: ${where.file} row ${record.line}: expected ${table.header.length} cells, got ${record.cells.length}`,
      );
    }
    return { ctx, get: (column: C) => record.cells[index.get(column) as number] as string };
  });
}

/** Plain decimal notation: 1e21 and 1e-7 would otherwise print in exponent form. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new PipelineError(`cannot write a non-finite number: ${n}`);
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

export type CsvCell = string | number | null;

function formatCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header plus one line per row, columns in the given order, "\n" line ends and a final newline. */
export function writeCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, CsvCell>[],
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}
