// A chart-ready series: what queries produce and charts draw. A missing period is `value: null`
// ("no data"), never 0, so lines break and tooltips say so.
import type { Currency, Frequency, ReportingBasis } from './schema';

export interface SeriesPoint {
  period: string;
  value: number | null;
  /** Reporting basis of the rows behind this point; null when there are none or they disagree. */
  basis: ReportingBasis | null;
  /** Source ids of the rows behind this point. */
  sources: readonly string[];
}

export type Unit =
  | { kind: 'currency'; currency: Currency }
  | { kind: 'quantity'; unit: 't' }
  | { kind: 'unit-value'; currency: Currency; per: 'kg' }
  | { kind: 'percent' }
  | { kind: 'index'; base: string }
  | { kind: 'change-percent' };

export interface Series {
  key: string;
  label: string;
  freq: Frequency;
  unit: Unit;
  points: readonly SeriesPoint[];
  /** The sources it is drawn from, when its dataset does not say (a reader's file beside built-in data). */
  sources?: readonly string[];
}
