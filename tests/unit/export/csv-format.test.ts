import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCell, neutraliseFormula, plainNumber, toCsv } from '../../../src/export/csv-format';

describe('plainNumber', () => {
  it.each([
    [0, '0'],
    [-12.5, '-12.5'],
    [1e21, '1000000000000000000000'],
    [-1.5e22, '-15000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.25e-10, '-0.000000000225'],
    [123456789.123, '123456789.123'],
    [5e-324, `0.${'0'.repeat(323)}5`],
  ])('writes %s as %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it('writes no value for NaN or infinities', () => {
    expect([NaN, Infinity, -Infinity].map(plainNumber)).toEqual(['', '', '']);
  });

  it('never uses an exponent or a separator, and reads back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('formula injection', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text and numeric cells alone', () => {
    expect(neutraliseFormula('Tier 1')).toBe('Tier 1');
    expect(formatCell(-12.5)).toBe('-12.5');
    expect(formatCell('-12.5')).toBe("'-12.5");
  });
});

describe('toCsv', () => {
  it('quotes as RFC 4180 and ends every line with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        ['line\nbreak', null],
      ],
    );
    expect(csv).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('adds a UTF-8 byte-order mark only when asked', () => {
    const plain = toCsv(['é'], [['ü']]);
    const excel = toCsv(['é'], [['ü']], { bom: true });
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(excel).toBe(`\uFEFF${plain}`);
  });

  it('parses back to the same text cells (after neutralising) and empty for null', () => {
    const cell = fc.option(fc.string({ unit: 'grapheme' }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(['a', 'b'], rows), { newline: '\r\n' });
        const body = parsed.data.slice(1, 1 + rows.length);
        expect(body).toEqual(rows.map((row) => row.map((c) => (c === null ? '' : neutraliseFormula(c)))));
      }),
    );
  });
});
