import type { Series } from '../series';
import { sameMonthYearBefore } from './period';
import { derivedPoint, pointsByPeriod, ratio } from './points';

/**
 * Percentage change against the same period a year earlier (annual: the previous year; monthly: the same
 * month of the previous year). Null where either value is missing or the earlier one is 0.
 */
export function yearOverYear(series: Series): Series {
  const byPeriod = pointsByPeriod(series);
  const points = series.points.map((point) => {
    const earlier = byPeriod.get(sameMonthYearBefore(point.period));
    if (!earlier) return derivedPoint(point.period, null, [point]);
    const change = ratio(point.value, earlier.value, 100);
    return derivedPoint(point.period, change === null ? null : change - 100, [point, earlier]);
  });
  return { ...series, unit: { kind: 'change-percent' }, points };
}
