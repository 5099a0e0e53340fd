// The async twin of readCsvRecords: decodes the bytes chunk by chunk (streaming TextDecoder), cuts each chunk at
// the last line break outside quotes, parses that slice with papaparse, then yields to the event loop so an
// AbortSignal can stop it mid-file. Records and line numbers are the same as readCsvRecords gives.
import Papa from 'papaparse';
import { guessDelimiter, type CsvReadOptions, type CsvReadResult, type CsvRecord } from './csv-rows';
import type { RejectedRow, TextEncodingName } from './types';
import { yieldToEventLoop } from './yield';

export const DEFAULT_CHUNK_BYTES = 1 << 20;

export interface AsyncCsvReadOptions extends CsvReadOptions {
  /** Bytes decoded and parsed between two yields (default 1 MiB). */
  chunkBytes?: number;
}

const FIELD_START = new Set([',', '\t', ';', '\n', '\r']);

/**
 * Index just after the last "\n" that ends a record: outside quotes, where a quote opens a field only at its
 * start and "" inside quotes is an escaped quote. 0 when the text holds no complete record yet (a file with
 * bare "\r" line ends is then parsed in one slice at the end: correct, only not cancellable mid-file).
 */
export function recordCut(text: string): number {
  let quoted = false;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (ch === '"' && (i === 0 || FIELD_START.has(text[i - 1] ?? ''))) quoted = true;
    else if (ch === '\n') cut = i + 1;
  }
  return cut;
}

interface SliceState {
  line: number;
  nonBlank: number;
  delimiter: string | undefined;
  linebreak: '\r' | '\n' | '\r\n' | undefined;
  syntaxErrors: RejectedRow[];
}

const lineBreak = (found: string) => (found === '\r\n' || found === '\r' ? found : '\n');

/** Parses whole records; line numbers continue from the previous slice. */
function parseSlice(slice: string, state: SliceState, onRecord: (record: CsvRecord) => void): void {
  const newline = slice.includes('\n') || !slice.includes('\r') ? '\n' : '\r';
  const firstLine = state.line;
  let consumed = 0;
  let line = firstLine;
  Papa.parse<string[]>(slice, {
    // Guessed from the head of the first slice; later slices reuse it.
    delimiter: (state.delimiter ??= guessDelimiter(slice)),
    newline: state.linebreak,
    step: (results) => {
      state.linebreak ??= lineBreak(results.meta.linebreak);
      const start = line;
      const cursor = results.meta.cursor;
      for (let i = slice.indexOf(newline, consumed); i >= 0 && i < cursor; i = slice.indexOf(newline, i + 1))
        line += 1;
      consumed = cursor;
      const errors = results.errors.filter((error) => error.type !== 'Delimiter');
      if (errors.length > 0) {
        const message = errors.map((error) => error.message).join('; ');
        state.syntaxErrors.push({ row: start, column: null, value: '', message, kind: 'invalid' });
      } else if (results.data.some((cell) => cell.trim() !== '')) {
        state.nonBlank += 1;
        onRecord({ cells: results.data.map((cell) => cell.trim()), line: start });
      }
    },
  });
  // Every line break of the slice is behind us, including the one that ends its last record.
  let breaks = 0;
  for (let i = slice.indexOf(newline); i >= 0; i = slice.indexOf(newline, i + 1)) breaks += 1;
  state.line = firstLine + breaks;
}

export async function readCsvRecordsAsync(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  onRecord: (record: CsvRecord) => void,
  options: AsyncCsvReadOptions = {},
): Promise<CsvReadResult> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const decoder = new TextDecoder(encoding, { fatal: false });
  const state: SliceState = {
    line: 1,
    nonBlank: 0,
    delimiter: undefined,
    linebreak: undefined,
    syntaxErrors: [],
  };
  let carry = '';
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    if (options.signal?.aborted) return { syntaxErrors: state.syntaxErrors, aborted: true };
    const end = Math.min(bytes.length, offset + chunkBytes);
    const last = end === bytes.length;
    const text = carry + decoder.decode(bytes.subarray(offset, end), { stream: !last });
    const cut = last ? text.length : recordCut(text);
    if (cut > 0) parseSlice(text.slice(0, cut), state, onRecord);
    carry = text.slice(cut);
    options.onProgress?.({
      rows: Math.max(0, state.nonBlank - 1),
      fraction: end / bytes.length,
      bytes: end,
      totalBytes: bytes.length,
    });
    if (!last) await yieldToEventLoop();
  }
  return { syntaxErrors: state.syntaxErrors, aborted: options.signal?.aborted ?? false };
}
