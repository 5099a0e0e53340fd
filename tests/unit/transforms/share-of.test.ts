import { describe, expect, it } from 'vitest';
import { shareOf, TransformError } from '../../../src/data/transforms';
import { makeSeries, values } from './make-series';

describe('shareOf', () => {
  const total = makeSeries([
    ['2020', 200],
    ['2021', 0],
    ['2022', null],
    ['2023', 400],
  ]);

  it('gives value / total x 100 in percent, null on missing values and a zero total', () => {
    const part = makeSeries([
      ['2020', 50],
      ['2021', 10],
      ['2022', 5],
      ['2023', null],
    ]);
    const share = shareOf(part, total);
    expect(values(share)).toEqual([25, null, null, null]);
    expect(share.unit).toEqual({ kind: 'percent' });
    expect(share.freq).toBe('A');
  });

  it('is null for a period the total does not have', () => {
    const part = makeSeries([['2019', 10]]);
    expect(values(shareOf(part, total))).toEqual([null]);
  });

  it('merges sources and drops the basis when the two sides disagree', () => {
    const part = makeSeries([['2020', 50, 'exporter-reported', ['baci']]]);
    const mixedTotal = makeSeries([['2020', 200, 'reconciled', ['baci', 'comtrade-monthly-totals']]]);
    const [p] = shareOf(part, mixedTotal).points;
    expect(p?.basis).toBeNull();
    expect(p?.sources).toEqual(['baci', 'comtrade-monthly-totals']);
    const sameBasis = shareOf(part, makeSeries([['2020', 100, 'exporter-reported']]));
    expect(sameBasis.points[0]?.basis).toBe('exporter-reported');
  });

  it('refuses a total of another frequency or unit', () => {
    const monthly = makeSeries([['2020-01', 1]], { freq: 'M' });
    expect(() => shareOf(monthly, total)).toThrow(TransformError);
    const euros = makeSeries([['2020', 1]], { unit: { kind: 'currency', currency: 'EUR' } });
    expect(() => shareOf(euros, total)).toThrow(expect.objectContaining({ code: 'unit-mismatch' }));
  });
});
