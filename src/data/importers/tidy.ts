// Our own tidy flow CSV (FLOW_COLUMNS): what the app's download writes, so a reader can edit and re-import it.
import Papa from 'papaparse';
import { FLOW_COLUMNS, type FlowRow } from '../schema';
import { Collector, failedResult } from './collector';
import { exactAliases, findColumns, type ColumnIndex } from './columns';
import type { ReaderContext } from './context';
import type { CsvReader } from './csv-rows';
import { parseNumberCell } from './numbers';
import { detach } from './text';

type TidyColumn = (typeof FLOW_COLUMNS)[number];
const ALIASES = exactAliases(FLOW_COLUMNS);

/** Column positions, all found (a file missing one is refused before any row is read). */
type TidyColumns = Readonly<Record<TidyColumn, number>>;

/**
 * The schema's fixed words as constants: a cell is a view of the chunk it was cut from, and a row kept for the
 * result must not keep that chunk alive (see detach). Anything else stays as written, for the schema to judge.
 * (Words under 13 characters are copied by the engine anyway.) A switch compares, it does not hash.
 */
function knownWord(cell: string): string {
  switch (cell) {
    case 'exporter-reported':
      return 'exporter-reported';
    case 'importer-reported':
      return 'importer-reported';
    case 'EU-SANCTIONED':
      return 'EU-SANCTIONED';
    default:
      return cell;
  }
}

/** Numbers stay strings when they do not parse, so the schema names the bad column. */
function numberOrRaw(raw: string): number | string | null {
  const cell = parseNumberCell(raw);
  return cell.ok ? cell.value : raw;
}

interface TidyRowContext {
  columns: TidyColumns;
  ctx: ReaderContext;
  out: Collector;
  /** The file's own "user:" source labels, each kept once (detached). */
  sources: Map<string, string>;
  /** The copy kept for the last label read. */
  lastSource?: string;
}

/** A file names one or a few sources; a file naming thousands gets each copied, not remembered. */
const SOURCE_MEMO_LIMIT = 1024;

function ownSourceLabel(label: string, rc: TidyRowContext): string {
  // Most files repeat one label on every row: comparing with the last one is cheaper than hashing it.
  if (label === rc.lastSource) return rc.lastSource;
  const kept = rc.sources.get(label) ?? copySourceLabel(label, rc);
  rc.lastSource = kept;
  return kept;
}

function copySourceLabel(label: string, rc: TidyRowContext): string {
  const copy = detach(label);
  if (rc.sources.size < SOURCE_MEMO_LIMIT) rc.sources.set(copy, copy);
  return copy;
}

/**
 * Positions as an object of fixed shape, built once: the row reader reads `at.period`, a plain property, rather
 * than looking columns up by name on every row.
 */
function positions(found: ColumnIndex<TidyColumn>): TidyColumns {
  const at = (column: TidyColumn) => found[column] ?? -1;
  return {
    period: at('period'),
    freq: at('freq'),
    exporter: at('exporter'),
    importer: at('importer'),
    product: at('product'),
    value: at('value'),
    currency: at('currency'),
    quantity: at('quantity'),
    quantity_unit: at('quantity_unit'),
    source: at('source'),
    basis: at('basis'),
  };
}

/** A short row reads as "" in its missing columns. */
function cellAt(cells: readonly string[], index: number): string {
  return cells[index] ?? '';
}

/** Returns false when the row named another source (and was relabelled as the reader's file). */
function tidyRow(cells: readonly string[], line: number, rc: TidyRowContext): boolean {
  const { columns: at, ctx, out } = rc;
  out.inputRows += 1;
  const source = cellAt(cells, at.source);
  const ownSource = source.startsWith('user:');
  const candidate = {
    period: cellAt(cells, at.period),
    freq: cellAt(cells, at.freq),
    exporter: cellAt(cells, at.exporter),
    importer: cellAt(cells, at.importer),
    product: knownWord(cellAt(cells, at.product)),
    value: numberOrRaw(cellAt(cells, at.value)),
    currency: cellAt(cells, at.currency),
    quantity: numberOrRaw(cellAt(cells, at.quantity)),
    quantity_unit: cellAt(cells, at.quantity_unit) || null,
    source: ownSource ? ownSourceLabel(source, rc) : ctx.source,
    basis: knownWord(cellAt(cells, at.basis)),
  };
  const freqMatches = candidate.freq === (candidate.period.length === 4 ? 'A' : 'M');
  if (!freqMatches)
    out.reject(line, 'freq', candidate.freq, `freq does not match period ${candidate.period}`);
  else out.add(candidate as FlowRow, line);
  return ownSource || source === '';
}

export function tidyReader(ctx: ReaderContext): CsvReader {
  const out = new Collector();
  let columns: ColumnIndex<TidyColumn> | null = null;
  let missing: TidyColumn[] = [];
  let rowContext: TidyRowContext | null = null;
  let relabelled = 0;
  return {
    onRecord: ({ cells, line }) => {
      if (columns === null) {
        columns = findColumns(cells, ALIASES);
        missing = FLOW_COLUMNS.filter((c) => columns?.[c] === undefined);
        if (missing.length === 0) rowContext = { columns: positions(columns), ctx, out, sources: new Map() };
      } else if (rowContext !== null && !tidyRow(cells, line, rowContext)) {
        relabelled += 1;
      }
    },
    finish: (read) => {
      if (read.aborted) return failedResult('tidy', ctx.encoding, 'Import cancelled.');
      if (columns === null) return failedResult('tidy', ctx.encoding, 'The file is empty.');
      if (missing.length > 0)
        return failedResult('tidy', ctx.encoding, `The file has no ${missing.join(', ')} column.`);
      read.syntaxErrors.forEach((e) => out.reject(e.row, e.column, e.value, e.message));
      if (relabelled > 0) {
        out.warnings.push(
          `${relabelled} row(s) named another source: relabelled ${ctx.source}, as they come from your file.`,
        );
      }
      return out.finish('tidy', ctx.encoding);
    },
  };
}

/** Tidy rows -> CSV text with the FLOW_COLUMNS header; importFile reads it back unchanged. */
export function formatTidyCsv(rows: readonly FlowRow[]): string {
  return Papa.unparse({
    fields: [...FLOW_COLUMNS],
    data: rows.map((row) => FLOW_COLUMNS.map((c) => row[c] ?? '')),
  });
}
