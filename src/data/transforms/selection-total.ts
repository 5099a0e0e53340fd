import { commonBasis } from '../basis';
import type { Series, SeriesPoint } from '../series';

/** The sum of the shown series per period, over those with a value (null when none has one). */
export function selectionTotal(series: readonly Series[]): Series | null {
  const first = series[0];
  if (!first) return null;
  const points = first.points.map((point, i): SeriesPoint => {
    const present = series.map((s) => s.points[i]).filter((p): p is SeriesPoint => p?.value != null);
    if (present.length === 0) return { period: point.period, value: null, basis: null, sources: [] };
    return {
      period: point.period,
      value: present.reduce((sum, p) => sum + (p.value ?? 0), 0),
      basis: commonBasis(present.map((p) => p.basis)),
      sources: [...new Set(present.flatMap((p) => p.sources))].sort(),
    };
  });
  return { ...first, key: 'selection', label: 'Selection', points };
}
