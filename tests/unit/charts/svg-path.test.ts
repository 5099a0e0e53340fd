// The chart marks' path data is d3-shape's, byte for byte (src/charts/kit/svg-path.ts replaced its generators).
import { area, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaPath } from '../../../src/charts/kit/svg-area';
import { linePath } from '../../../src/charts/kit/svg-path';

const coordinate = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -2000, max: 2000 }),
  fc.constantFrom(0, -0, 0.0005, -0.0005, 1.0005, 123.4565, 1e-7, 0.1 + 0.2),
);
const d3Line = line<{ x: number; y: number }>(
  (point) => point.x,
  (point) => point.y,
);
const d3Area = area<{ x: number; y0: number; y1: number }>()
  .x((point) => point.x)
  .y0((point) => point.y0)
  .y1((point) => point.y1);

describe('svg paths', () => {
  it('a line is what d3-shape’s line() writes, for any points (none, one, many)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 30 }), (points) => {
        expect(linePath(points)).toBe(d3Line(points));
      }),
      { numRuns: 500 },
    );
  });

  it('an area is what d3-shape’s area() writes with x, y0 and y1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coordinate, y0: coordinate, y1: coordinate }), { maxLength: 30 }),
        (points) => {
          expect(areaPath(points)).toBe(d3Area(points));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rounds to 3 decimals as d3 does', () => {
    expect(
      linePath([
        { x: 1.23456, y: 2 },
        { x: 3, y: 4.0004 },
      ]),
    ).toBe('M1.235,2L3,4');
    expect(
      areaPath([
        { x: 0, y0: 10, y1: 5 },
        { x: 1, y0: 10, y1: 4 },
      ]),
    ).toBe('M0,5L1,4L1,10L0,10Z');
  });
});
