import { describe, expect, it } from 'vitest';
import { biggestMovers } from '../../../src/explorer/biggest-movers';
import { filterPartners, partnerOptions, partnersWithData } from '../../../src/explorer/partner-options';
import { tierCodes } from '../../../src/explorer/tier-codes';
import { activateLocale } from '../../../src/i18n/i18n';
import type { ChplItem, ConcordanceRow, FlowRow, PartnerRow } from '../../../src/data/schema';
import { makeFlowRow } from '../../fixtures/flow-row';

const row = (period: string, exporter: string, importer: string, product: string, value: number): FlowRow =>
  makeFlowRow({ period, exporter, importer, product, value });

describe('biggestMovers', () => {
  const rows = [
    row('2021', 'CHN', 'RUS', '845710', 100),
    row('2023', 'CHN', 'RUS', '845710', 900),
    row('2021', 'CHN', 'RUS', '854231', 500),
    row('2023', 'CHN', 'RUS', '854231', 100),
    row('2021', 'CHN', 'RUS', '010121', 10),
    row('2023', 'CHN', 'RUS', '010121', 12),
    row('2023', 'CHN', 'RUS', '880330', 5000),
    row('2021', 'RUS', 'CHN', '845710', 1),
    row('2023', 'RUS', 'CHN', '845710', 99999),
  ];

  it('ranks by absolute change in the chosen direction, falls included', () => {
    const { movers } = biggestMovers(rows, {
      exporter: 'CHN',
      importer: 'RUS',
      fromYear: '2021',
      toYear: '2023',
      limit: 2,
    });
    expect(movers).toEqual([
      { hs6: '845710', fromValue: 100, toValue: 900, change: 800 },
      { hs6: '854231', fromValue: 500, toValue: 100, change: -400 },
    ]);
  });

  it('never ranks a product missing in one year as if it were zero, and counts them', () => {
    const result = biggestMovers(rows, {
      exporter: 'CHN',
      importer: 'RUS',
      fromYear: '2021',
      toYear: '2023',
      limit: 10,
    });
    expect(result.movers.map((m) => m.hs6)).not.toContain('880330');
    expect(result.oneSided).toBe(1);
  });
});

describe('tierCodes', () => {
  const concordance: ConcordanceRow[] = [
    {
      hs6_2022: '845710',
      hs6_2017: '845710',
      tier: '4.B',
      match: 'exact',
      note: 'Same code in HS 2017.',
      comparability: 'same-scope',
      comparable: 'yes',
      carved_out: '',
      override: '',
    },
    {
      hs6_2022: '854151',
      hs6_2017: '854150',
      tier: '3.A',
      match: 'approximate',
      note: 'Split in HS 2022.',
      comparability: 'split',
      comparable: 'no',
      carved_out: '',
      override: '',
    },
    {
      hs6_2022: '854159',
      hs6_2017: '854150',
      tier: '3.A',
      match: 'approximate',
      note: 'Split in HS 2022.',
      comparability: 'split',
      comparable: 'no',
      carved_out: '',
      override: '',
    },
  ];
  const url = 'https://www.bis.gov/chpl';
  const chpl: ChplItem[] = [
    { hs6_2022: '845710', tier: '4.B', description: 'Machining centres for working metal', source_url: url },
    { hs6_2022: '854151', tier: '3.A', description: 'Semiconductor-based transducers', source_url: url },
    { hs6_2022: '854159', tier: '3.A', description: 'Other semiconductor devices', source_url: url },
  ];

  it('lists each tier’s HS 2017 codes once, with the HS 2022 codes and names behind them', () => {
    const codes = tierCodes(concordance, chpl);
    expect(codes.get('4.B')).toEqual([
      {
        hs6: '845710',
        hs6_2022: ['845710'],
        name: 'Machining centres for working metal',
        match: 'exact',
        note: 'Same code in HS 2017.',
      },
    ]);
    expect(codes.get('3.A')).toEqual([
      {
        hs6: '854150',
        hs6_2022: ['854151', '854159'],
        name: 'Semiconductor-based transducers; Other semiconductor devices',
        match: 'approximate',
        note: 'Split in HS 2022.',
      },
    ]);
    expect(codes.get('1')).toEqual([]);
  });
});

describe('partner options', () => {
  const flows = [
    row('2020', 'CHN', 'RUS', 'TOTAL', 1),
    row('2020', 'G998', 'RUS', 'TOTAL', 1),
    row('2020', 'RUS', 'IND', 'TOTAL', 1),
    row('2020', 'DEU', 'KAZ', 'TOTAL', 1),
  ];
  const partners: PartnerRow[] = [
    { code: 'CHN', iso3: 'CHN', m49: '156', name: 'China', kind: 'country' },
    { code: 'G998', iso3: null, m49: null, name: 'European Union (EU)', kind: 'aggregate' },
    { code: 'IND', iso3: 'IND', m49: '356', name: 'India', kind: 'country' },
    { code: 'KAZ', iso3: 'KAZ', m49: '398', name: 'Kazakhstan', kind: 'country' },
  ];

  it('offers only partners with data in the chosen direction, countries before aggregates', () => {
    const imports = partnersWithData(flows, {
      kind: 'partners',
      reporter: 'RUS',
      direction: 'imports',
      partners: ['CHN'],
    });
    expect(partnerOptions(imports, partners).map((o) => o.code)).toEqual(['CHN', 'G998']);
    const exports = partnersWithData(flows, {
      kind: 'partners',
      reporter: 'RUS',
      direction: 'exports',
      partners: ['IND'],
    });
    expect([...exports]).toEqual(['IND']);
    const eu = partnersWithData(flows, {
      kind: 'partners',
      reporter: 'EU27',
      direction: 'exports',
      partners: ['KAZ'],
    });
    expect([...eu]).toEqual(['KAZ']);
  });

  it('filters by the start of a word of the name or of the code', () => {
    const options = partnerOptions(new Set(['CHN', 'G998', 'IND', 'KAZ']), partners);
    expect(filterPartners(options, 'union').map((o) => o.code)).toEqual(['G998']);
    expect(filterPartners(options, 'kaz').map((o) => o.code)).toEqual(['KAZ']);
    expect(filterPartners(options, 'g99').map((o) => o.code)).toEqual(['G998']);
    expect(filterPartners(options, 'zzz')).toEqual([]);
  });

  it('names partners in the reader’s language and finds them by that name or the English one', async () => {
    const named: PartnerRow[] = [
      ...partners.map((p) => (p.code === 'KAZ' ? { ...p, iso2: 'KZ' } : p)),
      {
        code: 'HKG',
        iso3: 'HKG',
        m49: '344',
        name: 'Hong Kong',
        kind: 'country',
        iso2: 'HK',
        name_zh: '中国香港',
      },
    ];
    try {
      await activateLocale('zh');
      const options = partnerOptions(new Set(['G998', 'HKG', 'KAZ']), named);
      expect(options.find((o) => o.code === 'KAZ')?.name).toBe('哈萨克斯坦');
      expect(filterPartners(options, '哈萨克').map((o) => o.code)).toEqual(['KAZ']);
      expect(filterPartners(options, 'kaz').map((o) => o.code)).toEqual(['KAZ']);
      expect(filterPartners(options, '中国香港').map((o) => o.code)).toEqual(['HKG']);
    } finally {
      await activateLocale('en');
    }
  });
});
