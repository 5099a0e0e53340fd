// What a reader sees for one period (tooltip and table): every series' value, the basis, the sources.
import { commonBasis } from '../../data/basis';
import type { ReportingBasis } from '../../data/schema';
import type { Series } from '../../data/series';

export interface PeriodSummary {
  period: string;
  values: { key: string; label: string; value: number | null }[];
  basis: ReportingBasis | null;
  sources: string[];
}

export function summarisePeriod(series: readonly Series[], period: string): PeriodSummary {
  const points = series.map((s) => ({ s, point: s.points.find((p) => p.period === period) }));
  const withData = points.filter(({ point }) => point !== undefined && point.value !== null);
  return {
    period,
    values: points.map(({ s, point }) => ({ key: s.key, label: s.label, value: point?.value ?? null })),
    basis: commonBasis(withData.map(({ point }) => point?.basis ?? null)),
    sources: [...new Set(withData.flatMap(({ point }) => point?.sources ?? []))].sort(),
  };
}
