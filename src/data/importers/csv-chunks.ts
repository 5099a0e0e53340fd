// CSV records straight from the file's bytes, one chunk at a time: each chunk is decoded (streaming TextDecoder)
// and parsed, all but its last record, which may be cut by the chunk's end and is parsed again with the next
// chunk (papaparse's own streaming does the same). Records are read exactly as papaparse reads them: simple ones
// (no quote at all, or well-formed quoted fields on one line) here, without its per-row bookkeeping, anything
// else by papaparse itself. The whole decoded text never exists at once. importFile (sync) and importFileAsync
// (which yields between chunks) share this reader, so they give the same records, line numbers and refusals.
// Delimiter and line break are decided once, from the file's head.
import Papa from 'papaparse';
import { guessDelimiter, type CsvReadOptions, type CsvReadResult, type CsvRecord } from './csv-rows';
import { decodeHead, NotUtf8 } from './decode';
import type { RejectedRow, TextEncodingName } from './types';

export const DEFAULT_CHUNK_BYTES = 1 << 20;

const FIELD_START = new Set([',', '\t', ';', '\n', '\r']);

/** Where a scan for record ends stopped, and in which quote state, so the next scan can resume there. */
interface Scan {
  /** Index just after the last "\n" that ends a record; 0 when there is none yet. */
  cut: number;
  resumeAt: number;
  quoted: boolean;
}

/**
 * Scans for record ends outside quotes, from `from` (in the quote state `quoted`): a quote opens a field only at
 * its start, and "" inside quotes is an escaped quote. Jumps from quote to quote with indexOf.
 */
function scanRecords(text: string, from: number, quoted: boolean): Scan {
  let cut = 0;
  let i = from;
  let inQuotes = quoted;
  for (;;) {
    if (inQuotes) {
      const close = text.indexOf('"', i);
      if (close < 0) return { cut, resumeAt: text.length, quoted: true };
      // A quote at the very end may be the first of an escaped "": decide when the next text arrives.
      if (close === text.length - 1) return { cut, resumeAt: close, quoted: true };
      if (text[close + 1] === '"') i = close + 2;
      else {
        i = close + 1;
        inQuotes = false;
      }
      continue;
    }
    const quote = text.indexOf('"', i);
    const end = quote < 0 ? text.length : quote;
    if (end > i) {
      const newline = text.lastIndexOf('\n', end - 1);
      if (newline >= i) cut = newline + 1;
    }
    if (quote < 0) return { cut, resumeAt: text.length, quoted: false };
    i = quote + 1;
    // A quote inside a field (5" disk) is a literal character.
    if (quote === 0 || FIELD_START.has(text[quote - 1] ?? '')) inQuotes = true;
  }
}

/** Index just after the last "\n" that ends a record (outside quotes); 0 when the text holds none yet. */
export function recordCut(text: string): number {
  return scanRecords(text, 0, false).cut;
}

/**
 * true when trim() would return the cell unchanged: it starts and ends with printable ASCII (every character
 * trim() removes is a control character, a space or beyond ASCII). Most cells are, and skip the call.
 */
