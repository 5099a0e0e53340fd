import type { Series, SeriesPoint } from '../series';
import { TransformError } from './errors';
import { monthsBefore } from './period';
import { derivedPoint, pointsByPeriod } from './points';

/**
 * Sum of the `window` months ending at each period. Null unless every one of those months is present
 * with a value: a gap is "no data", never 0. Monthly series only.
 */
export function rollingSum(series: Series, window = 12): Series {
  if (series.freq !== 'M') {
    throw new TransformError(
      'not-monthly',
      `a rolling sum needs a monthly series; "${series.key}" is annual`,
    );
  }
  if (!Number.isInteger(window) || window < 1) {
    throw new TransformError(
      'invalid-window',
      `window must be a positive whole number of months, got ${window}`,
    );
  }
  const byPeriod = pointsByPeriod(series);
  const points = series.points.map((point) => {
    const months = windowPoints(byPeriod, point.period, window);
    if (!months) return derivedPoint(point.period, null, [point]);
    return derivedPoint(point.period, sumValues(months), months);
  });
  return { ...series, points };
}

/** The window's points, oldest first, or null if any month is absent. */
export function windowPoints(
  byPeriod: ReadonlyMap<string, SeriesPoint>,
  period: string,
  window: number,
): SeriesPoint[] | null {
  const months: SeriesPoint[] = [];
  for (let back = window - 1; back >= 0; back -= 1) {
    const point = byPeriod.get(monthsBefore(period, back));
    if (!point) return null;
    months.push(point);
  }
  return months;
}

export function sumValues(points: readonly SeriesPoint[]): number | null {
  let sum: number | null = null;
  for (const { value } of points) {
    if (value === null) return null;
    sum = sum === null ? value : sum + value;
  }
  return sum !== null && Number.isFinite(sum) ? sum : null;
}
