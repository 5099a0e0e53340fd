// The async twin of readCsvBytes: the same chunk reader (csv-chunks.ts), with a yield to the event loop after
// each chunk so an AbortSignal can stop it mid-file and progress (bytes, rows) reaches the page.
import { DEFAULT_CHUNK_BYTES, newChunks, type CsvBytesOptions } from './csv-chunks';
import type { CsvReadResult, CsvRecord } from './csv-rows';
import type { TextEncodingName } from './types';
import { yieldToEventLoop } from './yield';

export { DEFAULT_CHUNK_BYTES, recordCut } from './csv-chunks';

/** chunkBytes: bytes decoded and parsed between two yields (default 1 MiB). */
export type AsyncCsvReadOptions = CsvBytesOptions;

export async function readCsvRecordsAsync(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  onRecord: (record: CsvRecord) => void,
  options: AsyncCsvReadOptions = {},
): Promise<CsvReadResult> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const chunks = newChunks(bytes, encoding, onRecord, options);
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    if (options.signal?.aborted) return { syntaxErrors: chunks.syntaxErrors, aborted: true };
    const end = Math.min(bytes.length, offset + chunkBytes);
    const last = end === bytes.length;
    chunks.push(bytes.subarray(offset, end), last);
    if (chunks.aborted) return { syntaxErrors: chunks.syntaxErrors, aborted: true };
    options.onProgress?.({
      rows: chunks.rows,
      fraction: end / bytes.length,
      bytes: end,
      totalBytes: bytes.length,
    });
    if (!last) await yieldToEventLoop();
  }
  return { syntaxErrors: chunks.syntaxErrors, aborted: options.signal?.aborted ?? false };
}
