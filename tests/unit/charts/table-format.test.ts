import { describe, expect, it } from 'vitest';
import { columnFormat } from '../../../src/charts/spec-chart/table-format';
import { scrollEdges } from '../../../src/charts/spec-chart/useScrollEdges';
import type { Unit } from '../../../src/data/series';

const usd: Unit = { kind: 'currency', currency: 'USD' };

/** Characters after the decimal point: equal in a column means the points line up when right-aligned. */
const fractionLength = (text: string) => text.split('.')[1]?.length ?? 0;

describe('columnFormat: one unit per column, figures aligned on the decimal', () => {
  it('states the scale once and writes every cell with the same decimals', () => {
    const column = columnFormat([2_163_000_000, 45_600_000, null, 1_500_000], usd);
    expect(column.unitLabel).toBe('US$ million');
    const cells = [2_163_000_000, 45_600_000, 1_500_000].map(column.format);
    expect(cells).toEqual(['2,163.00', '45.60', '1.50']);
    expect(new Set(cells.map(fractionLength)).size).toBe(1);
    expect(column.format(null)).toBe('no data');
  });

  it('keeps at least three significant figures for the smallest value', () => {
    const column = columnFormat([2.16e9, 3.1e9], usd);
    expect(column.unitLabel).toBe('US$ billion');
    expect(column.format(2.163e9)).toBe('2.16');
  });

  it('never writes zero for a value, and no data stays no data', () => {
    const column = columnFormat([0, 5_432, null], usd);
    expect(column.unitLabel).toBe('US$ thousand');
    expect(column.format(0)).toBe('0.00');
    expect(column.format(5_432)).toBe('5.43');
  });

  it('shares and growth rates: no scale, signed growth, bounded decimals', () => {
    const share = columnFormat([12.345, 0.5], { kind: 'percent' });
    expect(share.unitLabel).toBe('% share');
    expect([12.345, 0.5].map(share.format)).toEqual(['12.345', '0.500']);
    const growth = columnFormat([12.3, -4.56], { kind: 'change-percent' });
    expect([12.3, -4.56].map(growth.format)).toEqual(['+12.30', '−4.56']);
    const tiny = columnFormat([0.000012], { kind: 'percent' });
    expect(tiny.format(0.000012)).toBe('<0.001');
    expect(tiny.format(-0.000012)).toBe('>−0.001');
  });

  it('tonnes scale like money', () => {
    const column = columnFormat([12_345, 2_100], { kind: 'quantity', unit: 't' });
    expect(column.unitLabel).toBe('thousand tonnes');
    expect(column.format(12_345)).toBe('12.35');
  });
});

describe('scrollEdges', () => {
  it('says which sides hide columns', () => {
    expect(scrollEdges(0, 390, 900)).toEqual({ left: false, right: true });
    expect(scrollEdges(200, 390, 900)).toEqual({ left: true, right: true });
    expect(scrollEdges(510, 390, 900)).toEqual({ left: true, right: false });
    expect(scrollEdges(0, 390, 390)).toEqual({ left: false, right: false });
  });
});
