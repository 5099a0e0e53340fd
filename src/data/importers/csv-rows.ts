// Streams CSV records out of text with papaparse's step callback, each with the line a reader sees it on
// (a quoted name may span lines, so record index != line), reporting progress and honouring an AbortSignal.
// The importers read bytes chunk by chunk (csv-chunks.ts); this whole-text reader is the plain reference their
// tests hold them to, and the home of the record types and the delimiter guess they share.
import Papa from 'papaparse';
import type { ImportProgress, ImportResult, RejectedRow } from './types';

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export interface CsvReadOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface CsvReadResult {
  syntaxErrors: RejectedRow[];
  aborted: boolean;
}

/** A format reader as a record consumer, so the same reader runs over text at once or over chunks (async). */
export interface CsvReader {
  onRecord: (record: CsvRecord) => void;
  finish: (read: CsvReadResult) => ImportResult;
}

const PROGRESS_EVERY = 2000;
const HEAD_CHARS = 64 * 1024;

/**
 * The delimiter, guessed from the head of the text only: papaparse's own guess tries each candidate over the
 * whole input, and a candidate absent from a quoted file makes it scan to the end again and again (minutes on a
 * 200 MB China Customs export).
 */
export function guessDelimiter(text: string): string {
  const head = Papa.parse<string[]>(text.slice(0, HEAD_CHARS), {
    preview: 10,
    delimitersToGuess: [',', '\t', ';'],
  });
  return head.meta.delimiter || ',';
}

function newlineChar(text: string): string {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/** Calls onRecord for every non-blank record, header included, in order. Never throws on bad text. */
export function readCsvRecords(
  text: string,
  onRecord: (record: CsvRecord) => void,
  options: CsvReadOptions = {},
): CsvReadResult {
  const newline = newlineChar(text);
  const syntaxErrors: RejectedRow[] = [];
  let aborted = options.signal?.aborted ?? false;
  if (aborted) return { syntaxErrors, aborted };
  let consumed = 0;
  let line = 1;
  let records = 0;
  let nonBlank = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: (results, parser) => {
      const start = line;
      const cursor = results.meta.cursor;
      for (let i = text.indexOf(newline, consumed); i >= 0 && i < cursor; i = text.indexOf(newline, i + 1))
        line += 1;
      consumed = cursor;
      const cells = results.data.map((cell) => cell.trim());
      // A delimiter that cannot be guessed defaults to a comma: a note about the file, not about this row.
      const errors = results.errors.filter((error) => error.type !== 'Delimiter');
      if (errors.length > 0) {
        const message = errors.map((error) => error.message).join('; ');
        syntaxErrors.push({ row: start, column: null, value: '', message, kind: 'invalid' });
      } else if (cells.some((cell) => cell !== '')) {
        nonBlank += 1;
        onRecord({ cells, line: start });
      }
      records += 1;
      if (records % PROGRESS_EVERY === 0) {
        options.onProgress?.({
          rows: Math.max(0, nonBlank - 1),
          fraction: text.length ? cursor / text.length : 1,
        });
      }
      if (options.signal?.aborted) {
        aborted = true;
        parser.abort();
      }
    },
  });
  // rows: records after the header line.
  if (!aborted) options.onProgress?.({ rows: Math.max(0, nonBlank - 1), fraction: 1 });
  return { syntaxErrors, aborted };
}
