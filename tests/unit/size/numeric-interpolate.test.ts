import * as real from 'd3-interpolate';
import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as numeric from '../../../scripts/size/d3-interpolate-numeric';
import { numericInterpolate } from '../../../scripts/size/numeric-interpolate';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
const t = fc.double({ noNaN: true, min: 0, max: 1 });

describe('d3-interpolate-numeric', () => {
  it('gives exactly what d3-interpolate gives for numbers', () => {
    fc.assert(
      fc.property(finite, finite, t, (a, b, at) => {
        expect(numeric.interpolate(a, b)(at)).toBe(real.interpolate(a, b)(at));
        expect(numeric.interpolateNumber(a, b)(at)).toBe(real.interpolateNumber(a, b)(at));
        expect(numeric.interpolateRound(a, b)(at)).toBe(real.interpolateRound(a, b)(at));
      }),
    );
  });

  it('maps like d3 scales do when used as their interpolator', () => {
    const linear = scaleLinear().domain([0, 5e9]).range([300, 0]);
    const log = scaleLog().domain([1e6, 1e10]).range([300, 0]);
    const viaShim = (scale: typeof linear | typeof log) =>
      scale.copy().interpolate(numeric.interpolate as unknown as typeof real.interpolate);
    for (const value of [0, 1e6, 3.3e8, 5e9]) expect(viaShim(linear)(value)).toBe(linear(value));
    for (const value of [1e6, 4.2e7, 1e10]) expect(viaShim(log)(value)).toBe(log(value));
  });

  it('refuses a colour range instead of drawing something wrong', () => {
    expect(() => numeric.interpolate('red', 'blue')).toThrow(/numeric scale ranges only/);
    expect(() => numeric.piecewise()).toThrow(/not in this build/);
  });
});

describe('numericInterpolate plugin', () => {
  const resolve = (source: string, importer?: string) => {
    const hook = numericInterpolate().resolveId as (source: string, importer?: string) => string | null;
    return hook(source, importer);
  };

  it('swaps the module for d3-scale only', () => {
    expect(resolve('d3-interpolate', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toMatch(
      /d3-interpolate-numeric\.ts$/,
    );
    expect(resolve('d3-interpolate', '/app/src/charts/colour.ts')).toBeNull();
    expect(resolve('d3-color', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBeNull();
  });
});
