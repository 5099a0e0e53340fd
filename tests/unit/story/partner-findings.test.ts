import { describe, expect, it } from 'vitest';
import { euNeighboursFinding } from '../../../src/story/facts/eu-neighbours';
import { monthlyTotalsFinding, yearSum } from '../../../src/story/facts/monthly-totals';
import { russiaImportsFinding, russiaPartnerSharesFinding } from '../../../src/story/facts/russia-imports';
import { timelineFinding } from '../../../src/story/facts/timeline';
import { event, flow, headline, storyData } from './fixtures';

const imp = (exporter: string, period: string, value: number, basis: 'importer-reported' | 'estimate') =>
  flow({ period, exporter, importer: 'RUS', value, basis, source: 'imf-imts' });

describe('russiaImportsFinding', () => {
  const imf = [
    imp('G001', '2021', 300, 'importer-reported'),
    imp('CHN', '2021', 75, 'importer-reported'),
    imp('G998', '2021', 90, 'importer-reported'),
    imp('G001', '2023', 200, 'estimate'),
    imp('CHN', '2023', 90, 'estimate'),
    imp('G998', '2023', 30, 'estimate'),
    flow({ period: '2023', exporter: 'RUS', importer: 'CHN', value: 1e9, source: 'imf-imts' }),
  ];

  it('divides imports from a partner by imports from the world (G001), and notes the estimates', () => {
    const finding = russiaImportsFinding(storyData({ imf }));
    expect(finding.figures).toMatchObject({
      chinaShare2021: 0.25,
      chinaShare2023: 0.45,
      chinaImports2023: 90,
    });
    expect(finding.figures.euShare2021).toBeCloseTo(0.3);
    expect(finding.figures.euShare2023).toBeCloseTo(0.15);
    const text = finding.sentences.join(' ');
    expect(text).toContain('25.0% of Russia’s goods imports in 2021 and 45.0% in 2023');
    expect(text).toContain('IMF estimates');
    expect(text).toContain('grew as the EU’s fell');
  });

  it('has no share without the world total', () => {
    const finding = russiaImportsFinding(storyData({ imf: imf.filter((r) => r.exporter !== 'G001') }));
    expect(finding.figures.chinaShare2021).toBeNull();
    expect(finding.sentences[0]).toContain('no data');
  });
});

describe('euNeighboursFinding', () => {
  const eu = (exporter: string, importer: string, period: string, value: number) =>
    flow({ period, exporter, importer, value, product: 'EU-SANCTIONED', currency: 'EUR' });
  const rows = [
    eu('DEU', 'KAZ', '2021-03', 100e6),
    eu('FRA', 'KAZ', '2021-11', 50e6),
    eu('DEU', 'KAZ', '2021-12', 70e6), // December 2022 is unpublished, so December 2021 is left out too
    eu('DEU', 'KAZ', '2022-02', 999e6), // before the invasion: in neither window
    eu('DEU', 'KAZ', '2022-06', 300e6),
    eu('DEU', 'RUS', '2021-05', 1e9),
    eu('DEU', 'RUS', '2022-11', 0.25e9),
    eu('DEU', 'KAZ', '2022-12', 0),
    eu('DEU', 'RUS', '2022-12', 0),
  ];

  it('sums member states over the same months of 2021 and 2022, up to the last month published', () => {
    const finding = euNeighboursFinding(storyData({ eurostat: rows }));
    expect(finding.figures).toMatchObject({
      KAZ_before: 150e6,
      KAZ_after: 300e6,
      RUS_before: 1e9,
      RUS_after: 0.25e9,
    });
    expect(finding.figures.KGZ_before).toBeNull();
    const text = finding.sentences.join(' ');
    expect(text).toContain('March–November 2021 against the same months of 2022');
    expect(text).toContain('to Russia €1.0 bn → €250 m (−75%)');
    expect(text).toContain('Kazakhstan €150 m → €300 m (2.0 times)');
    expect(text).toContain('Kyrgyzstan no data → no data');
    expect(text).toContain('comparison stops there');
    expect(text).toContain('not Chinese goods');
  });

  it('runs to December when December is published', () => {
    const published = rows.map((row) => (row.period === '2022-12' ? { ...row, value: 1 } : row));
    const finding = euNeighboursFinding(storyData({ eurostat: published }));
    expect(finding.figures.KAZ_before).toBe(220e6);
    expect(finding.sentences.join(' ')).not.toContain('stops there');
  });
});

