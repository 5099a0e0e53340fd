import { expect, it } from 'vitest';
import { lineSegments } from '../../../src/charts/line/segments';

const p = (x: number, y = 0) => ({ x, y });

it('breaks the line where a point has no data', () => {
  const segments = lineSegments([p(0), p(10), null, p(30), p(40)], []);
  expect(segments).toEqual([
    { d: 'M0,0L10,0', dashed: false },
    { d: 'M30,0L40,0', dashed: false },
  ]);
});

it('dashes only the piece that crosses a break', () => {
  const segments = lineSegments([p(0), p(10), p(20), p(30)], [15]);
  expect(segments).toEqual([
    { d: 'M0,0L10,0', dashed: false },
    { d: 'M10,0L20,0', dashed: true },
    { d: 'M20,0L30,0', dashed: false },
  ]);
});

it('draws nothing for a lone point', () => {
  expect(lineSegments([null, p(10), null], [])).toEqual([]);
});

it('does not join a point that restarts the sum (January of a year-to-date series) to the one before', () => {
  const segments = lineSegments([p(0), p(10), p(20), p(30)], [], [false, false, true, false]);
  expect(segments).toEqual([
    { d: 'M0,0L10,0', dashed: false },
    { d: 'M20,0L30,0', dashed: false },
  ]);
});
