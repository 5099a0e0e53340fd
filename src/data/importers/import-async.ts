// importFileAsync: the same result as importFile, but the work is cut into chunks with a yield to the event loop
// between them, so a worker can report progress (bytes, rows) and an AbortSignal from the page stops it mid-file.
// Never rejects on bad input; a cancelled import resolves with error "Import cancelled." and cancelled: true.
import { Collector, failedResult } from './collector';
import { comtradeJsonRecords, readJsonRecord } from './comtrade-json';
import { userSourceId, type ReaderContext } from './context';
import { CSV_READERS, isCsvFormat } from './csv-readers';
import { DEFAULT_CHUNK_BYTES, readCsvRecordsAsync, type AsyncCsvReadOptions } from './csv-rows-async';
import { decodeText, encodingFromHead, NotUtf8, type HeadEncoding } from './decode';
import { detectBytesFormat } from './detect';
import type { ImportFormat, ImportOptions, ImportResult, TextEncodingName } from './types';
import { yieldToEventLoop } from './yield';

export interface AsyncImportOptions extends ImportOptions {
  /** Bytes handled between two yields (default 1 MiB). */
  chunkBytes?: number;
}

const JSON_RECORDS_PER_CHUNK = 2000;
const UNKNOWN_FORMAT =
  'This file is not one we can read: expected a UN Comtrade CSV or JSON export, a China Customs query export ' +
  '(CSV), or a tidy flow CSV.';

class Cancelled extends Error {}

function cancelledResult(format: ImportFormat, encoding: TextEncodingName): ImportResult {
  return { ...failedResult(format, encoding, 'Import cancelled.'), cancelled: true };
}

function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

/** As detectEncoding (BOM, then valid UTF-8, else GB18030), but checks UTF-8 validity chunk by chunk. */
async function detectEncodingAsync(bytes: Uint8Array, opts: AsyncImportOptions): Promise<TextEncodingName> {
  const bom = [...bytes.subarray(0, 3)];
  if (bom[0] === 0xef && bom[1] === 0xbb && bom[2] === 0xbf) return 'utf-8';
  if (bom[0] === 0xff && bom[1] === 0xfe) return 'utf-16le';
  if (bom[0] === 0xfe && bom[1] === 0xff) return 'utf-16be';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const step = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  try {
    for (let offset = 0; offset < bytes.length; offset += step) {
      const end = Math.min(bytes.length, offset + step);
      decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
      checkSignal(opts.signal);
      if (end < bytes.length) await yieldToEventLoop();
    }
    return 'utf-8';
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    return 'gb18030';
  }
}

async function importJson(bytes: Uint8Array, ctx: ReaderContext, opts: AsyncImportOptions) {
  const records = comtradeJsonRecords(decodeText(bytes, ctx.encoding));
  if (typeof records === 'string') return failedResult('comtrade-json', ctx.encoding, records);
  const out = new Collector();
  for (const [index, record] of records.entries()) {
    readJsonRecord(record, index, ctx, out);
    if ((index + 1) % JSON_RECORDS_PER_CHUNK === 0) {
      const fraction = (index + 1) / records.length;
      opts.onProgress?.({
        rows: index + 1,
        fraction,
        bytes: Math.round(fraction * bytes.length),
        totalBytes: bytes.length,
      });
      await yieldToEventLoop();
      checkSignal(opts.signal);
    }
  }
  opts.onProgress?.({ rows: records.length, fraction: 1, bytes: bytes.length, totalBytes: bytes.length });
  return out.finish('comtrade-json', ctx.encoding);
}

async function importDetected(
  bytes: Uint8Array,
  ctx: ReaderContext,
  format: ImportFormat,
  opts: AsyncImportOptions,
  checkUtf8: boolean,
) {
  if (format === 'comtrade-json') return importJson(bytes, ctx, opts);
  if (format === 'unknown') return failedResult('unknown', ctx.encoding, UNKNOWN_FORMAT);
  const reader = CSV_READERS[format](ctx);
  const csvOptions: AsyncCsvReadOptions = {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.chunkBytes ? { chunkBytes: opts.chunkBytes } : {}),
    checkUtf8,
  };
  const read = await readCsvRecordsAsync(bytes, ctx.encoding, reader.onRecord, csvOptions);
  if (read.aborted) throw new Cancelled();
  return reader.finish(read);
}

export async function importFileAsync(
  bytes: Uint8Array,
  fileName: string,
  options: AsyncImportOptions = {},
): Promise<ImportResult> {
  let format: ImportFormat = 'unknown';
  let encoding: TextEncodingName = options.encoding ?? 'utf-8';
  try {
    checkSignal(options.signal);
    let guess: HeadEncoding = options.encoding
      ? { encoding: options.encoding, unchecked: false }
      : encodingFromHead(bytes);
    for (;;) {
      encoding = guess.encoding;
      format = detectBytesFormat(bytes, encoding, fileName).format;
      // Only the CSV reader checks UTF-8 as it decodes; anything else settles the encoding first.
      if (guess.unchecked && !isCsvFormat(format)) {
        guess = { encoding: await detectEncodingAsync(bytes, options), unchecked: false };
        continue;
      }
      const ctx: ReaderContext = { fileName, encoding, options, source: userSourceId(fileName) };
      try {
        return await importDetected(bytes, ctx, format, options, guess.unchecked);
      } catch (error) {
        if (!(error instanceof NotUtf8)) throw error;
        // A byte past the head was not UTF-8: detectEncoding's answer is GB18030. Read again as that (the
        // progress starts over; only a GB18030 file whose first 256 KiB are plain ASCII comes this way).
        guess = { encoding: 'gb18030', unchecked: false };
      }
    }
  } catch (error) {
    if (error instanceof Cancelled) return cancelledResult(format, encoding);
    // A reader bug must not take the page down: report it like any unreadable file.
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(format, encoding, `The import failed unexpectedly: ${message}`);
  }
}
