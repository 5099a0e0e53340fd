// Applies a spec's transform to measured series: share of a denominator, index to a base period,
// year-on-year change, rolling sum, year-to-date sum. What cannot be computed becomes null with a notice, never a guess.
import type { Series, SeriesPoint } from '../data/series';
import { indexTo } from '../data/transforms/index-to';
import { rollingSum } from '../data/transforms/rolling-sum';
import { shareOf } from '../data/transforms/share-of';
import { yearOverYear } from '../data/transforms/year-over-year';
import { yearToDate } from '../data/transforms/year-to-date';
import type { Transform } from '../spec/schema';
import { commonBasis } from './basis';

export interface TransformResult {
  series: Series[];
  notices: string[];
}

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

function shareSeries(series: Series[], denominator: Series | null, name: string): TransformResult {
  if (!denominator) {
    const empty = series.map((s) => ({
      ...s,
      unit: { kind: 'percent' } as const,
      points: s.points.map((p) => ({ ...p, value: null })),
    }));
    return { series: empty, notices: [`There is no ${name} to divide by: the shares are left empty.`] };
  }
  return { series: series.map((s) => shareOf(s, denominator)), notices: [] };
}

export function applyTransform(
  series: Series[],
  transform: Transform,
  denominator: Series | null,
): TransformResult {
  switch (transform.kind) {
    case 'absolute':
      return { series, notices: [] };
    case 'share': {
      const total = transform.of === 'selection' ? selectionTotal(series) : denominator;
      const name = { total: 'total of all goods', chpl: 'CHPL total', selection: 'selection total' }[
        transform.of
      ];
      return shareSeries(series, total, name);
    }
    case 'index': {
      const results = series.map((s) => indexTo(s, transform.base));
      const missing = results.filter((r) => r.reason !== null).map((r) => r.series.label);
      const notices = missing.length
        ? [`No value in ${transform.base} to index to, so no index for: ${missing.join(', ')}.`]
        : [];
      return { series: results.map((r) => r.series), notices };
    }
    case 'yoy':
      return { series: series.map(yearOverYear), notices: [] };
    case 'rolling':
      return { series: series.map((s) => rollingSum(s, transform.window)), notices: [] };
    case 'ytd':
      return { series: series.map(yearToDate), notices: [] };
  }
}

/** Keeps only the shown periods (a transform may have read earlier ones). */
export function trimToPeriods(series: Series, periods: readonly string[]): Series {
  const shown = new Set(periods);
  return { ...series, points: series.points.filter((p) => shown.has(p.period)) };
}
