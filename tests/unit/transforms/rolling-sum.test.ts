import { describe, expect, it } from 'vitest';
import { rollingSum, TransformError } from '../../../src/data/transforms';
import { makeSeries, values } from './make-series';

const months = (from: number, values: (number | null)[]): [string, number | null][] =>
  values.map((value, i) => [`2022-${String(from + i).padStart(2, '0')}`, value]);

describe('rollingSum', () => {
  it('sums the window ending at each month across a year boundary', () => {
    const series = makeSeries(
      [
        ['2021-11', 1],
        ['2021-12', 2],
        ['2022-01', 3],
        ['2022-02', 4],
      ],
      { freq: 'M' },
    );
    expect(values(rollingSum(series, 3))).toEqual([null, null, 6, 9]);
  });

  it('is null unless every month of the window is present: a gap is never 0', () => {
    const withNull = makeSeries(months(1, [1, 2, null, 4, 5, 6]), { freq: 'M' });
    expect(values(rollingSum(withNull, 2))).toEqual([null, 3, null, null, 9, 11]);
    // 2022-03 is absent from the points, not null: still a gap.
    const withHole = makeSeries([...months(1, [1, 2]), ...months(4, [4, 5])], { freq: 'M' });
    expect(values(rollingSum(withHole, 2))).toEqual([null, 3, null, 9]);
  });

  it('defaults to 12 months', () => {
    const series = makeSeries(months(1, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), { freq: 'M' });
    expect(values(rollingSum(series)).at(-1)).toBe(12);
    expect(values(rollingSum(series)).at(-2)).toBeNull();
  });

  it('merges basis and sources over the window', () => {
    const series = makeSeries(
      [
        ['2022-01', 1, 'reconciled', ['a']],
        ['2022-02', 1, 'estimate', ['b']],
      ],
      { freq: 'M' },
    );
    const last = rollingSum(series, 2).points[1];
    expect(last?.basis).toBeNull();
    expect(last?.sources).toEqual(['a', 'b']);
  });

  it('rejects annual series and bad windows with a typed error', () => {
    const annual = makeSeries([['2022', 1]]);
    expect(() => rollingSum(annual)).toThrow(TransformError);
    expect(() => rollingSum(annual)).toThrow(expect.objectContaining({ code: 'not-monthly' }));
    const monthly = makeSeries([['2022-01', 1]], { freq: 'M' });
    expect(() => rollingSum(monthly, 0)).toThrow(expect.objectContaining({ code: 'invalid-window' }));
    expect(() => rollingSum(monthly, 1.5)).toThrow(expect.objectContaining({ code: 'invalid-window' }));
  });
});
