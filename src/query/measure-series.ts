// Sums a group's rows into one series per measure: value (US$ or EUR), quantity (tonnes), or unit value
// (value per kg over the rows that report a quantity). A period without usable rows is null, never 0.
import type { Currency, FlowRow, Frequency, ReportingBasis } from '../data/schema';
import type { Series, SeriesPoint, Unit } from '../data/series';
import { unitValue } from '../data/transforms/unit-value';
import type { Measure } from '../spec/schema';
import { commonBasis } from '../data/basis';

export interface RowGroup {
  key: string;
  label: string;
  rows: readonly FlowRow[];
}

type Amount = (row: FlowRow) => number | null;

const valueOf: Amount = (row) => row.value;
const quantityOf: Amount = (row) => (row.quantity_unit === 't' ? row.quantity : null);

interface Cell {
  value: number;
  bases: ReportingBasis[];
  sources: Set<string>;
}

function sumByPeriod(rows: readonly FlowRow[], amount: Amount, keep: (row: FlowRow) => boolean) {
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const value = amount(row);
    if (value === null || !keep(row)) continue;
    const cell = cells.get(row.period) ?? { value: 0, bases: [], sources: new Set<string>() };
    cell.value += value;
    cell.bases.push(row.basis);
    cell.sources.add(row.source);
    cells.set(row.period, cell);
  }
  return cells;
}

export interface SumOptions {
  periods: readonly string[];
  freq: Frequency;
  unit: Unit;
  amount: Amount;
  keep?: (row: FlowRow) => boolean;
}

export function sumSeries(group: RowGroup, options: SumOptions): Series {
  const cells = sumByPeriod(group.rows, options.amount, options.keep ?? (() => true));
  return {
    key: group.key,
    label: group.label,
    freq: options.freq,
    unit: options.unit,
    points: options.periods.map((period): SeriesPoint => {
      const cell = cells.get(period);
      if (!cell) return { period, value: null, basis: null, sources: [] };
      return { period, value: cell.value, basis: commonBasis(cell.bases), sources: [...cell.sources].sort() };
    }),
  };
}

export interface MeasureOptions {
  measure: Measure;
  periods: readonly string[];
  freq: Frequency;
  currency: Currency;
}

export function measureSeries(group: RowGroup, { measure, periods, freq, currency }: MeasureOptions): Series {
  const money: Unit = { kind: 'currency', currency };
  const sameCurrency = (row: FlowRow) => row.currency === currency;
  const base = { periods, freq, keep: sameCurrency };
  if (measure === 'value') return sumSeries(group, { ...base, unit: money, amount: valueOf });
  const quantity = sumSeries(group, { ...base, unit: { kind: 'quantity', unit: 't' }, amount: quantityOf });
  if (measure === 'quantity') return quantity;
  // Only rows with a quantity enter the value too, so the price is of the same goods.
  const hasQuantity = (row: FlowRow) => sameCurrency(row) && quantityOf(row) !== null;
  const value = sumSeries(group, { ...base, keep: hasQuantity, unit: money, amount: valueOf });
  return unitValue(value, quantity);
}

/** Rows in another currency than the chart's: left out, and said so. */
export function otherCurrencyRows(groups: readonly RowGroup[], currency: Currency): number {
  return groups.reduce((count, g) => count + g.rows.filter((row) => row.currency !== currency).length, 0);
}
