import { describe, expect, it } from 'vitest';
import { aggregateSeries } from '../../../src/query/aggregate-series';
import { commonBasis } from '../../../src/data/basis';
import { filterFlows } from '../../../src/query/filter-flows';
import { periodInRange, periodRange } from '../../../src/query/periods';
import { chplTierSeries, tierOfConcordance, tierOfProduct } from '../../../src/query/tier-series';
import type { FlowRow, ProductRow } from '../../../src/data/schema';
import { fixtureTable } from './fixtures';
import { makeFlowRow } from '../../fixtures/flow-row';

const flows = fixtureTable('baci_chpl.csv', 'flows').rows;
const concordance = fixtureTable('concordance.csv', 'concordance').rows;

function row(overrides: Partial<FlowRow>): FlowRow {
  return makeFlowRow({ period: '2017', ...overrides });
}

describe('periods', () => {
  it('lists annual and monthly periods, inclusive', () => {
    expect(periodRange('2017', '2019')).toEqual(['2017', '2018', '2019']);
    expect(periodRange('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(() => periodRange('2017', '2018-01')).toThrow();
  });

  it('checks a period against an open or closed range', () => {
    expect(periodInRange('2020', '2017', '2023')).toBe(true);
    expect(periodInRange('2024', '2017', '2023')).toBe(false);
    expect(periodInRange('2016', undefined, '2023')).toBe(true);
  });
});

describe('filterFlows', () => {
  it('keeps only the asked direction, products and periods', () => {
    const kept = filterFlows(flows, {
      exporter: 'CHN',
      importer: 'RUS',
      products: new Set(['854231']),
      from: '2017',
      to: '2021',
    });
    expect(kept.map((r) => [r.period, r.value])).toEqual([['2017', 200000000]]);
    expect(filterFlows(flows, { exporter: 'RUS' }).map((r) => r.importer)).toEqual(['CHN']);
  });
});

describe('commonBasis', () => {
  it('returns the shared basis, or null when mixed or empty', () => {
    expect(commonBasis(['reconciled', 'reconciled'])).toBe('reconciled');
    expect(commonBasis(['reconciled', 'exporter-reported'])).toBeNull();
    expect(commonBasis([])).toBeNull();
  });
});

describe('aggregateSeries', () => {
  const groups = [
    { key: 'a', label: 'A' },
    { key: 'b', label: 'B' },
  ];
  const rows = [
    row({ product: '1', value: 10 }),
    row({ product: '2', value: 5, basis: 'exporter-reported' }),
    row({ product: '1', period: '2019', value: 7 }),
    row({ product: '3', value: 1000 }),
  ];
  const keyOf = (r: FlowRow) => ({ '1': 'a', '2': 'a' })[r.product] ?? null;
  const series = aggregateSeries(rows, {
    groups,
    keyOf,
    periods: ['2017', '2018', '2019'],
    freq: 'A',
    currency: 'USD',
  });

  it('sums rows per group and period, with null (never 0) where no row exists', () => {
    expect(series[0]?.points.map((p) => p.value)).toEqual([15, null, 7]);
    expect(series[1]?.points.map((p) => p.value)).toEqual([null, null, null]);
  });

  it('gives each point the basis its rows share, or null when they differ, and their sources', () => {
    expect(series[0]?.points.map((p) => p.basis)).toEqual([null, null, 'reconciled']);
    expect(series[0]?.points[0]?.sources).toEqual(['baci']);
    expect(series[0]?.points[1]?.sources).toEqual([]);
  });

  it('labels the unit and refuses to mix currencies', () => {
    expect(series[0]?.unit).toEqual({ kind: 'currency', currency: 'USD' });
    const mixed = [row({ product: '1' }), row({ product: '1', currency: 'EUR' })];
    expect(() =>
      aggregateSeries(mixed, { groups, keyOf, periods: ['2017'], freq: 'A', currency: 'USD' }),
    ).toThrow(/EUR/);
  });
});

describe('chplTierSeries', () => {
  const series = chplTierSeries(flows, tierOfConcordance(concordance), {
    exporter: 'CHN',
    importer: 'RUS',
    from: '2017',
    to: '2023',
  });

  it('makes one series per tier, in list order, with a point per year', () => {
    expect(series.map((s) => s.key)).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
    expect(series.map((s) => s.label)).toContain('Tier 3.A');
    expect(series.every((s) => s.points.length === 7)).toBe(true);
  });

  it('sums the codes of a tier and leaves the bad 2018 row as no data', () => {
    const tier1 = series[0]?.points;
    expect(tier1?.find((p) => p.period === '2017')?.value).toBe(211400000);
    expect(tier1?.find((p) => p.period === '2018')?.value).toBeNull();
    expect(tier1?.find((p) => p.period === '2022')).toMatchObject({
      value: 170000000,
      basis: 'exporter-reported',
    });
  });

  it('ignores the other direction and products outside the list', () => {
    const total2017 = series.reduce((sum, s) => sum + (s.points[0]?.value ?? 0), 0);
    expect(total2017).toBe(211400000 + 600000000 + 2000000000 + 400000000 + 300000000 + 45000000);
  });

  it('can show a subset of tiers', () => {
    const some = chplTierSeries(flows, tierOfConcordance(concordance), {
      exporter: 'CHN',
      importer: 'RUS',
      from: '2017',
      to: '2023',
      tiers: ['4.B', '1'],
    });
    expect(some.map((s) => s.key)).toEqual(['4.B', '1']);
  });
});

describe('tier lookups', () => {
  it('reads tiers from products.csv rows, skipping codes without a tier', () => {
    const product = (hs6: string, tier: ProductRow['tier']): ProductRow => ({
      hs6,
      name: 'x',
      name_source: 'hs12',
      hs4: hs6.slice(0, 4),
      hs2: hs6.slice(0, 2),
      hs2_name: '',
      hs4_name: '',
      tier,
      chpl_hs6_2022: '',
      chpl_match: null,
    });
    expect([...tierOfProduct([product('854231', '1'), product('010121', null)])]).toEqual([['854231', '1']]);
  });

  it('maps HS 2017 codes of the concordance to their tier', () => {
    const tiers = tierOfConcordance(concordance);
    expect(tiers.get('854890')).toBe('2');
    expect(tiers.get('845710')).toBe('4.B');
  });
});
