// The x axis of a spec: its periods at the dataset's frequency, and the earlier periods a transform reads
// (a year-on-year change needs the year before `from`; a rolling sum needs the window's first months).
import type { Frequency } from '../data/schema';
import type { Transform } from '../spec/schema';
import { transformRow } from '../spec/transforms';
import { periodRange } from './periods';

function bound(period: string, freq: Frequency, end: boolean): string {
  if (freq === 'A') return period.slice(0, 4);
  return period.length === 4 ? `${period}-${end ? '12' : '01'}` : period;
}

/** Every period from `from` to `to` inclusive, annual "2017" or monthly "2017-01". */
export function specPeriods(from: string, to: string, freq: Frequency): string[] {
  return periodRange(bound(from, freq, false), bound(to, freq, true));
}

/** How many periods before the first shown one the transform needs. */
export function leadInPeriods(transform: Transform, freq: Frequency): number {
  return transformRow(transform).leadIn(transform, freq);
}

/** `periods` with `count` earlier periods in front (same frequency). */
export function withLeadIn(periods: readonly string[], count: number, freq: Frequency): string[] {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined || count === 0) return [...periods];
  if (freq === 'A') return periodRange(String(Number(first) - count), last);
  const [year, month] = first.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 - count;
  const start = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return periodRange(start, last);
}
