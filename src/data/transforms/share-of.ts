import type { Series } from '../series';
import { TransformError } from './errors';
import { assertSameFrequency, derivedPoint, pointsByPeriod, ratio, sameUnit } from './points';

/**
 * Each period's value as a percentage of `total` in the same period. Null where either is missing or the
 * total is 0. Both series must share frequency and unit (never divide euros by dollars).
 */
export function shareOf(series: Series, total: Series): Series {
  assertSameFrequency(series, total);
  if (!sameUnit(series.unit, total.unit)) {
    throw new TransformError(
      'unit-mismatch',
      `"${series.key}" and its total "${total.key}" have different units`,
    );
  }
  const totals = pointsByPeriod(total);
  const points = series.points.map((point) => {
    const totalPoint = totals.get(point.period);
    if (!totalPoint) return derivedPoint(point.period, null, [point]);
    return derivedPoint(point.period, ratio(point.value, totalPoint.value, 100), [point, totalPoint]);
  });
  return { ...series, unit: { kind: 'percent' }, points };
}
