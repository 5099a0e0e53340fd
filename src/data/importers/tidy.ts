// Our own tidy flow CSV (FLOW_COLUMNS): what the app's download writes, so a reader can edit and re-import it.
import Papa from 'papaparse';
import { FLOW_COLUMNS, type FlowRow } from '../schema';
import { Collector, failedResult } from './collector';
import { cellGetter, exactAliases, findColumns, type ColumnIndex } from './columns';
import type { ReaderContext } from './context';
import { runCsvReader, type CsvReader } from './csv-rows';
import { parseNumberCell } from './numbers';
import type { ImportResult } from './types';

type TidyColumn = (typeof FLOW_COLUMNS)[number];
const ALIASES = exactAliases(FLOW_COLUMNS);

/** Numbers stay strings when they do not parse, so the schema names the bad column. */
function numberOrRaw(raw: string): number | string | null {
  const cell = parseNumberCell(raw);
  return cell.ok ? cell.value : raw;
}

function tidyRow(get: (c: TidyColumn) => string, line: number, ctx: ReaderContext, out: Collector): boolean {
  out.inputRows += 1;
  const ownSource = get('source').startsWith('user:');
  const candidate = {
    period: get('period'),
    freq: get('freq'),
    exporter: get('exporter'),
    importer: get('importer'),
    product: get('product'),
    value: numberOrRaw(get('value')),
    currency: get('currency'),
    quantity: numberOrRaw(get('quantity')),
    quantity_unit: get('quantity_unit') || null,
    source: ownSource ? get('source') : ctx.source,
    basis: get('basis'),
  };
  const freqMatches = candidate.freq === (candidate.period.length === 4 ? 'A' : 'M');
  if (!freqMatches)
    out.reject(line, 'freq', candidate.freq, `freq does not match period ${candidate.period}`);
  else out.add(candidate as FlowRow, line);
  return ownSource || get('source') === '';
}

export function tidyReader(ctx: ReaderContext): CsvReader {
  const out = new Collector();
  let columns: ColumnIndex<TidyColumn> | null = null;
  let missing: TidyColumn[] = [];
  let relabelled = 0;
  return {
    onRecord: ({ cells, line }) => {
      if (columns === null) {
        columns = findColumns(cells, ALIASES);
        missing = FLOW_COLUMNS.filter((c) => columns?.[c] === undefined);
      } else if (missing.length === 0 && !tidyRow(cellGetter(columns, cells), line, ctx, out)) {
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

export function importTidy(text: string, ctx: ReaderContext): ImportResult {
  return runCsvReader(tidyReader(ctx), text, ctx.options);
}

/** Tidy rows -> CSV text with the FLOW_COLUMNS header; importTidy reads it back unchanged. */
export function formatTidyCsv(rows: readonly FlowRow[]): string {
  return Papa.unparse({
    fields: [...FLOW_COLUMNS],
    data: rows.map((row) => FLOW_COLUMNS.map((c) => row[c] ?? '')),
  });
}