function untrimmed(cell: string): boolean {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/**
 * The cells of the record text[start, end) if it is made only of plain fields and well-formed quoted fields
 * ("..." with "" for a quote, followed at once by the delimiter or the record's end), else null. For such a
 * record papaparse gives exactly these cells and no error: a plain field runs to the next delimiter, quotes in it
 * included; a quoted field is what lies between its quotes, "" read as ". Anything else is left to papaparse.
 */
function simpleRecord(text: string, start: number, end: number, delimiter: string): string[] | null {
  const cells: string[] = [];
  let at = start;
  for (;;) {
    if (at < end && text.charCodeAt(at) === QUOTE) {
      let close = text.indexOf('"', at + 1);
      let escaped = false;
      while (close >= 0 && close < end && text.charCodeAt(close + 1) === QUOTE) {
        escaped = true;
        close = text.indexOf('"', close + 2);
      }
      // No closing quote before the record's end: the field holds a line break, or is never closed.
      if (close < 0 || close >= end) return null;
      const after = close + 1;
      if (after !== end && !text.startsWith(delimiter, after)) return null;
      const inner = text.slice(at + 1, close);
      cells.push(escaped ? inner.replace(ESCAPED_QUOTES, '"') : inner);
      if (after === end) return cells;
      at = after + delimiter.length;
    } else {
      const next = text.indexOf(delimiter, at);
      if (next < 0 || next >= end) {
        cells.push(text.slice(at, end));
        return cells;
      }
      cells.push(text.slice(at, next));
      at = next + delimiter.length;
    }
  }
}

const QUOTE = 34;
const ESCAPED_QUOTES = /""/g;

type LineBreak = '\r' | '\n' | '\r\n';

/** What the whole file is read with, decided once from its head (as papaparse would over the whole text). */
export interface CsvLayout {
  delimiter: string;
  linebreak: LineBreak;
  /** The character whose occurrences number the lines. */
  lineChar: '\n' | '\r';
}

export function csvLayout(head: string): CsvLayout {
  const delimiter = guessDelimiter(head);
  const found = Papa.parse<string[]>(head, { delimiter, preview: 1 }).meta.linebreak;
  return {
    delimiter,
    linebreak: found === '\r\n' || found === '\r' ? found : '\n',
    lineChar: head.includes('\n') || !head.includes('\r') ? '\n' : '\r',
  };
}

/**
 * A record longer than this (a quote never closed, say) is not re-parsed with every chunk: the chunks are
 * scanned for a record end first, so such a file costs one pass, not one pass per chunk.
 */
const LONG_RECORD_CHARS = 4 << 20;

/** Reads records out of decoded text pieces. The last record of each piece waits for the next piece. */
export class CsvChunks {
  readonly syntaxErrors: RejectedRow[] = [];
  aborted = false;
  private nonBlank = 0;
  private line = 1;
  /** The text of the record that may continue in the next piece. */
  private carry = '';
  private resumeAt = 0;
  private resumeQuoted = false;
  private started = false;
  private readonly decoder: TextDecoder;

  /** checkUtf8: decode strictly, throwing NotUtf8 at the first byte that is not UTF-8 (see encodingFromHead). */
  constructor(
    encoding: TextEncodingName,
    private readonly layout: CsvLayout,
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly signal?: AbortSignal,
    private readonly checkUtf8 = false,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal: checkUtf8 });
  }

  private decode(bytes: Uint8Array, last: boolean): string {
    if (!this.checkUtf8) return this.decoder.decode(bytes, { stream: !last });
    try {
      return this.decoder.decode(bytes, { stream: !last });
    } catch {
      throw new NotUtf8();
    }
  }

  /** Data records read so far (records after the header line). */
  get rows(): number {
    return Math.max(0, this.nonBlank - 1);
  }

  /** Decodes the next bytes and reads every record they complete; `last` reads whatever remains. */
  push(bytes: Uint8Array, last: boolean): void {
    let decoded = this.decode(bytes, last);
    if (!this.started && decoded.length > 0) {
      this.started = true;
      // A byte-order mark is not part of the first header (TextDecoder drops it for UTF-8/16, not GB18030).
      if (decoded.startsWith('\uFEFF')) decoded = decoded.slice(1);
    }
    const text = this.carry + decoded;
    if (!last && this.carry.length > LONG_RECORD_CHARS) {
      const scan = scanRecords(text, this.resumeAt, this.resumeQuoted);
      if (scan.cut === 0) {
        this.carry = text;
        this.resumeAt = scan.resumeAt;
        this.resumeQuoted = scan.quoted;
        return;
      }
    }
    this.resumeAt = 0;
    this.resumeQuoted = false;
    if (text.includes('"')) this.parseQuoted(text, last);
    else this.parseUnquoted(text, last);
  }

  /**
   * Text without a single quote, read as papaparse reads it (its "fast mode": split at line breaks, then at
   * delimiters; no errors are possible) without its per-row bookkeeping. The part after the last line break
   * waits for the next piece.
   */
  private parseUnquoted(text: string, last: boolean): void {
    const { delimiter, linebreak, lineChar } = this.layout;
    // A line break of one character is the line character: each row is one line. Otherwise ("\r\n") a lone
    // "\n" inside a row still counts as a line, as in the quoted path.
    const oneLinePerRow = linebreak === lineChar;
    let line = this.line;
    let nextBreak = oneLinePerRow ? -1 : text.indexOf(lineChar);
    let from = 0;
    for (;;) {
      const end = text.indexOf(linebreak, from);
      if (end < 0) break;
      const cursor = end + linebreak.length;
      const start = line;
      if (oneLinePerRow) line += 1;
      while (nextBreak >= 0 && nextBreak < cursor) {
        line += 1;
        nextBreak = text.indexOf(lineChar, nextBreak + 1);
      }
      this.takeCells(text.slice(from, end).split(delimiter), start);
      from = cursor;
      if (this.signal?.aborted) {
        this.aborted = true;
        return;
      }
    }
    if (last) {
      this.takeCells(text.slice(from).split(delimiter), line);
      this.carry = '';
      return;
    }
    this.carry = text.slice(from);
    this.line = line;
  }

  /**
   * Quoted text: records of plain and well-formed quoted fields, on one line each, are read here (see
   * simpleRecord), exactly as papaparse reads them. From the first record that is anything else (a line break
   * in quotes, a stray quote, spaces after a closing quote...), papaparse reads the rest of the piece: a quirky
   * file is quirky throughout, and the next piece starts here again.
   */
  private parseQuoted(text: string, last: boolean): void {
    const { delimiter, linebreak, lineChar } = this.layout;
    let line = this.line;
    let nextBreak = text.indexOf(lineChar);
    let from = 0;
    for (;;) {
      const end = text.indexOf(linebreak, from);
      // Without a line break, the rest is a record only in the last piece; otherwise it waits for the next.
      if (end < 0 && !last) break;
      const recordEnd = end < 0 ? text.length : end;
      const cells = simpleRecord(text, from, recordEnd, delimiter);
      if (cells === null) {
        this.line = line;
        this.parseWithPapa(from === 0 ? text : text.slice(from), last);
        return;
      }
      const cursor = end < 0 ? text.length : end + linebreak.length;
      const start = line;
      while (nextBreak >= 0 && nextBreak < cursor) {
        line += 1;
        nextBreak = text.indexOf(lineChar, nextBreak + 1);
      }
      this.takeCells(cells, start);
      from = cursor;
      if (this.signal?.aborted) {
        this.aborted = true;
        return;
      }
      if (end < 0) {
        this.carry = '';
        return;
      }
    }
    this.carry = text.slice(from);
    this.line = line;
  }

  /**
   * Parses the text with papaparse, handing on each record once the next one has begun: the last record of a piece may be cut
   * by the piece's end, so it is kept back (from where it starts, and on which line) and parsed again with the
   * next piece, unless this piece is the last.
   */
  private parseWithPapa(text: string, last: boolean): void {
    const lineChar = this.layout.lineChar;
    let line = this.line;
    let nextBreak = text.indexOf(lineChar);
    let held: Papa.ParseStepResult<string[]> | null = null;
    let heldLine = line;
    let heldFrom = 0;
    let from = 0;
    Papa.parse<string[]>(text, {
      delimiter: this.layout.delimiter,
      newline: this.layout.linebreak,
      step: (results, parser) => {
        const start = line;
        const cursor = results.meta.cursor;
        while (nextBreak >= 0 && nextBreak < cursor) {
          line += 1;
          nextBreak = text.indexOf(lineChar, nextBreak + 1);
        }
        if (held !== null) this.takeRecord(held, heldLine);
        held = results;
        heldLine = start;
        heldFrom = from;
        from = cursor;
        if (this.signal?.aborted) {
          this.aborted = true;
          parser.abort();
        }
      },
    });
    if (this.aborted) return;
    const kept = held as Papa.ParseStepResult<string[]> | null;
    if (last) {
      if (kept !== null) this.takeRecord(kept, heldLine);
      this.carry = '';
      return;
    }
    this.carry = kept === null ? '' : text.slice(heldFrom);
    this.line = kept === null ? line : heldLine;
  }

  private takeRecord(results: Papa.ParseStepResult<string[]>, line: number): void {
    // A delimiter that cannot be guessed defaults to a comma: a note about the file, not about this row.
    if (results.errors.length > 0 && results.errors.some((error) => error.type !== 'Delimiter')) {
      const errors = results.errors.filter((error) => error.type !== 'Delimiter');
      const message = errors.map((error) => error.message).join('; ');
      this.syntaxErrors.push({ row: line, column: null, value: '', message, kind: 'invalid' });
      return;
    }
    this.takeCells(results.data, line);
  }

  /** Cells trimmed in place (each record comes in a fresh array); a record of blanks only is skipped. */
  private takeCells(cells: string[], line: number): void {
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell.length === 0) continue;
      if (untrimmed(cell)) {
        blank = false;
        continue;
      }
      const trimmed = cell.trim();
      cells[i] = trimmed;
      if (trimmed !== '') blank = false;
    }
    if (blank) return;
    this.nonBlank += 1;
    this.onRecord({ cells, line });
  }
}

