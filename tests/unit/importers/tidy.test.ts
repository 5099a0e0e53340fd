import { describe, expect, it } from 'vitest';
import { formatTidyCsv, importFile } from '../../../src/data/importers';
import type { FlowRow } from '../../../src/data/schema';
import { fixtureText, utf8 } from './helpers';

const rows: FlowRow[] = [
  {
    period: '2023-01',
    freq: 'M',
    exporter: 'CHN',
    importer: 'RUS',
    product: '854231',
    value: 2_500_000.25,
    currency: 'USD',
    quantity: 1.5,
    quantity_unit: 't',
    source: 'user:mine.csv',
    basis: 'exporter-reported',
  },
  {
    period: '2023',
    freq: 'A',
    exporter: 'RUS',
    importer: 'CHN',
    product: 'TOTAL',
    value: 7e9,
    currency: 'CNY',
    quantity: null,
    quantity_unit: null,
    source: 'user:mine.csv',
    basis: 'importer-reported',
  },
];

describe('tidy CSV', () => {
  it('round-trips: formatTidyCsv then importFile gives the same rows', () => {
    const result = importFile(utf8(formatTidyCsv(rows)), 'mine.csv');
    expect(result.format).toBe('tidy');
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual(rows);
  });

  it('validates every row against the schema and reports bad ones by line', () => {
    const result = importFile(utf8(fixtureText('tidy-flows.csv')), 'my-flows.csv');
    expect(result.rows.map((r) => r.period)).toEqual(['2023-01', '2023-02', '2022']);
    expect(result.rejected.map((r) => [r.row, r.column])).toEqual([
      [5, 'period'],
      [6, 'freq'],
      [7, 'product'],
    ]);
  });

  it('keeps CNY and relabels rows that claim another source', () => {
    const result = importFile(utf8(fixtureText('tidy-flows.csv')), 'my-flows.csv');
    expect(result.rows[1]).toMatchObject({ currency: 'CNY', quantity: null });
    expect(result.rows[2]?.source).toBe('user:my-flows.csv');
    expect(result.warnings.some((w) => w.includes('relabelled'))).toBe(true);
  });

  it('names missing columns', () => {
    const result = importFile(
      utf8('period,freq,exporter,importer,product,value,currency,quantity,source,basis\n'),
      'x.csv',
    );
    expect(result.format).toBe('unknown');
    expect(result.error).toMatch(/not one we can read/);
  });
});
