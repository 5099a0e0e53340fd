// The periods a reader can choose for a dataset. The default range of each dataset is its full coverage
// (see src/spec/defaults.ts and each source's PROVENANCE.md), so the choices need no data download.
import { i18n } from '../i18n/i18n';
import { periodRange } from '../query/periods';
import { DATASETS, defaultSpecFor, periodEnd, periodStart, type ChartSpec, type DatasetId } from '../spec';

export function datasetPeriods(dataset: DatasetId): string[] {
  const { from, to } = defaultSpecFor(dataset);
  return periodRange(from, to);
}

/** Positions of the spec's bounds among `periods`, clamped to the ends (a year bound on monthly data covers its months). */
export function rangeIndices(periods: readonly string[], from: string, to: string): [number, number] {
  const monthly = (periods[0]?.length ?? 4) === 7;
  const start = monthly ? periodStart(from) : from.slice(0, 4);
  const end = monthly ? periodEnd(to) : to.slice(0, 4);
  const last = Math.max(0, periods.length - 1);
  const first = periods.findIndex((period) => period >= start);
  const afterEnd = periods.findIndex((period) => period > end);
  const fromIndex = first < 0 ? last : first;
  const toIndex = afterEnd < 0 ? last : Math.max(0, afterEnd - 1);
  return [Math.min(fromIndex, toIndex), Math.max(fromIndex, toIndex)];
}

export type PeriodCheck = { ok: true; period: string } | { ok: false; message: string };

/** A typed bound: the dataset's own form (YYYY or YYYY-MM) and one of its periods. */
export function checkPeriodInput(text: string, spec: ChartSpec, periods: readonly string[]): PeriodCheck {
  const value = text.trim();
  const monthly = DATASETS[spec.dataset].freq === 'M';
  const shape = monthly ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}$/;
  if (!shape.test(value))
    return {
      ok: false,
      message: monthly
        ? i18n._({ id: 'range.type-month', message: 'Type a month as YYYY-MM.' })
        : i18n._({ id: 'range.type-year', message: 'Type a year as YYYY.' }),
    };
  const first = periods[0] ?? '';
  const last = periods.at(-1) ?? '';
  if (value < first || value > last)
    return {
      ok: false,
      message: i18n._(
        { id: 'range.outside', message: 'Choose a period from {first} to {last}.' },
        { first, last },
      ),
    };
  return { ok: true, period: value };
}
