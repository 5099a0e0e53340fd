// Streams CSV records out of text with papaparse's step callback, each with the line a reader sees it on
// (a quoted name may span lines, so record index != line), reporting progress and honouring an AbortSignal.
import Papa from 'papaparse';
import type { ImportProgress, RejectedRow } from './types';

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

const PROGRESS_EVERY = 2000;

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
    delimitersToGuess: [',', '\t', ';'],
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
