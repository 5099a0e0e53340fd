import { describe, expect, it } from 'vitest';
import { parseRecords, type RowReader } from '../../../src/data/csv/parse-records';

/** Keeps every row, as { column: cell } of the asked columns. */
const keepAll =
  (columns: string[]): RowReader<Record<string, string>> =>
  (cells, positions) => ({
    ok: true,
    row: Object.fromEntries(columns.map((c) => [c, cells[positions[c] as number] ?? ''])),
  });

const read = (text: string, columns = ['a', 'b']) => parseRecords(text, columns, keepAll(columns), 'f.csv');

describe('parseRecords', () => {
  it('reads rows by header name, with BOM, CRLF and empty lines', () => {
    expect(read('\uFEFFb,a\r\n1,2\r\n\r\n3,4\r\n')).toEqual({
      rows: [
        { a: '2', b: '1' },
        { a: '4', b: '3' },
      ],
      errors: [],
    });
  });

  it('reports rows with too few or too many fields by line, and keeps the others', () => {
    const { rows, errors } = read('a,b\n1,2\n3\n4,5,6\n7,8\n');
    expect(rows).toEqual([
      { a: '1', b: '2' },
      { a: '7', b: '8' },
    ]);
    expect(errors).toEqual([
      { file: 'f.csv', row: 3, column: null, message: 'Too few fields: expected 2 fields but parsed 1' },
      { file: 'f.csv', row: 4, column: null, message: 'Too many fields: expected 2 fields but parsed 3' },
    ]);
  });

  it('reports a quoting error on the line it starts', () => {
    const { rows, errors } = read('a,b\n1,2\n3,"4\n');
    expect(rows).toEqual([{ a: '1', b: '2' }]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: null })]);
  });

  it('counts blank lines in line numbers, as a text editor does', () => {
    const { errors } = read('a,b\n1,2\n\nx,y,z\n');
    expect(errors).toEqual([expect.objectContaining({ row: 4, message: expect.stringMatching(/Too many/) })]);
  });

  it('says a quote is not closed, rather than reading the rest of the file as one cell', () => {
    const { errors } = read('a,b\n1,"2\n3,4\n');
    expect(errors).toEqual([
      { file: 'f.csv', row: 2, column: null, message: expect.stringMatching(/quote is not closed/) },
    ]);
  });

  it('reads quoted cells with commas and quotes', () => {
    expect(read('a,b\n"x, y","say ""hi"""\n').rows).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });

  it('uses the first of two columns with the same name', () => {
    expect(read('a,b,a\n1,2,3\n').rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('passes each row its line number, the header being line 1', () => {
    const lines: number[] = [];
    parseRecords(
      'a\n1\n2\n',
      ['a'],
      (_cells, _positions, _file, row) => {
        lines.push(row);
        return { ok: false, errors: [] };
      },
      'f.csv',
    );
    expect(lines).toEqual([2, 3]);
  });
});
