import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../src/data/csv/csv-rows';

describe('csvRows (d3-dsv csvParseRows, ported)', () => {
  it('reads any text exactly as d3-dsv does: quotes, doubled quotes, CR, LF, CRLF, empty cells and lines', () => {
    const piece = fc.constantFrom('a', 'bc', ',', '"', '""', '\n', '\r', '\r\n', ' ', '1.5', 'é', '中');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(csvRows(text)).toEqual(csvParseRows(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the shapes the data files have', () => {
    expect(csvRows('period,value\n2021,"1,5"\n2022,\n')).toEqual([
      ['period', 'value'],
      ['2021', '1,5'],
      ['2022', ''],
    ]);
    expect(csvRows('a,"say ""hi"""\r\nb,c')).toEqual([
      ['a', 'say "hi"'],
      ['b', 'c'],
    ]);
    expect(csvRows('')).toEqual([]);
    expect(csvRows('x\n\ny')).toEqual([['x'], [''], ['y']]);
  });
});
