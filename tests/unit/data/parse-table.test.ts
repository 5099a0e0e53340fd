import { describe, expect, it } from 'vitest';
import { MissingColumnsError, parseTable } from '../../../src/data/csv/parse-table';
import { eventRow, flowRow, reconciliationRow } from '../../../src/data/schema';
import { fixtureText } from './fixtures';

describe('parseTable', () => {
  it('types every cell of the good rows and keeps HS codes as 6-character strings', () => {
    const { rows } = parseTable(fixtureText('baci_chpl.csv'), flowRow, 'flows/baci_chpl.csv');
    const first = rows[0];
    expect(first).toEqual({
      period: '2017',
      freq: 'A',
      exporter: 'CHN',
      importer: 'RUS',
      product: '854231',
      value: 200000000,
      currency: 'USD',
      quantity: 10.5,
      quantity_unit: 't',
      source: 'baci',
      basis: 'reconciled',
    });
    expect(rows.find((r) => r.product === '010121')?.product).toBe('010121');
  });

  it('leaves a bad row out and reports its file, line and column instead of turning it into 0', () => {
    const { rows, errors } = parseTable(fixtureText('baci_chpl.csv'), flowRow, 'flows/baci_chpl.csv');
    expect(rows).toHaveLength(12);
    expect(rows.some((r) => r.period === '2018')).toBe(false);
    expect(errors).toEqual([
      { file: 'flows/baci_chpl.csv', row: 4, column: 'value', message: '"abc" is not a number' },
    ]);
  });

  it('reads an empty quantity as null, not 0', () => {
    const { rows } = parseTable(fixtureText('baci_chpl.csv'), flowRow, 'f.csv');
    expect(rows[1]?.quantity).toBeNull();
    expect(rows[1]?.quantity_unit).toBeNull();
  });

  it('reads empty nullable numbers as null (missing values stay missing)', () => {
    const { rows, errors } = parseTable(fixtureText('reconciliation.csv'), reconciliationRow, 'r.csv');
    expect(errors).toEqual([]);
    expect(rows[1]).toMatchObject({
      year: '2024',
      baci_usd: null,
      comtrade_usd: 1200000000,
      imf_vs_baci_pct: null,
    });
  });

  it('reports schema failures with the column that failed', () => {
    const text =
      'id,date,category,label,description,source_title,source_url,kind,lists_entities_mainland_china,lists_entities_hong_kong,short_label,label_on\n' +
      'Bad Id,2022/01/01,war,x,y,z,not-a-url,event,maybe,,x,\n';
    const { rows, errors } = parseTable(text, eventRow, 'events.csv');
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.column).sort()).toEqual([
      'date',
      'id',
      'lists_entities_mainland_china',
      'source_url',
    ]);
    expect(errors.every((e) => e.row === 2 && e.file === 'events.csv')).toBe(true);
  });

  it('reports a row with too few fields as a syntax error of that line', () => {
    const text =
      'year,baci_usd,comtrade_usd,comtrade_months,imf_usd,comtrade_vs_baci_pct,imf_vs_baci_pct,imf_vs_comtrade_pct\n2020,1\n';
    const { rows, errors } = parseTable(text, reconciliationRow, 'r.csv');
    expect(rows).toEqual([]);
    expect(errors[0]).toMatchObject({ file: 'r.csv', row: 2, column: null });
  });

  it('fails the whole file when a column is missing', () => {
    expect(() => parseTable('period,value\n2017,1\n', flowRow, 'flows/x.csv')).toThrow(MissingColumnsError);
    expect(() => parseTable('period,value\n2017,1\n', flowRow, 'flows/x.csv')).toThrow(
      /flows\/x.csv is missing column\(s\): freq/,
    );
  });
});
