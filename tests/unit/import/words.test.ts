import { describe, expect, it } from 'vitest';
import { rejectedFileName, rejectedToCsv } from '../../../src/import/rejected-csv';
import {
  checkPeriod,
  needsSentence,
  periodsText,
  refusedCount,
  rejectedNote,
} from '../../../src/import/words';

describe('the import page’s words', () => {
  it('names the periods a file covers', () => {
    expect(periodsText(['2023'])).toBe('2023');
    expect(periodsText(['2022', '2023', '2023-01', '2023-02'])).toBe(
      '2022 to 2023 (2 years) and Jan 2023 to Feb 2023 (2 months)',
    );
    expect(periodsText([])).toBe('none');
  });

  it('counts the rows left out from the importer’s warning when it lists only the first ones', () => {
    const rejected = Array.from({ length: 3 }, (_, i) => ({
      row: i + 2,
      column: 'period',
      value: 'x',
      message: 'expected YYYY or YYYY-MM',
      kind: 'invalid' as const,
    }));
    expect(refusedCount({ rejected, warnings: [] })).toBe(3);
    expect(refusedCount({ rejected, warnings: ['1200 rows were refused; the first 3 are listed.'] })).toBe(
      1200,
    );
    expect(rejectedNote(3, 3, 200)).toBe('The rest of the file was imported without them.');
    expect(rejectedNote(1200, 500, 200)).toMatch(
      /first 200 are shown here; the download lists the first 500/,
    );
  });

  it('asks in a sentence for what the file does not say, and checks a typed period', () => {
    expect(needsSentence(['period', 'flow'])).toBe(
      'This file does not say its period or whether it lists exports or imports: please tell us, and it is read again with your answer.',
    );
    expect(checkPeriod(' 2023-04 ')).toEqual({ ok: true, period: '2023-04' });
    expect(checkPeriod('2023-13')).toMatchObject({ ok: false });
    expect(checkPeriod('23')).toMatchObject({ ok: false });
  });

  it('writes the rows left out as a CSV with row, column, value and what was expected', () => {
    const csv = rejectedToCsv([
      {
        row: 7,
        column: 'Trading partner code',
        value: '=344',
        message: 'not in our table, "Ukraine"',
        kind: 'invalid',
      },
    ]);
    expect(csv).toBe(
      'row,column,value,expected,kind\r\n7,Trading partner code,\'=344,"not in our table, ""Ukraine""",invalid\r\n',
    );
    expect(rejectedFileName('gacc export.csv')).toBe('gacc export - rows left out.csv');
  });
});
