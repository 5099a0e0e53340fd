import { describe, expect, it } from 'vitest';
import { TransformError, yearToDate } from '../../../src/data/transforms';
import { leadInPeriods } from '../../../src/query/spec-periods';
import { readTransform, writeTransform } from '../../../src/spec/url-transform';
import { DEFAULT_SPEC } from '../../../src/spec';
import { makeSeries, values } from './make-series';

const months = (year: number, from: number, values: (number | null)[]): [string, number | null][] =>
  values.map((value, i) => [`${year}-${String(from + i).padStart(2, '0')}`, value]);

describe('yearToDate', () => {
  it('adds up from January and starts again each January', () => {
    const series = makeSeries([...months(2022, 10, [1, 2, 3]), ...months(2023, 1, [4, 5])], { freq: 'M' });
    // 2022-10 to 12 need January to September 2022, which the series does not hold: no data, not a partial sum.
    expect(values(yearToDate(series))).toEqual([null, null, null, 4, 9]);
    const full = makeSeries(months(2023, 1, [1, 2, 3, 4]), { freq: 'M' });
    expect(values(yearToDate(full))).toEqual([1, 3, 6, 10]);
  });

  it('a missing month makes the rest of that year no data, never a sum that skips it (and never 0)', () => {
    const withNull = makeSeries([...months(2023, 1, [1, null, 3, 4]), ...months(2024, 1, [5, 6])], {
      freq: 'M',
    });
    expect(values(yearToDate(withNull))).toEqual([1, null, null, null, 5, 11]);
    // 2023-02 absent from the points, not null: still a gap, for the rest of 2023 only.
    const withHole = makeSeries(
      [...months(2023, 1, [1]), ...months(2023, 3, [3, 4]), ...months(2024, 1, [2])],
      {
        freq: 'M',
      },
    );
    expect(values(yearToDate(withHole))).toEqual([1, null, null, 2]);
  });

  it('merges basis and sources of every month it adds', () => {
    const series = makeSeries(
      [
        ['2023-01', 1, 'exporter-reported', ['a']],
        ['2023-02', 2, 'exporter-reported', ['b']],
      ],
      { freq: 'M' },
    );
    expect(yearToDate(series).points[1]).toMatchObject({
      value: 3,
      basis: 'exporter-reported',
      sources: ['a', 'b'],
    });
  });

  it('keeps the unit of the series (a sum of US$ is US$)', () => {
    const series = makeSeries(months(2023, 1, [1]), { freq: 'M' });
    expect(yearToDate(series).unit).toEqual(series.unit);
  });

  it('refuses an annual series', () => {
    expect(() => yearToDate(makeSeries([['2023', 1]]))).toThrow(TransformError);
  });
});

describe('the ytd transform in a spec', () => {
  it('round-trips through the URL token `ytd`', () => {
    expect(writeTransform({ kind: 'ytd' })).toBe('ytd');
    expect(readTransform('ytd', DEFAULT_SPEC)).toMatchObject({
      ok: true,
      spec: { transform: { kind: 'ytd' } },
    });
    expect(readTransform('ytd:3', DEFAULT_SPEC).ok).toBe(false);
    expect(readTransform('constructor', DEFAULT_SPEC).ok).toBe(false);
  });

  it('reads back to January of the first month shown (11 months at most), nothing for annual data', () => {
    expect(leadInPeriods({ kind: 'ytd' }, 'M')).toBe(11);
    expect(leadInPeriods({ kind: 'ytd' }, 'A')).toBe(0);
  });
});
