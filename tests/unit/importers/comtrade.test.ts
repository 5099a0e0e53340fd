import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import { flowRow } from '../../../src/data/schema';
import { fixtureText, readBytes, SAMPLE_COMTRADE, utf8 } from './helpers';

describe('UN Comtrade CSV', () => {
  const result = importFile(utf8(fixtureText('comtrade-monthly.csv')), 'comtrade.csv');

  it('maps reporter/partner and flow to exporter/importer and basis', () => {
    expect(result.format).toBe('comtrade-csv');
    expect(result.error).toBeNull();
    expect(result.rows[0]).toEqual({
      period: '2023-01',
      freq: 'M',
      exporter: 'RUS',
      importer: 'CHN',
      product: 'TOTAL',
      value: 1_000_000,
      currency: 'USD',
      quantity: null, // Comtrade's 0.0 kg means "not reported"
      quantity_unit: null,
      source: 'user:comtrade.csv',
      basis: 'importer-reported',
    });
    expect(result.rows[1]).toMatchObject({
      exporter: 'CHN',
      importer: 'RUS',
      product: '854231',
      value: 2_500_000,
      quantity: 1.5,
      quantity_unit: 't',
      basis: 'exporter-reported',
    });
    for (const row of result.rows) expect(flowRow.safeParse(row).success).toBe(true);
  });

  it('maps World (0) and Comtrade-only codes (842 = USA)', () => {
    expect(result.rows.map((r) => `${r.period} ${r.importer} ${r.product} ${r.value}`)).toEqual([
      '2023-01 CHN TOTAL 1000000',
      '2023-01 RUS 854231 2500000',
      '2023-02 RUS 854231 100',
      '2023-02 WLD 854231 9000000',
      '2023-02 USA 854231 60',
      '2023 RUS 854231 30000000',
    ]);
  });

  it('reads an annual row as an annual period', () => {
    expect(result.rows.at(-1)).toMatchObject({ period: '2023', freq: 'A', quantity: 20 });
  });

  it('refuses aggregates, breakdowns, other flows, unknown areas and empty values, on their lines', () => {
    expect(result.rejected.map((r) => [r.row, r.column, r.kind])).toEqual([
      [5, 'cmdCode', 'unsupported'],
      [7, 'partnerCode', 'invalid'],
      [8, 'flowCode', 'unsupported'],
      [9, 'customsCode', 'unsupported'],
      [11, 'primaryValue', 'invalid'],
    ]);
    expect(result.unresolvedPartners).toEqual([{ code: '490', name: '', rows: 1 }]);
  });

  it('warns that an 8-digit code was cut to HS6', () => {
    expect(result.warnings.some((w) => w.includes('85423100'))).toBe(true);
    expect(result.summary).toMatchObject({ inputRows: 11, rows: 6, currencies: ['USD'] });
  });
});

describe('UN Comtrade API JSON', () => {
  const result = importFile(utf8(fixtureText('comtrade-api.json')), 'comtrade.json');

  it('reads the data array with numeric codes', () => {
    expect(result.format).toBe('comtrade-json');
    expect(result.rows.map((r) => [r.exporter, r.importer, r.product, r.value, r.quantity])).toEqual([
      ['CHN', 'RUS', '880622', 1_250_000.5, 0.8],
      ['RUS', 'CHN', '271012', 4_000_000, null],
      ['CHN', 'KAZ', '854231', 200_000, 0.012],
      ['CHN', 'ARM', '851762', 75_000, null],
    ]);
    expect(result.summary.periods).toEqual(['2023-03']);
  });

  it('accepts a bare array and reports broken JSON in words', () => {
    const records = JSON.stringify(
      (JSON.parse(fixtureText('comtrade-api.json')) as { data: unknown[] }).data,
    );
    expect(importFile(utf8(records), 'x.json').rows).toHaveLength(4);
    const broken = importFile(utf8('{"data": [ {"cmdCode": '), 'x.json');
    expect(broken.rows).toEqual([]);
    expect(broken.error).toMatch(/not valid JSON/);
  });

  it('passes on the API error message when there is no data', () => {
    const result = importFile(
      utf8('{"data": null, "error": "Invalid subscription key", "cmdCode": 1}'),
      'x.json',
    );
    expect(result.error).toMatch(/Invalid subscription key/);
  });

  it('numbers rejected JSON rows by record', () => {
    const result = importFile(utf8('[{"cmdCode":"854231","flowCode":"X"}, 7]'), 'x.json');
    expect(result.rejected.map((r) => r.row)).toEqual([1, 2]);
  });
});

describe('the real Comtrade API file (China imports from Russia, TOTAL, monthly)', () => {
  it('imports all 96 months as importer-reported RUS -> CHN', () => {
    const result = importFile(readBytes(SAMPLE_COMTRADE), 'comtrade_imports.csv');
    expect(result.rejected).toEqual([]);
    expect(result.summary).toMatchObject({ inputRows: 96, rows: 96, products: 1, partners: ['CHN', 'RUS'] });
    expect(result.summary.periods[0]).toBe('2017-01');
    expect(result.summary.periods.at(-1)).toBe('2024-12');
    expect(result.rows[0]).toMatchObject({ exporter: 'RUS', importer: 'CHN', value: 3_159_813_913 });
  });
});
