import type { Series, SeriesPoint } from '../series';
import { derivedPoint, pointsByPeriod, ratio } from './points';

/** Why an index could not be computed: the base period has no value, or its value is 0. */
export type IndexToReason = 'base-missing' | 'base-zero';

export interface IndexToResult {
  series: Series;
  /** null when the index is defined; otherwise every point is null and this says why. */
  reason: IndexToReason | null;
}

/** Each value relative to `basePeriod` = 100. Basis and sources merge the point's with the base's. */
export function indexTo(series: Series, basePeriod: string): IndexToResult {
  const base = pointsByPeriod(series).get(basePeriod);
  const reason = baseReason(base);
  const unit = { kind: 'index', base: basePeriod } as const;
  if (!base || reason) {
    const points = series.points.map((point) => derivedPoint(point.period, null, [point]));
    return { series: { ...series, unit, points }, reason };
  }
  const points = series.points.map((point) =>
    derivedPoint(point.period, ratio(point.value, base.value, 100), [point, base]),
  );
  return { series: { ...series, unit, points }, reason: null };
}

function baseReason(base: SeriesPoint | undefined): IndexToReason | null {
  if (!base || base.value === null) return 'base-missing';
  return base.value === 0 ? 'base-zero' : null;
}
