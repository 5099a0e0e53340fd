import { describe, expect, it } from 'vitest';
import { seriesForSpec } from '../../../src/query/spec-series';
import type { PartnerRow } from '../../../src/data/schema';
import { manifest, row, specFor, valuesOf } from './fixtures';

const imf = [
  row({ period: '2021', exporter: 'CHN', importer: 'RUS', product: 'TOTAL', value: 30, source: 'imf-imts' }),
  row({ period: '2021', exporter: 'TUR', importer: 'RUS', product: 'TOTAL', value: 10, source: 'imf-imts' }),
  row({
    period: '2021',
    exporter: 'G001',
    importer: 'RUS',
    product: 'TOTAL',
    value: 200,
    source: 'imf-imts',
  }),
  row({ period: '2021', exporter: 'RUS', importer: 'CHN', product: 'TOTAL', value: 70, source: 'imf-imts' }),
];
const partners: PartnerRow[] = [{ code: 'CHN', iso3: 'CHN', m49: '156', name: 'China', kind: 'country' }];

const imfTables = {
  manifest,
  flows: new Map([['flows/imf_russia_partners.csv', imf]]),
  concordance: [],
  partners,
};

describe('seriesForSpec: partner flows', () => {
  const flow = { kind: 'partners', reporter: 'RUS', direction: 'imports', partners: ['CHN', 'TUR'] } as const;

  it('draws one series per partner of the reporter’s imports, named from partners.csv', () => {
    const spec = specFor('imf-partners', { flow, from: '2021', to: '2021' });
    const result = seriesForSpec(spec, imfTables);
    expect(result.series.map((s) => [s.key, s.label, valuesOf(s)['2021']])).toEqual([
      ['CHN', 'China', 30],
      ['TUR', 'TUR', 10],
    ]);
  });

  it('reads exports the other way round', () => {
    const spec = specFor('imf-partners', {
      flow: { ...flow, direction: 'exports' },
      from: '2021',
      to: '2021',
    });
    expect(valuesOf(seriesForSpec(spec, imfTables).series[0]!)['2021']).toBe(70);
  });

  it('divides by the reporter’s trade with the world for a share of total', () => {
    const spec = specFor('imf-partners', {
      flow,
      from: '2021',
      to: '2021',
      transform: { kind: 'share', of: 'total' },
    });
    expect(seriesForSpec(spec, imfTables).series.map((s) => valuesOf(s)['2021'])).toEqual([15, 5]);
  });

  it('sums the 27 member states for the EU27 reporter, in euros', () => {
    const eurostat = [
      row({
        period: '2021-03',
        freq: 'M',
        exporter: 'DEU',
        importer: 'KAZ',
        product: 'EU-SANCTIONED',
        value: 4,
        currency: 'EUR',
      }),
      row({
        period: '2021-03',
        freq: 'M',
        exporter: 'FRA',
        importer: 'KAZ',
        product: 'EU-SANCTIONED',
        value: 6,
        currency: 'EUR',
      }),
    ];
    const spec = specFor('eurostat-eu-sanctioned', {
      flow: { kind: 'partners', reporter: 'EU27', direction: 'exports', partners: ['KAZ'] },
      from: '2021-02',
      to: '2021-03',
    });
    const result = seriesForSpec(spec, {
      ...imfTables,
      flows: new Map([['flows/eurostat_eu_sanctioned.csv', eurostat]]),
    });
    expect(valuesOf(result.series[0]!)).toEqual({ '2021-02': null, '2021-03': 10 });
    expect(result.unit).toEqual({ kind: 'currency', currency: 'EUR' });
  });

  it('reads 11 earlier months for a 12-month rolling sum and is null until all 12 are there', () => {
    const months = Array.from({ length: 13 }, (_, i) => {
      const index = 2020 * 12 + i;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    const rows = months.map((period) =>
      row({ period, freq: 'M', product: 'TOTAL', value: 1, source: 'comtrade-monthly-totals' }),
    );
    const spec = specFor('comtrade-monthly', {
      from: '2020-12',
      to: '2021-01',
      transform: { kind: 'rolling', window: 12 },
    });
    const result = seriesForSpec(spec, {
      ...imfTables,
      flows: new Map([['flows/comtrade_monthly_totals.csv', rows]]),
    });
    expect(valuesOf(result.series[0]!)).toEqual({ '2020-12': 12, '2021-01': 12 });
    const late = seriesForSpec(
      { ...spec, from: '2020-11' },
      {
        ...imfTables,
        flows: new Map([['flows/comtrade_monthly_totals.csv', rows]]),
      },
    );
    expect(valuesOf(late.series[0]!)['2020-11']).toBeNull();
  });
});
