import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportingBasis } from '../../../src/data/schema';
import type { Series, SeriesPoint } from '../../../src/data/series';
import { indexTo, rollingSum, shareOf, unitValue, yearOverYear } from '../../../src/data/transforms';
import { TONNES, USD } from './make-series';

const pointValue = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
const pointBasis = fc.option(fc.constantFrom(...reportingBasis.options), { nil: null });
const pointSources = fc.uniqueArray(fc.constantFrom('baci', 'imf-imts', 'comtrade-monthly-totals'), {
  maxLength: 3,
});

function periodsFrom(freq: 'A' | 'M', startYear: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    freq === 'A'
      ? String(startYear + i)
      : `${startYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
}

/** A series of consecutive periods; `dropped` removes some points so that gaps appear too. */
const seriesArb = (freq: 'A' | 'M'): fc.Arbitrary<Series> =>
  fc
    .record({
      startYear: fc.integer({ min: 1995, max: 2030 }),
      points: fc.array(
        fc.record({ value: pointValue, basis: pointBasis, sources: pointSources, keep: fc.boolean() }),
        {
          minLength: 1,
          maxLength: 30,
        },
      ),
    })
    .map(({ startYear, points }) => {
      const periods = periodsFrom(freq, startYear, points.length);
      const kept: SeriesPoint[] = points.flatMap(({ keep, ...rest }, i) =>
        keep || i === 0 ? [{ period: periods[i] ?? '', ...rest }] : [],
      );
      return { key: 's', label: 's', freq, unit: USD, points: kept };
    });

const anySeries = fc.constantFrom<'A' | 'M'>('A', 'M').chain(seriesArb);

function nullsStayNull(input: Series, output: Series): void {
  const outByPeriod = new Map(output.points.map((p) => [p.period, p.value]));
  for (const p of input.points) if (p.value === null) expect(outByPeriod.get(p.period)).toBeNull();
}

describe('transform properties', () => {
  it('the base period of an index is 100 whenever the index is defined', () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), (series, pick) => {
        const base = series.points[pick % series.points.length];
        if (!base) return;
        const { series: indexed, reason } = indexTo(series, base.period);
        const at = indexed.points.find((p) => p.period === base.period);
        if (reason === null) expect(at?.value).toBe(100);
        else expect(indexed.points.every((p) => p.value === null)).toBe(true);
      }),
    );
  });

  it('shareOf(x, x) is 100 wherever x is a non-zero number, null elsewhere', () => {
    fc.assert(
      fc.property(anySeries, (series) => {
        const share = shareOf(series, series);
        share.points.forEach((p, i) => {
          const v = series.points[i]?.value ?? null;
          expect(p.value).toBe(v === null || v === 0 ? null : 100);
        });
      }),
    );
  });

  it('a rolling sum over a 1-month window is the identity', () => {
    fc.assert(
      fc.property(seriesArb('M'), (series) => {
        expect(rollingSum(series, 1)).toEqual(series);
      }),
    );
  });

  it('no transform turns a null into a number, and every transform keeps the periods', () => {
    fc.assert(
      fc.property(seriesArb('M'), seriesArb('M'), fc.integer({ min: 1, max: 13 }), (a, b, window) => {
        const quantities = { ...b, unit: TONNES };
        const outputs = [
          shareOf(a, b),
          indexTo(a, b.points[0]?.period ?? '').series,
          yearOverYear(a),
          rollingSum(a, window),
          unitValue(a, quantities),
        ];
        for (const output of outputs) {
          nullsStayNull(a, output);
          expect(output.points.map((p) => p.period)).toEqual(a.points.map((p) => p.period));
          expect(output.points.every((p) => p.value === null || Number.isFinite(p.value))).toBe(true);
        }
      }),
    );
  });

  it('a derived point keeps the basis only when every point behind it agrees', () => {
    fc.assert(
      fc.property(seriesArb('A'), (series) => {
        yearOverYear(series).points.forEach((p, i) => {
          const own = series.points[i];
          if (p.basis !== null) expect(p.basis).toBe(own?.basis);
          expect(p.sources).toEqual(expect.arrayContaining([...(own?.sources ?? [])]));
        });
      }),
    );
  });
});
