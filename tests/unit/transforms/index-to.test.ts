import { describe, expect, it } from 'vitest';
import { indexTo } from '../../../src/data/transforms';
import { makeSeries, values } from './make-series';

describe('indexTo', () => {
  it('sets the base period to 100 and scales the rest', () => {
    const series = makeSeries([
      ['2020', 50],
      ['2021', 200],
      ['2022', null],
      ['2023', 300],
    ]);
    const { series: indexed, reason } = indexTo(series, '2021');
    expect(reason).toBeNull();
    expect(values(indexed)).toEqual([25, 100, null, 150]);
    expect(indexed.unit).toEqual({ kind: 'index', base: '2021' });
  });

  it('is all null with a reason when the base is missing, null or zero', () => {
    const series = makeSeries([
      ['2020', 0],
      ['2021', null],
      ['2022', 10],
    ]);
    const absent = indexTo(series, '2019');
    expect(absent.reason).toBe('base-missing');
    expect(values(absent.series)).toEqual([null, null, null]);
    expect(indexTo(series, '2021').reason).toBe('base-missing');
    const zero = indexTo(series, '2020');
    expect(zero.reason).toBe('base-zero');
    expect(values(zero.series)).toEqual([null, null, null]);
  });

  it('works on monthly series and marks an index across a basis break as mixed', () => {
    const series = makeSeries(
      [
        ['2021-12', 80, 'reconciled'],
        ['2022-01', 40, 'exporter-reported'],
      ],
      { freq: 'M' },
    );
    const { series: indexed } = indexTo(series, '2021-12');
    expect(values(indexed)).toEqual([100, 50]);
    expect(indexed.points.map((p) => p.basis)).toEqual(['reconciled', null]);
  });
});
