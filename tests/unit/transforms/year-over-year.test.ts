import { describe, expect, it } from 'vitest';
import { yearOverYear } from '../../../src/data/transforms';
import { makeSeries, values } from './make-series';

describe('yearOverYear', () => {
  it('compares each year with the previous one; null without an earlier value or with a zero one', () => {
    const series = makeSeries([
      ['2019', 100],
      ['2020', 150],
      ['2021', 0],
      ['2022', 30],
      ['2024', 60],
    ]);
    const yoy = yearOverYear(series);
    expect(values(yoy)).toEqual([null, 50, -100, null, null]);
    expect(yoy.unit).toEqual({ kind: 'change-percent' });
  });

  it('compares a month with the same month a year earlier, not the previous month', () => {
    const series = makeSeries(
      [
        ['2022-01', 10],
        ['2022-12', 99],
        ['2023-01', 15],
        ['2023-02', 7],
      ],
      { freq: 'M' },
    );
    expect(values(yearOverYear(series))).toEqual([null, null, 50, null]);
  });

  it('keeps null current values null and merges sources of both years', () => {
    const series = makeSeries([
      ['2021', 10, 'reconciled', ['a']],
      ['2022', null, 'exporter-reported', ['b']],
      ['2023', 20, 'exporter-reported', ['b']],
    ]);
    const yoy = yearOverYear(series);
    expect(values(yoy)).toEqual([null, null, null]);
    expect(yoy.points[1]?.sources).toEqual(['b', 'a']);
    expect(yoy.points[1]?.basis).toBeNull();
  });
});
