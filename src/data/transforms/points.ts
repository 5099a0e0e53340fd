// Helpers shared by the transforms: align points by period and merge what lies behind them.
import type { ReportingBasis } from '../schema';
import type { Series, SeriesPoint, Unit } from '../series';
import { TransformError } from './errors';

export function pointsByPeriod(series: Series): ReadonlyMap<string, SeriesPoint> {
  return new Map(series.points.map((point) => [point.period, point]));
}

/** One basis when every point agrees, else null: a value built on mixed declarations has no single basis. */
export function mergeBasis(points: readonly SeriesPoint[]): ReportingBasis | null {
  const first = points[0]?.basis ?? null;
  return points.every((point) => point.basis === first) ? first : null;
}

/** Union of the points' sources, first-seen order, no repeats. */
export function mergeSources(points: readonly SeriesPoint[]): readonly string[] {
  return [...new Set(points.flatMap((point) => point.sources))];
}

/** A derived point: value from `value`, basis and sources from every point it was computed from. */
export function derivedPoint(
  period: string,
  value: number | null,
  from: readonly SeriesPoint[],
): SeriesPoint {
  return { period, value, basis: mergeBasis(from), sources: mergeSources(from) };
}

/** numerator / denominator * scale, or null when either is missing, the denominator is 0, or it overflows. */
export function ratio(numerator: number | null, denominator: number | null, scale: number): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const result = (numerator / denominator) * scale;
  return Number.isFinite(result) ? result : null;
}

export function assertSameFrequency(a: Series, b: Series): void {
  if (a.freq !== b.freq) {
    throw new TransformError(
      'frequency-mismatch',
      `cannot combine ${a.freq} series "${a.key}" with ${b.freq} "${b.key}"`,
    );
  }
}

/** Units are flat records: equal when every field is. */
export function sameUnit(a: Unit, b: Unit): boolean {
  const fieldsA = Object.entries(a);
  return (
    fieldsA.length === Object.keys(b).length &&
    fieldsA.every(([key, value]) => (b as Record<string, unknown>)[key] === value)
  );
}
