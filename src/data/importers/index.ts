// Importing a reader's own trade file (UN Comtrade CSV/JSON, a China Customs query export, or our tidy CSV)
// into tidy flow rows. Pure TypeScript: runs in a browser worker and in Node. Never throws on bad input.
import { failedResult } from './collector';
import { importComtradeCsv } from './comtrade-csv';
import { importComtradeJson } from './comtrade-json';
import { userSourceId, type ReaderContext } from './context';
import { decodeText } from './decode';
import { detectFormat } from './detect';
import { importGacc } from './gacc';
import { importTidy } from './tidy';
import type { ImportOptions, ImportResult } from './types';

export { detectFormat } from './detect';
export { importFileAsync, type AsyncImportOptions } from './import-async';
export { formatTidyCsv } from './tidy';
export { GACC_PARTNERS } from './partners-gacc';
export type * from './types';

const READERS = {
  'comtrade-csv': importComtradeCsv,
  'comtrade-json': importComtradeJson,
  gacc: importGacc,
  tidy: importTidy,
} as const;

const UNKNOWN_FORMAT =
  'This file is not one we can read: expected a UN Comtrade CSV or JSON export, a China Customs query export ' +
  '(CSV), or a tidy flow CSV.';

export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const detected = detectFormat(bytes, fileName, options.encoding);
  if (detected.format === 'unknown') return failedResult('unknown', detected.encoding, UNKNOWN_FORMAT);
  const ctx: ReaderContext = {
    fileName,
    encoding: detected.encoding,
    options,
    source: userSourceId(fileName),
  };
  try {
    return READERS[detected.format](decodeText(bytes, detected.encoding), ctx);
  } catch (error) {
    // A reader bug must not take the page down: report it like any unreadable file.
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(detected.format, detected.encoding, `The import failed unexpectedly: ${message}`);
  }
}
