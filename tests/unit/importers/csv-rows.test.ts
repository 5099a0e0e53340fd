import { describe, expect, it } from 'vitest';
import { readCsvRecords, type CsvRecord } from '../../../src/data/importers/csv-rows';

function records(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  readCsvRecords(text, (r) => out.push(r));
  return out;
}

describe('readCsvRecords', () => {
  it('numbers records by the line they start on, across quoted line breaks and blank lines', () => {
    const text = 'a,b\n1,"two\nlines"\n\n3,4\r\n';
    expect(records(text)).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'two\nlines'], line: 2 },
      { cells: ['3', '4'], line: 5 },
    ]);
  });

  it('keeps the empty last column of a trailing comma', () => {
    expect(records('"x","y",\n"1","2",\n')[1]?.cells).toEqual(['1', '2', '']);
  });

  it('reports progress and ends at 1', () => {
    const fractions: number[] = [];
    readCsvRecords('a\n'.repeat(5000), () => undefined, { onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops when the signal aborts', () => {
    const controller = new AbortController();
    let seen = 0;
    const result = readCsvRecords(
      'a\n'.repeat(10_000),
      () => {
        seen += 1;
        if (seen === 10) controller.abort();
      },
      { signal: controller.signal },
    );
    expect(result.aborted).toBe(true);
    expect(seen).toBeLessThan(100);
  });
});
