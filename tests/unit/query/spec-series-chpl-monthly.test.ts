// The monthly CHPL datasets over the hand-made fixture: HS 2022 codes take their tier from the concordance's
// hs6_2022, an unpublished month is null for every series (never 0), and the chart ends at the file's last month.
import { describe, expect, it } from 'vitest';
import { specSubtitle } from '../../../src/figure/spec-data/describe-spec';
import { DATA_FILES } from '../../../src/data/files';
import { filesForSpec } from '../../../src/query/spec-files';
import { seriesForSpec, type SpecTables } from '../../../src/query/spec-series';
import { productCatalog } from '../../../src/query/product-catalog';
import type { PartnerRow } from '../../../src/data/schema';
import type { ChartSpec } from '../../../src/spec/schema';
import { fixtureManifest, fixtureTable } from '../data/fixtures';
import { chplItems, monthlyRows, withMonthlyFile } from './chpl-monthly-fixtures';
import { specFor, valuesOf } from './fixtures';

const concordance = fixtureTable('concordance.csv', 'concordance').rows;
const manifest = withMonthlyFile(fixtureManifest());
const partners: PartnerRow[] = [
  { code: 'RUS', iso3: 'RUS', m49: '643', name: 'Russia', kind: 'country' },
  { code: 'HKG', iso3: 'HKG', m49: '344', name: 'Hong Kong', kind: 'country' },
];
const tables: SpecTables = {
  manifest,
  flows: new Map([[DATA_FILES.comtradeChplMonthly, monthlyRows]]),
  concordance,
  chpl: chplItems,
  partners,
};

const monthly = (overrides: Partial<ChartSpec> = {}) =>
  specFor('comtrade-chpl-monthly', { from: '2021-11', ...overrides });
const byKey = (spec: ChartSpec) =>
  Object.fromEntries(seriesForSpec(spec, tables).series.map((s) => [s.key, valuesOf(s)]));

describe('seriesForSpec: monthly CHPL, China -> Russia', () => {
  it('sums HS 2022 codes into their tiers; an unpublished month is null, not 0', () => {
    const series = byKey(monthly());
    expect(series['1']).toEqual({
      '2021-11': 100,
      '2021-12': 120,
      '2022-01': 150,
      '2022-02': null,
      '2022-03': 200,
    });
    // 854800 is tier 2 in HS 2022; BACI's HS 2017 stand-in (854890) is not in this file. Before 2022 it is absent.
    expect(series['2']).toMatchObject({ '2021-12': null, '2022-01': 40, '2022-03': null });
    expect(series['4.B']).toMatchObject({ '2021-11': 50, '2021-12': null, '2022-03': 60 });
  });

  it('ends the chart at the file’s last month; says why when the reader chose a later end', () => {
    const latest = seriesForSpec(monthly(), tables);
    expect(latest.periods).toEqual(['2021-11', '2021-12', '2022-01', '2022-02', '2022-03']);
    expect(latest.notices.join(' ')).not.toContain('The data end');
    const chosen = seriesForSpec(monthly({ to: '2023-06' }), tables);
    expect(chosen.periods.at(-1)).toBe('2022-03');
    expect(chosen.notices).toContain(
      'The data end in 2022-03: later months were not published, or not fetched, when retrieved.',
    );
    const inside = seriesForSpec(monthly({ to: '2022-01' }), tables);
    expect(inside.periods.at(-1)).toBe('2022-01');
    expect(inside.notices.join(' ')).not.toContain('The data end');
  });

  it('names an HS 2022 code from chpl.csv, with no approximation notice', () => {
    const result = seriesForSpec(monthly({ products: [{ kind: 'hs6', code: '854800' }] }), tables);
    expect(result.series[0]?.label).toBe('854800 Electrical parts of machinery');
    expect(result.notices.join(' ')).not.toMatch(/approximates/);
  });

  it('states the unit and basis of its rows: US$, exporter-reported, and says so in the subtitle', () => {
    const result = seriesForSpec(monthly({ products: [{ kind: 'tier', tier: '1' }] }), tables);
    expect(result.unit).toEqual({ kind: 'currency', currency: 'USD' });
    expect(specSubtitle(monthly(), result.unit, result.periods)).toBe(
      'US$, current prices, monthly, as China declared them, Nov 2021–Mar 2022',
    );
    expect(result.series[0]?.points[0]).toMatchObject({ basis: 'exporter-reported' });
    expect(result.flowRows.every((row) => row.importer === 'RUS')).toBe(true);
  });

  it('shares of all CHPL goods divide by the same month’s CHPL total', () => {
    const spec = monthly({
      products: [{ kind: 'tier', tier: '1' }],
      transform: { kind: 'share', of: 'chpl' },
    });
    const values = byKey(spec)['1']!;
    expect(values['2021-11']).toBeCloseTo((100 / 150) * 100);
    expect(values['2022-01']).toBeCloseTo((150 / 190) * 100);
    expect(values['2022-02']).toBeNull();
  });

  it('quantities are tonnes where declared, null where not', () => {
    const values = byKey(monthly({ products: [{ kind: 'tier', tier: '1' }], measure: 'quantity' }))['1'];
    expect(values).toEqual({ '2021-11': 1, '2021-12': 1.2, '2022-01': null, '2022-02': null, '2022-03': 2 });
  });

  it('a rolling sum needs every month of its window', () => {
    const spec = monthly({ products: [{ kind: 'chpl-all' }], transform: { kind: 'rolling', window: 3 } });
    const values = byKey(spec)['chpl']!;
    expect(values).toMatchObject({ '2022-01': 150 + 120 + 190, '2022-02': null, '2022-03': null });
    expect(values['2021-11']).toBeNull();
  });

  it('splits into HS 2022 codes, ranked in the last month with data', () => {
    const spec = monthly({ products: [{ kind: 'chpl-all' }], breakdown: 'hs6' });
    expect(seriesForSpec(spec, tables).series.map((s) => s.key)).toEqual(['854231', '845710', '854800']);
  });
});

