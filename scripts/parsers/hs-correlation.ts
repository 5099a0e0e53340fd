// UNSD's "HS 2022 to HS 2017 Conversion and Correlation Tables" workbook, read with read-excel-file (never by
// hand), and UN Comtrade's HS 2017 (H5) code list. Cells are checked here; what they mean for the CHPL is derived
// in scripts/pipeline/hs-correlation.ts.
import readXlsxFile from 'read-excel-file/node';
import { PipelineError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';

export const CONVERSIONS_SHEET = 'HS2022-HS2017 Conversions';
export const CORRELATIONS_SHEET = 'HS2022-HS2017 Correlations';
const RELATIONS = ['1:1', '1:n', 'n:1', 'n:n'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Correlation {
  hs2022: string;
  hs2017: string;
  relation: Relation;
}

export interface HsCorrelationWorkbook {
  /** HS 2022 code -> the one HS 2017 code the Conversions sheet names as its predecessor. */
  conversions: ReadonlyMap<string, string>;
  /** Every pair of the Correlations sheet. */
  correlations: readonly Correlation[];
}

type Cell = string | number | boolean | Date | null;

/** UN Comtrade's "commodities not specified according to kind": a last row in both sheets, not an HS code. */
const NOT_SPECIFIED = '999999';
const isNotSpecified = (cell: Cell | undefined) => String(cell ?? '').trim() === NOT_SPECIFIED;

function where(raw: RawFile, sheet: string, row: number, column: string): string {
  return `${raw.source}: ${raw.name}, sheet "${sheet}", row ${row}, column ${column}`;
}

/** A six-digit HS code as the workbook stores it (text, so leading zeros survive). */
function code(raw: RawFile, sheet: string, row: number, column: string, cell: Cell | undefined): string {
  const text = typeof cell === 'string' ? cell.trim() : '';
  if (!/^\d{6}$/.test(text))
    throw new PipelineError(
      `${where(raw, sheet, row, column)}: expected a six-digit HS code as text, got ${JSON.stringify(cell ?? null)}`,
    );
  return text;
}

function expectHeader(
  raw: RawFile,
  sheet: string,
  row: number,
  got: readonly Cell[],
  want: readonly string[],
) {
  want.forEach((title, i) => {
    const cell = got[i];
    if (typeof cell !== 'string' || cell.trim() !== title)
      throw new PipelineError(
        `${where(raw, sheet, row, String.fromCharCode(65 + i))}: expected header ${JSON.stringify(title)}, got ${JSON.stringify(cell ?? null)}`,
      );
  });
}

function sheetData(raw: RawFile, sheets: { sheet: string; data: Cell[][] }[], name: string): Cell[][] {
  const found = sheets.find((s) => s.sheet === name);
  if (!found)
    throw new PipelineError(
      `${raw.source}: ${raw.name} has no sheet "${name}" (sheets: ${sheets.map((s) => s.sheet).join(', ')})`,
    );
  return found.data;
}

export async function parseHsCorrelationWorkbook(raw: RawFile): Promise<HsCorrelationWorkbook> {
  if (!raw.buffer) throw new PipelineError(`internal: ${raw.name} was read without its bytes`);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(raw.buffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new PipelineError(`${raw.source}: ${raw.name} is not a readable xlsx workbook (${String(error)})`);
  }
  const conv = sheetData(raw, sheets, CONVERSIONS_SHEET);
  expectHeader(raw, CONVERSIONS_SHEET, 1, conv[0] ?? [], ['From HS2022', 'To HS2017']);
  const conversions = new Map<string, string>();
  conv.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (isNotSpecified(cells[0]) && isNotSpecified(cells[1])) return;
    const hs2022 = code(raw, CONVERSIONS_SHEET, row, 'A', cells[0]);
    if (conversions.has(hs2022))
      throw new PipelineError(`${where(raw, CONVERSIONS_SHEET, row, 'A')}: ${hs2022} appears twice`);
    conversions.set(hs2022, code(raw, CONVERSIONS_SHEET, row, 'B', cells[1]));
  });
  const corr = sheetData(raw, sheets, CORRELATIONS_SHEET);
  // Row 1 is a merged "Between" title; the column titles are on row 2.
  expectHeader(raw, CORRELATIONS_SHEET, 2, corr[1] ?? [], ['HS2022', 'HS2017', 'Relationship']);
  const correlations = corr.slice(2).flatMap((cells, i): Correlation[] => {
    const row = i + 3;
    if (isNotSpecified(cells[0]) && isNotSpecified(cells[1])) return [];
    const relation = typeof cells[2] === 'string' ? cells[2].trim() : '';
    if (!(RELATIONS as readonly string[]).includes(relation))
      throw new PipelineError(
        `${where(raw, CORRELATIONS_SHEET, row, 'C')}: expected one of ${RELATIONS.join(', ')}, got ${JSON.stringify(cells[2] ?? null)}`,
      );
    return [
      {
        hs2022: code(raw, CORRELATIONS_SHEET, row, 'A', cells[0]),
        hs2017: code(raw, CORRELATIONS_SHEET, row, 'B', cells[1]),
        relation: relation as Relation,
      },
    ];
  });
  return { conversions, correlations };
}

/** UN Comtrade's classification JSON: six-digit code -> its description (the "854150 - " prefix removed). */
export function parseComtradeHsNames(raw: RawFile): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.text);
  } catch (error) {
    throw new PipelineError(`${raw.source}: ${raw.name} is not valid JSON (${String(error)})`);
  }
  const results = (parsed as { results?: unknown }).results;
  if (!Array.isArray(results)) throw new PipelineError(`${raw.source}: ${raw.name} has no "results" array`);
  const names = new Map<string, string>();
  results.forEach((entry: unknown, i) => {
    const { id, text } = (entry ?? {}) as { id?: unknown; text?: unknown };
    // Aggregates (ALL, TOTAL, AG2, ...) and 2- or 4-digit levels are not six-digit codes.
    if (typeof id !== 'string' || !/^\d{6}$/.test(id)) return;
    if (typeof text !== 'string' || !text.startsWith(`${id} - `))
      throw new PipelineError(
        `${raw.source}: ${raw.name} results[${i}] (${id}): expected text "${id} - <name>", got ${JSON.stringify(text)}`,
      );
    names.set(id, text.slice(id.length + 3).trim());
  });
  return names;
}
