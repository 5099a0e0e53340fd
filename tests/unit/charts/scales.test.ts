// The axes' scales are d3-scale's, number for number (src/charts/kit/scales.ts replaced d3-scale and d3-array).
import { ticks as d3Ticks } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale, logTicks, niceLinear, niceLog, ticks } from '../../../src/charts/kit/scales';

const value = fc.oneof(
  // Data values and years: not the subnormal numbers, where d3 itself asks for arrays longer than any.
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-12),
  fc.integer({ min: -5000, max: 5000 }),
  fc.constantFrom(0, 1e-9, 0.5, 1, 2021, 2021 + 1 / 12, 2024.9166666666667, 1e-7, 0.1 + 0.2),
);
const positive = fc.oneof(
  fc.double({ min: 1e-6, max: 1e13, noNaN: true }),
  fc.integer({ min: 1, max: 1e9 }),
  fc.constantFrom(1, 10, 0.3, 1e6, 2.2e9, 999, 1001),
);
const count = fc.integer({ min: 1, max: 21 });
const pixels = fc.tuple(fc.integer({ min: -100, max: 1500 }), fc.integer({ min: -100, max: 1500 }));
const RUNS = { numRuns: 400 };

describe('scales', () => {
  it('ticks are d3-array’s', () => {
    fc.assert(
      fc.property(value, value, count, (start, stop, n) => {
        expect(ticks(start, stop, n)).toEqual(d3Ticks(start, stop, n));
      }),
      RUNS,
    );
  });

  it('a linear scale maps, nices and ticks as d3-scale’s', () => {
    fc.assert(
      fc.property(value, value, pixels, count, fc.array(value, { maxLength: 5 }), (a, b, range, n, xs) => {
        const d3 = scaleLinear().domain([a, b]).range(range);
        const ours = linearScale([a, b], range);
        for (const x of [a, b, ...xs]) expect(ours(x)).toBe(d3(x));
        const niced = niceLinear([a, b], n);
        expect(niced).toEqual(scaleLinear().domain([a, b]).nice(n).domain());
        const d3Niced = scaleLinear().domain(niced).range(range);
        expect(ticks(niced[0], niced[1], n)).toEqual(d3Niced.ticks(n));
        for (const x of xs) expect(linearScale(niced, range)(x)).toBe(d3Niced(x));
      }),
      RUNS,
    );
  });

  it('a log scale maps, nices and ticks as d3-scale’s', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        pixels,
        count,
        fc.array(positive, { maxLength: 5 }),
        (a, b, range, n, xs) => {
          const d3 = scaleLog().domain([a, b]).range(range);
          const ours = logScale([a, b], range);
          for (const x of [a, b, ...xs]) expect(ours(x)).toBe(d3(x));
          const niced = niceLog([a, b]);
          expect(niced).toEqual(scaleLog().domain([a, b]).nice().domain());
          expect(logTicks(niced, n)).toEqual(scaleLog().domain(niced).ticks(n));
          expect(logTicks([a, b], n)).toEqual(scaleLog().domain([a, b]).ticks(n));
        },
      ),
      RUNS,
    );
  });

  it('a domain of one value maps to the middle of the range, as d3 does', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(scaleLinear().domain([3, 3]).range([0, 100])(3));
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});
