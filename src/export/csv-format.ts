// RFC 4180 CSV writing with typed cells: a number is written as a plain decimal (no thousands separators,
// no exponent, every digit needed to read back the same double), null as an empty cell ("no data", never 0),
// and text is neutralised against spreadsheet formula injection, then quoted when needed.

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8 (other tools do not need it). */
  bom?: boolean;
}

/** RFC 4180 line break. */
export const CSV_LINE_BREAK = '\r\n';
const BOM = '\uFEFF';

/**
 * `value` in plain decimal notation with the shortest digits that read back to the same number:
 * 1e21 -> "1000000000000000000000", 1.5e-7 -> "0.00000015". Not finite -> "" (it is not a value).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point >= digits.length) return sign + digits.padEnd(point, '0');
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe, which makes it plain text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a quote, comma or line break is quoted, with its quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  return quoteField(neutraliseFormula(cell));
}

/** A header line then one line per row, each line ending in CRLF. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  options: CsvOptions = {},
): string {
  const lines = [header.map(formatCell).join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return (options.bom ? BOM : '') + lines.join(CSV_LINE_BREAK) + CSV_LINE_BREAK;
}
