// Splits a line into drawable pieces: a gap where a point has no data, and a dashed piece where the line
// crosses a break in reporting basis (the two sides are not measured the same way), and no join where a running
// sum restarts (a year-to-date series falls from December to January because it restarts, not because trade fell).
import { line } from 'd3-shape';
import type { SegmentMark } from '../kit/types';

export interface XY {
  x: number;
  y: number;
}

const path = line<XY>(
  (point) => point.x,
  (point) => point.y,
);

/**
 * `points` in period order, null where there is no data; `breakXs` in pixels; `restarts[i]` true when point i
 * starts a new sum and must not be joined to point i - 1.
 */
export function lineSegments(
  points: readonly (XY | null)[],
  breakXs: readonly number[],
  restarts: readonly boolean[] = [],
): SegmentMark[] {
  const segments: SegmentMark[] = [];
  let run: XY[] = [];
  let runDashed = false;
  const flush = () => {
    if (run.length > 1) segments.push({ d: path(run) ?? '', dashed: runDashed });
    run = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (!from || !to || restarts[i + 1] === true) {
      flush();
      continue;
    }
    const dashed = breakXs.some((x) => from.x < x && x < to.x);
    if (run.length > 0 && dashed !== runDashed) flush();
    if (run.length === 0) run.push(from);
    runDashed = dashed;
    run.push(to);
  }
  flush();
  return segments;
}
