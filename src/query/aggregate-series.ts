// Sums flow rows into one Series per group, with a point for every period asked for. A period without rows
// gets `value: null` ("no data"), never 0.
import type { Currency, FlowRow, Frequency, ReportingBasis } from '../data/schema';
import type { Series, SeriesPoint } from '../data/series';
import { commonBasis } from '../data/basis';

export interface SeriesGroup {
  key: string;
  label: string;
}

export interface AggregateOptions {
  groups: readonly SeriesGroup[];
  /** The group a row belongs to, or null to leave it out. */
  keyOf: (row: FlowRow) => string | null;
  periods: readonly string[];
  freq: Frequency;
  currency: Currency;
}

interface Cell {
  value: number;
  bases: ReportingBasis[];
  sources: Set<string>;
}

function sumByKeyAndPeriod(rows: readonly FlowRow[], options: AggregateOptions): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const key = options.keyOf(row);
    if (key === null || row.freq !== options.freq) continue;
    if (row.currency !== options.currency) {
      throw new Error(
        `aggregateSeries: a ${row.currency} row cannot be summed into a ${options.currency} series`,
      );
    }
    const id = `${key}\u0000${row.period}`;
    const cell = cells.get(id) ?? { value: 0, bases: [], sources: new Set<string>() };
    cell.value += row.value;
    cell.bases.push(row.basis);
    cell.sources.add(row.source);
    cells.set(id, cell);
  }
  return cells;
}

export function aggregateSeries(rows: readonly FlowRow[], options: AggregateOptions): Series[] {
  const cells = sumByKeyAndPeriod(rows, options);
  return options.groups.map(({ key, label }) => ({
    key,
    label,
    freq: options.freq,
    unit: { kind: 'currency', currency: options.currency },
    points: options.periods.map((period): SeriesPoint => {
      const cell = cells.get(`${key}\u0000${period}`);
      if (!cell) return { period, value: null, basis: null, sources: [] };
      return { period, value: cell.value, basis: commonBasis(cell.bases), sources: [...cell.sources].sort() };
    }),
  }));
}
