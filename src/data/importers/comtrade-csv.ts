// UN Comtrade CSV (API "Download CSV" or bulk files): a header of Comtrade field names, one record per line.
import { Collector, failedResult } from './collector';
import { cellGetter, exactAliases, findColumns, type ColumnIndex } from './columns';
import { COMTRADE_FIELDS, comtradeRow, type ComtradeField } from './comtrade';
import type { ReaderContext } from './context';
import type { CsvReader } from './csv-rows';

const ALIASES = exactAliases(COMTRADE_FIELDS);
const REQUIRED: readonly ComtradeField[] = ['flowCode', 'cmdCode', 'primaryValue'];

export function comtradeCsvReader(ctx: ReaderContext): CsvReader {
  const out = new Collector();
  let columns: ColumnIndex<ComtradeField> | null = null;
  let missing: ComtradeField[] = [];
  return {
    onRecord: ({ cells, line }) => {
      if (columns === null) {
        columns = findColumns(cells, ALIASES);
        missing = REQUIRED.filter((field) => columns?.[field] === undefined);
        return;
      }
      if (missing.length === 0) comtradeRow(cellGetter(columns, cells), line, ctx, out);
    },
    finish: (read) => {
      if (read.aborted) return failedResult('comtrade-csv', ctx.encoding, 'Import cancelled.');
      if (columns === null) return failedResult('comtrade-csv', ctx.encoding, 'The file is empty.');
      if (missing.length > 0) {
        const error = `This Comtrade file has no ${missing.join(', ')} column.`;
        return failedResult('comtrade-csv', ctx.encoding, error);
      }
      read.syntaxErrors.forEach((e) => out.reject(e.row, e.column, e.value, e.message));
      return out.finish('comtrade-csv', ctx.encoding);
    },
  };
}
