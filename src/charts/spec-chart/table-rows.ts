// The table view's rows and their order: a row per period (time charts) or per series (ranked bars), sorted
// by any column; missing values sort last whichever the direction.
import type { Series } from '../../data/series';
import { i18n } from '../../i18n/i18n';
import { periodHeader } from '../kit/DataTable';

export interface TableModel {
  /** Header of the first column, then one per value column. */
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; values: (number | null)[] }[];
}

export function periodTable(series: readonly Series[], periods: readonly string[]): TableModel {
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p.value])));
  return {
    columns: [
      { key: 'period', label: periodHeader() },
      ...series.map((s) => ({ key: s.key, label: s.label })),
    ],
    rows: periods.map((period) => ({
      key: period,
      label: period,
      values: byPeriod.map((m) => m.get(period) ?? null),
    })),
  };
}

export function seriesTable(series: readonly Series[], period: string): TableModel {
  return {
    columns: [
      { key: 'series', label: i18n._({ id: 'table.series', message: 'Series' }) },
      { key: period, label: period },
    ],
    rows: series.map((s) => ({
      key: s.key,
      label: s.label,
      values: [s.points.find((p) => p.period === period)?.value ?? null],
    })),
  };
}
