// Tiny hand-made series for the transform tests.
import type { ReportingBasis } from '../../../src/data/schema';
import type { Series, SeriesPoint, Unit } from '../../../src/data/series';

export const USD: Unit = { kind: 'currency', currency: 'USD' };
export const TONNES: Unit = { kind: 'quantity', unit: 't' };

type PointInput = [period: string, value: number | null, basis?: ReportingBasis | null, sources?: string[]];

export function point([period, value, basis = 'reconciled', sources = ['baci']]: PointInput): SeriesPoint {
  return { period, value, basis, sources };
}

export function makeSeries(
  points: PointInput[],
  { freq = 'A', unit = USD, key = 's' }: Partial<Pick<Series, 'freq' | 'unit' | 'key'>> = {},
): Series {
  return { key, label: key, freq, unit, points: points.map(point) };
}

export function values(series: Series): (number | null)[] {
  return series.points.map((p) => p.value);
}
