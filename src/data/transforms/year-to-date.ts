import type { Series, SeriesPoint } from '../series';
import { TransformError } from './errors';
import { derivedPoint, pointsByPeriod } from './points';

/**
 * Cumulative sum from January to each month, starting again each January: what China Customs publishes
 * ("January-June"). Null unless every month from January of that year to the period is present with a value:
 * one missing month makes the rest of that year "no data", never a sum that silently skips it. Monthly only.
 */
export function yearToDate(series: Series): Series {
  if (series.freq !== 'M') {
    throw new TransformError(
      'not-monthly',
      `a year-to-date sum needs a monthly series; "${series.key}" is annual`,
    );
  }
  const byPeriod = pointsByPeriod(series);
  const points = series.points.map((point) => {
    const months = monthsSinceJanuary(byPeriod, point.period);
    if (!months) return derivedPoint(point.period, null, [point]);
    let sum = 0;
    for (const { value } of months) {
      if (value === null) return derivedPoint(point.period, null, months);
      sum += value;
    }
    return derivedPoint(point.period, Number.isFinite(sum) ? sum : null, months);
  });
  return { ...series, points };
}

/** January to `period` of the same year, oldest first, or null if any month is absent. */
function monthsSinceJanuary(
  byPeriod: ReadonlyMap<string, SeriesPoint>,
  period: string,
): SeriesPoint[] | null {
  const year = period.slice(0, 4);
  const last = Number(period.slice(5, 7));
  const months: SeriesPoint[] = [];
  for (let month = 1; month <= last; month += 1) {
    const point = byPeriod.get(`${year}-${String(month).padStart(2, '0')}`);
    if (!point) return null;
    months.push(point);
  }
  return months;
}
