// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatNumber, parseCsv, parseCsvRecords, readRecords, writeCsv } from '../../scripts/pipeline/csv';

describe('parseCsvRecords', () => {
  it('handles quotes, doubled quotes, embedded newlines, CRLF and a BOM, keeping start lines', () => {
    const text = '\uFEFFa,b\r\n1,"x, y"\r\n2,"say ""hi""\nsecond line"\r\n3,z\r\n';
    const records = parseCsvRecords(text);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x, y'] },
      { line: 3, cells: ['2', 'say "hi"\nsecond line'] },
      { line: 5, cells: ['3', 'z'] },
    ]);
  });

  it('keeps empty cells and reads a last line without newline', () => {
    expect(parseCsvRecords('a,b,c\n1,,3')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', '3'] },
    ]);
  });
});

describe('readRecords', () => {
  const where = { source: 'demo', file: 'demo.csv' };

  it('names a missing column', () => {
    expect(() => readRecords(parseCsv('a,b\n1,2\n'), ['a', 'c'], where)).toThrow(
      /demo: demo.csv has no column "c"/,
    );
  });

  it('rejects a record with the wrong number of cells, naming its line', () => {
    expect(() => readRecords(parseCsv('a,b\n1,2\n3\n'), ['a'], where)).toThrow(
      /demo.csv row 3: expected 2 cells, got 1/,
    );
  });
});

describe('formatNumber / writeCsv', () => {
  it('never writes exponent notation', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(45922805741)).toBe('45922805741');
    expect(formatNumber(3.124)).toBe('3.124');
  });

  it('writes header and rows in column order, empty for null, quoting when needed', () => {
    const csv = writeCsv(['b', 'a'] as const, [
      { a: 'x, "y"', b: null },
      { a: 'plain', b: 2 },
    ]);
    expect(csv).toBe('b,a\n,"x, ""y"""\n2,plain\n');
  });
});