describe('monthlyTotalsFinding', () => {
  const months = (year: string, value: number, count = 12) =>
    Array.from({ length: count }, (_, i) =>
      flow({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, basis: 'exporter-reported' }),
    );

  it('sums only complete years', () => {
    expect(yearSum(months('2021', 1e9), '2021')).toBe(12e9);
    expect(yearSum(months('2021', 1e9, 11), '2021')).toBeNull();
  });

  it('sets our January-October sum beside the published one', () => {
    const gacc = headline({
      id: 'chinas-total-exports-to-russia-2023-01-2023-10',
      value: '10 (+5% y/y)',
      unit: 'USD billion',
      period: '2023-01..2023-10',
    });
    const comtrade = [...months('2021', 1e9), ...months('2023', 1e9), ...months('2024', 2e9)];
    const finding = monthlyTotalsFinding(storyData({ comtrade, headlines: [gacc] }));
    expect(finding.figures).toMatchObject({
      exports2021: 12e9,
      exports2024: 24e9,
      ourJanOct2023: 10e9,
      gaccJanOct2023: 10e9,
    });
    expect(finding.sentences.join(' ')).toContain('sum to $10.00 bn, close to it');
  });
});

describe('timelineFinding', () => {
  it('counts from the curated columns, not from the words in the labels', () => {
    const events = [
      event({ id: 'a', date: '2019-06-05', category: 'china-russia', kind: 'statement' }),
      event({
        id: 'b',
        date: '2022-06-28',
        category: 'export-controls',
        label: 'US blacklists Chinese firms',
        lists_entities_mainland_china: 'true',
      }),
      // Lists Hong Kong entities only, and its label does not say "Chinese": still counted.
      event({
        id: 'c',
        date: '2023-06-23',
        category: 'sanctions-eu',
        label: 'EU 11th package',
        lists_entities_hong_kong: 'true',
      }),
      // The label says "Chinese" but the source does not support a listing: not counted.
      event({ id: 'd', date: '2024-08-23', category: 'sanctions-us', label: '42 Chinese firms listed' }),
      event({
        id: 'e',
        date: '2024-06-24',
        category: 'sanctions-eu',
        label: 'EU 14th package',
        lists_entities_mainland_china: null,
        lists_entities_hong_kong: null,
      }),
      event({ id: 'f', date: '2024-02-23', category: 'chpl', kind: 'guidance', label: 'CHPL' }),
      event({
        id: 'g',
        date: '2023-02-24',
        category: 'china-position',
        kind: 'statement',
        label: 'Chinese paper',
      }),
    ];
    const finding = timelineFinding(storyData({ events }));
    expect(finding.figures).toEqual({
      measuresSinceInvasion: 4,
      measuresNamingChineseFirms: 2,
      measuresUnknownChineseFirms: 1,
    });
    expect(finding.sentences[0]).toContain('2 of them list entities in mainland China or Hong Kong');
    expect(finding.sentences[0]).toContain('from 28 Jun 2022 to 23 Jun 2023');
    expect(finding.sentences[0]).toContain('for 1 more (EU 14th package) our sources do not say');
    expect(finding.sentences[0]).toContain('1 piece of guidance (CHPL)');
  });
});

describe('russiaPartnerSharesFinding', () => {
  it('gives each other partner’s share, 2021 and 2023, and sets them against China’s', () => {
    const imf = [
      imp('G001', '2021', 100, 'importer-reported'),
      imp('G001', '2023', 200, 'estimate'),
      imp('CHN', '2023', 90, 'estimate'),
      imp('TUR', '2021', 2, 'importer-reported'),
      imp('TUR', '2023', 10, 'estimate'),
    ];
    const finding = russiaPartnerSharesFinding(storyData({ imf }));
    expect(finding.figures).toMatchObject({
      TUR_2021: 0.02,
      TUR_2023: 0.05,
      KAZ_2021: null,
      chinaShare2023: 0.45,
    });
    const text = finding.sentences.join(' ');
    expect(text).toContain('Türkiye 2.0% → 5.0%');
    expect(text).toContain('Kazakhstan no data → no data');
    expect(text).toContain('well below China’s 45.0% in 2023');
  });
});
