import type { Series } from '../series';
import { TransformError } from './errors';
import { derivedPoint, pointsByPeriod } from './points';
import { sumValues, windowPoints } from './rolling-sum';

/**
 * Cumulative sum from January to each month, starting again each January: what China Customs publishes
 * ("January-June"). A window as long as the month's number, so null unless every month from January of that year
 * is present with a value: one missing month makes the rest of that year "no data", never a sum that silently
 * skips it. Monthly only.
 */
export function yearToDate(series: Series): Series {
  if (series.freq !== 'M') {
    throw new TransformError(
      'not-monthly',
      `a year-to-date sum needs monthly data; "${series.key}" is annual`,
    );
  }
  const byPeriod = pointsByPeriod(series);
  const points = series.points.map((point) => {
    const months = windowPoints(byPeriod, point.period, Number(point.period.slice(5, 7)));
    return months
      ? derivedPoint(point.period, sumValues(months), months)
      : derivedPoint(point.period, null, [point]);
  });
  return { ...series, points };
}
