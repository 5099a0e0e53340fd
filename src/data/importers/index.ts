// Importing a reader's own trade file (UN Comtrade CSV/JSON, a China Customs query export, or our tidy CSV)
// into tidy flow rows. Pure TypeScript: runs in a browser worker and in Node. Never throws on bad input.
import { failedResult } from './collector';
import { importComtradeJson } from './comtrade-json';
import { userSourceId, type ReaderContext } from './context';
import { readCsvBytes } from './csv-chunks';
import { CSV_READERS, isCsvFormat } from './csv-readers';
import { decodeText, encodingFromHead, isValidUtf8, NotUtf8, type HeadEncoding } from './decode';
import { detectBytesFormat } from './detect';
import type { ImportOptions, ImportResult } from './types';

export { detectFormat } from './detect';
export { importFileAsync, type AsyncImportOptions } from './import-async';
export { formatTidyCsv } from './tidy';
export { GACC_PARTNERS } from './partners-gacc';
export type * from './types';

const UNKNOWN_FORMAT =
  'This file is not one we can read: expected a UN Comtrade CSV or JSON export, a China Customs query export ' +
  '(CSV), or a tidy flow CSV.';

export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const guess = options.encoding ? { encoding: options.encoding, unchecked: false } : encodingFromHead(bytes);
  // null: a later byte was not UTF-8 after all; detectEncoding would have said GB18030, so read it as that.
  return (
    importAs(bytes, fileName, options, guess) ??
    (importAs(bytes, fileName, options, { encoding: 'gb18030', unchecked: false }) as ImportResult)
  );
}

function importAs(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  guess: HeadEncoding,
): ImportResult | null {
  const { encoding } = guess;
  const format = detectBytesFormat(bytes, encoding, fileName).format;
  // Only the CSV reader checks as it decodes; anything else settles the encoding first.
  if (guess.unchecked && !isCsvFormat(format))
    return isValidUtf8(bytes) ? importAs(bytes, fileName, options, { encoding, unchecked: false }) : null;
  if (format === 'unknown') return failedResult('unknown', encoding, UNKNOWN_FORMAT);
  const ctx: ReaderContext = { fileName, encoding, options, source: userSourceId(fileName) };
  try {
    if (format === 'comtrade-json') return importComtradeJson(decodeText(bytes, encoding), ctx);
    // CSV is read chunk by chunk from the bytes: the whole decoded text never sits beside them.
    const reader = CSV_READERS[format](ctx);
    const read = readCsvBytes(bytes, encoding, reader.onRecord, { ...options, checkUtf8: guess.unchecked });
    return reader.finish(read);
  } catch (error) {
    if (error instanceof NotUtf8) return null;
    // A reader bug must not take the page down: report it like any unreadable file.
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(format, encoding, `The import failed unexpectedly: ${message}`);
  }
}