describe('seriesForSpec: monthly CHPL by partner', () => {
  it('draws one series per partner; a partner without a row in a month is null', () => {
    const spec = specFor('comtrade-chpl-partners', { from: '2021-11' });
    const result = seriesForSpec(spec, tables);
    const series = Object.fromEntries(result.series.map((s) => [s.key, valuesOf(s)]));
    expect(result.series.map((s) => s.key)).toEqual(['RUS', 'HKG', 'KAZ', 'KGZ', 'ARM', 'TUR', 'ARE', 'BLR']);
    expect(series['RUS']).toEqual({
      '2021-11': 150,
      '2021-12': 120,
      '2022-01': 190,
      '2022-02': null,
      '2022-03': 260,
    });
    expect(series['HKG']).toMatchObject({ '2021-11': 1000, '2022-03': null });
    expect(series['KGZ']).toEqual(Object.fromEntries(result.periods.map((p) => [p, null])));
    expect(result.notices.join(' ')).toContain('No rows in the data for: KGZ');
  });

  it('names partner and goods when a link asks for several goods per partner', () => {
    const spec = specFor('comtrade-chpl-partners', {
      flow: { kind: 'partners', reporter: 'CHN', direction: 'exports', partners: ['RUS'] },
      products: [{ kind: 'chpl-all' }, { kind: 'tier', tier: '1' }],
    });
    expect(seriesForSpec(spec, tables).series.map((s) => [s.key, s.label])).toEqual([
      ['RUS:chpl', 'Russia: All CHPL goods'],
      ['RUS:1', expect.stringMatching(/^Russia: Tier 1/)],
    ]);
  });
});

describe('filesForSpec: monthly CHPL', () => {
  const paths = (spec: ChartSpec) =>
    filesForSpec(spec, manifest, productCatalog(concordance)).map((file) => file.path);

  it('reads the monthly file, and chpl.csv only to name codes (never products.csv)', () => {
    expect(paths(monthly())).toEqual([
      DATA_FILES.comtradeChplMonthly,
      DATA_FILES.concordance,
      DATA_FILES.partners,
    ]);
    const byCode = paths(monthly({ products: [{ kind: 'hs6', code: '854800' }] }));
    expect(byCode).toContain(DATA_FILES.chpl);
    expect(byCode).not.toContain(DATA_FILES.products);
    expect(paths(specFor('comtrade-chpl-partners'))[0]).toBe(DATA_FILES.comtradeChplMonthly);
  });
});
