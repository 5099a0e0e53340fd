// @vitest-environment node
// The chunked CSV reader (csv-chunks.ts) reads its own fast path for simple records and hands the rest to
// papaparse: whatever the text and wherever the chunks fall, it must give what papaparse gives over the whole
// text at once (readCsvRecords): the same records, cells, line numbers and refusals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvBytes } from '../../../src/data/importers/csv-chunks';
import { readCsvRecords, type CsvRecord } from '../../../src/data/importers/csv-rows';
import type { RejectedRow } from '../../../src/data/importers/types';
import { utf8 } from './helpers';

interface Read {
  records: CsvRecord[];
  syntaxErrors: RejectedRow[];
}

function whole(text: string): Read {
  const records: CsvRecord[] = [];
  const { syntaxErrors } = readCsvRecords(text, (r) => records.push({ cells: [...r.cells], line: r.line }));
  return { records, syntaxErrors };
}

function chunked(text: string, chunkBytes: number): Read {
  const records: CsvRecord[] = [];
  const { syntaxErrors } = readCsvBytes(
    utf8(text),
    'utf-8',
    (r) => records.push({ cells: [...r.cells], line: r.line }),
    { chunkBytes },
  );
  return { records, syntaxErrors };
}

/** Pieces that make CSV hard: quotes in every position, escaped quotes, spaces, every kind of line break. */
const piece = fc.constantFrom(
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  'a',
  'bc',
  '12',
  '"x"',
  '"y,z"',
  '"p""q"',
  '"multi\nline"',
  '"x" ',
  '5" disk',
  'é',
  '中',
);
const csvText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
/** Mostly well-formed rows (the fast path), with now and then a quirk (the fallback). */
const rowsText = fc
  .array(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('a', '', '123', ' x ', 'p"q') },
        { weight: 3, arbitrary: fc.constantFrom('"a"', '""', '"b,c"', '"d""e"') },
        { weight: 1, arbitrary: fc.constantFrom('"f\ng"', '"h" ', '"i"j', '"k') },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    { maxLength: 30 },
  )
  .chain((rows) =>
    fc
      .constantFrom('\n', '\r\n', '\r')
      .map((linebreak) => rows.map((cells) => cells.join(',')).join(linebreak)),
  );

describe('readCsvBytes', () => {
  it('reads random text as papaparse reads it whole, wherever the chunks fall', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 40 }), (text, chunkBytes) => {
        expect(chunked(text, chunkBytes)).toEqual(whole(text));
      }),
      { numRuns: 600 },
    );
  }, 30_000);

  it('reads mostly well-formed rows as papaparse does, quirks included', () => {
    fc.assert(
      fc.property(rowsText, fc.integer({ min: 1, max: 64 }), (text, chunkBytes) => {
        expect(chunked(text, chunkBytes)).toEqual(whole(text));
        expect(chunked(text, 1 << 20)).toEqual(whole(text));
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('numbers records by line across quoted line breaks, blank lines and CRLF', () => {
    const text = 'a,b\r\n"1","two\r\nlines"\r\n\r\n"3",4\r\n';
    expect(chunked(text, 5).records).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'two\r\nlines'], line: 2 },
      { cells: ['3', '4'], line: 5 },
    ]);
  });

  it('reads a quote that is never closed in one pass, and refuses it by the line it starts on', () => {
    // Several MB in one unclosed field: scanned chunk by chunk for its end, not re-parsed with every chunk.
    const text = `a,b\n1,2\n3,"never closed ${'x'.repeat(6_000_000)}\n4,5\n`;
    const started = performance.now();
    const read = chunked(text, 64 * 1024);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(read.records.map((r) => r.line)).toEqual([1, 2]);
    expect(read.syntaxErrors.map((e) => e.row)).toEqual([3]);
    expect(read.syntaxErrors[0]?.message).toMatch(/quote/i);
  }, 30_000);

  it('reports progress after each chunk, then 1, and stops when the signal aborts', () => {
    const text = `h\n${'row\n'.repeat(5000)}`;
    const fractions: number[] = [];
    readCsvBytes(utf8(text), 'utf-8', () => undefined, {
      chunkBytes: 4096,
      onProgress: (p) => fractions.push(p.fraction),
    });
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);

    const controller = new AbortController();
    let seen = 0;
    const read = readCsvBytes(
      utf8(text),
      'utf-8',
      () => {
        seen += 1;
        if (seen === 10) controller.abort();
      },
      { signal: controller.signal, chunkBytes: 4096 },
    );
    expect(read.aborted).toBe(true);
    expect(seen).toBeLessThan(100);
  });
});
