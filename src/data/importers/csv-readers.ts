// The CSV formats' readers, by format: importFile and importFileAsync feed the same reader the same records.
import { comtradeCsvReader } from './comtrade-csv';
import type { ReaderContext } from './context';
import type { CsvReader } from './csv-rows';
import { gaccReader } from './gacc';
import { tidyReader } from './tidy';
import type { ImportFormat } from './types';

export type CsvFormat = Extract<ImportFormat, 'comtrade-csv' | 'gacc' | 'tidy'>;

export const CSV_READERS: Readonly<Record<CsvFormat, (ctx: ReaderContext) => CsvReader>> = {
  'comtrade-csv': comtradeCsvReader,
  gacc: gaccReader,
  tidy: tidyReader,
};

export function isCsvFormat(format: ImportFormat): format is CsvFormat {
  return format in CSV_READERS;
}