export interface CsvBytesOptions extends CsvReadOptions {
  /** Bytes decoded and parsed at a time (default 1 MiB). */
  chunkBytes?: number;
  /** Decode strictly as UTF-8: throws NotUtf8 when the bytes are not (see encodingFromHead). */
  checkUtf8?: boolean;
}

export function newChunks(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  onRecord: (record: CsvRecord) => void,
  options: CsvBytesOptions,
): CsvChunks {
  const layout = csvLayout(decodeHead(bytes, encoding));
  return new CsvChunks(encoding, layout, onRecord, options.signal, options.checkUtf8 ?? false);
}

/** readCsvRecords over bytes, chunk by chunk, without yielding: progress after each chunk, then at 1. */
export function readCsvBytes(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  onRecord: (record: CsvRecord) => void,
  options: CsvBytesOptions = {},
): CsvReadResult {
  if (options.signal?.aborted) return { syntaxErrors: [], aborted: true };
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const chunks = newChunks(bytes, encoding, onRecord, options);
  for (let offset = 0; ; offset += chunkBytes) {
    const end = Math.min(bytes.length, offset + chunkBytes);
    const last = end === bytes.length;
    chunks.push(bytes.subarray(offset, end), last);
    if (chunks.aborted) return { syntaxErrors: chunks.syntaxErrors, aborted: true };
    if (last) break;
    options.onProgress?.({ rows: chunks.rows, fraction: end / bytes.length });
  }
  options.onProgress?.({ rows: chunks.rows, fraction: 1 });
  return { syntaxErrors: chunks.syntaxErrors, aborted: false };
}
