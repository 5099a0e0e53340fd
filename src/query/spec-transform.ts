// Applies a spec's transform to measured series, as its TRANSFORMS row (src/spec/transforms.ts) computes it, and
// trims what a transform read before the shown periods.
import type { Series } from '../data/series';
import type { Transform } from '../spec/schema';
import { transformRow, type TransformResult } from '../spec/transforms';

export type { TransformResult };

export function applyTransform(
  series: Series[],
  transform: Transform,
  denominator: Series | null,
): TransformResult {
  return transformRow(transform).apply(series, transform, denominator);
}

/** Keeps only the shown periods (a transform may have read earlier ones). */
export function trimToPeriods(series: Series, periods: readonly string[]): Series {
  const shown = new Set(periods);
  return { ...series, points: series.points.filter((p) => shown.has(p.period)) };
}
