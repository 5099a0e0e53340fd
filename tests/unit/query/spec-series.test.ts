import { describe, expect, it } from 'vitest';
import { seriesForSpec } from '../../../src/query/spec-series';
import { baciSpec, row, tables, valuesOf } from './fixtures';

describe('seriesForSpec: bilateral BACI', () => {
  it('sums each tier per year, with null (never 0) for a year without rows', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'tier', tier: '3.B' },
      ],
    });
    const result = seriesForSpec(spec, tables());
    expect(result.periods).toEqual(['2020', '2021', '2022']);
    expect(result.series.map((s) => s.key)).toEqual(['1', '3.B']);
    expect(valuesOf(result.series[0]!)).toEqual({ 2020: 10, 2021: 25, 2022: 40 });
    expect(valuesOf(result.series[1]!)).toEqual({ 2020: null, 2021: 7, 2022: null });
    expect(result.unit).toEqual({ kind: 'currency', currency: 'USD' });
    expect(result.series[0]!.points[2]!.basis).toBe('exporter-reported');
  });

  it('keeps only the chosen direction and returns the rows behind the chart', () => {
    const result = seriesForSpec(baciSpec({ products: [{ kind: 'tier', tier: '1' }] }), tables());
    expect(result.flowRows.every((r) => r.exporter === 'CHN')).toBe(true);
    expect(result.flowRows.map((r) => r.value).sort((a, b) => a - b)).toEqual([5, 10, 20, 40]);
  });

  it('reads an HS4 heading from its chapter file without counting CHPL rows twice', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'hs4', code: '8501' },
      ],
    });
    const [tier1, heading] = seriesForSpec(spec, tables()).series;
    expect(valuesOf(tier1!)['2021']).toBe(25);
    expect(valuesOf(heading!)).toEqual({ 2020: null, 2021: 50, 2022: 60 });
  });

  it('breaks all goods down into the top N HS6 codes by value in the last year, with a notice', () => {
    const spec = baciSpec({ products: [{ kind: 'total' }], breakdown: 'hs6', topN: 2 });
    const result = seriesForSpec(spec, tables());
    expect(result.series.map((s) => s.key)).toEqual(['850110', '847150']);
    expect(result.series[0]!.label).toBe('HS 850110');
    // Counted as the story counts codes ("48 codes had trade in 2023"): only 850110 and 847150 had trade in 2022.
    expect(result.notices).toContain(
      'Showing the top 2 of the 2 HS6 codes with trade in 2022, by value; 4 more had trade only in other years shown.',
    );
  });

  it('labels CHPL codes from chpl.csv and others from products.csv when they are loaded', () => {
    const chpl = [
      { hs6_2022: '854231', tier: '1', description: 'Processors', source_url: 'https://x.org' },
    ] as const;
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854231' }] });
    expect(seriesForSpec(spec, tables({ chpl: [...chpl] })).series[0]!.label).toBe('854231 Processors');
  });

  it('gives each code its share of all goods of the same flow', () => {
    const spec = baciSpec({ products: [{ kind: 'chpl-all' }], transform: { kind: 'share', of: 'total' } });
    const result = seriesForSpec(spec, tables());
    expect(result.unit).toEqual({ kind: 'percent' });
    expect(valuesOf(result.series[0]!)).toEqual({ 2020: 10, 2021: 16, 2022: 10 });
  });

  it('shares of the selection add up to 100 where every series has a value', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'tier', tier: '3.B' },
      ],
      transform: { kind: 'share', of: 'selection' },
    });
    const [a, b] = seriesForSpec(spec, tables()).series;
    expect(valuesOf(a!)['2021']! + valuesOf(b!)['2021']!).toBeCloseTo(100);
    expect(valuesOf(b!)['2020']).toBeNull();
  });

  it('indexes to a base year, and says which series has no value there', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'tier', tier: '3.B' },
      ],
      transform: { kind: 'index', base: '2020' },
    });
    const result = seriesForSpec(spec, tables());
    expect(valuesOf(result.series[0]!)).toEqual({ 2020: 100, 2021: 250, 2022: 400 });
    expect(valuesOf(result.series[1]!)).toEqual({ 2020: null, 2021: null, 2022: null });
    expect(result.notices.join(' ')).toMatch(/No value in 2020 to index to.*Tier 3\.B/);
  });

  it('reads the year before `from` for a year-on-year change, and shows only from `from` on', () => {
    const spec = baciSpec({
      from: '2021',
      products: [{ kind: 'tier', tier: '1' }],
      transform: { kind: 'yoy' },
    });
    const result = seriesForSpec(spec, tables());
    expect(valuesOf(result.series[0]!)).toEqual({ 2021: 150, 2022: 60 });
    expect(result.unit).toEqual({ kind: 'change-percent' });
  });

  it('sums quantities in tonnes and divides value by kilograms for unit values', () => {
    const tier1 = [{ kind: 'tier', tier: '1' }] as const;
    const quantity = seriesForSpec(baciSpec({ products: tier1, measure: 'quantity' }), tables());
    expect(valuesOf(quantity.series[0]!)).toEqual({ 2020: 2, 2021: 4, 2022: 5 });
    expect(quantity.unit).toEqual({ kind: 'quantity', unit: 't' });
    const unitValue = seriesForSpec(baciSpec({ products: tier1, measure: 'unit-value' }), tables());
    // 2021: the 854232 row has no quantity, so only 854231's US$ 20 over 4 t enters the price.
    expect(valuesOf(unitValue.series[0]!)).toEqual({ 2020: 0.005, 2021: 0.005, 2022: 0.008 });
    expect(unitValue.unit).toEqual({ kind: 'unit-value', currency: 'USD', per: 'kg' });
  });

  it('says so when a selection has no quantities at all', () => {
    const spec = baciSpec({ products: [{ kind: 'tier', tier: '3.B' }], measure: 'quantity' });
    expect(seriesForSpec(spec, tables()).notices.join(' ')).toMatch(/No quantities reported for: Tier 3\.B/);
  });

  it('ranks bars by the last period, largest first, top N', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '3.B' },
        { kind: 'tier', tier: '1' },
        { kind: 'hs4', code: '8501' },
      ],
      chart: 'ranked-bar',
      topN: 2,
    });
    expect(seriesForSpec(spec, tables()).series.map((s) => s.key)).toEqual(['8501', '1']);
  });

  it('notes values a log scale cannot draw', () => {
    const rows = [row({ period: '2020', value: 0 }), row({ period: '2021', value: 3 })];
    const spec = baciSpec({ products: [{ kind: 'tier', tier: '1' }], scale: 'log' });
    const result = seriesForSpec(spec, tables({ flows: new Map([['flows/baci_chpl.csv', rows]]) }));
    expect(result.notices).toContain(
      '1 values at or below zero cannot be drawn on a log scale and are left out.',
    );
  });
});
