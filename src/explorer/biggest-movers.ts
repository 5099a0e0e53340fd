// The HS6 products whose trade changed most between two years, from BACI's HS6 rows. A product needs a
// value in both years: a missing row is "no data", never zero, so products that appear or vanish are not
// ranked (and the list says so).
import type { FlowRow, SeriesBreak } from '../data/schema';
import { i18n } from '../i18n/i18n';

export interface Mover {
  hs6: string;
  fromValue: number;
  toValue: number;
  /** toValue - fromValue, US$. */
  change: number;
}

export interface MoverOptions {
  exporter: string;
  importer: string;
  fromYear: string;
  toYear: string;
  limit: number;
}

export interface MoverResult {
  movers: Mover[];
  /** Products with a value in one of the two years only (left out of the ranking). */
  oneSided: number;
}

function valuesInYear(rows: Iterable<FlowRow>, options: MoverOptions, year: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of rows) {
    if (row.period !== year || row.exporter !== options.exporter || row.importer !== options.importer)
      continue;
    values.set(row.product, (values.get(row.product) ?? 0) + row.value);
  }
  return values;
}

/** Largest absolute change first; ties by code. */
export function biggestMovers(rows: readonly FlowRow[], options: MoverOptions): MoverResult {
  const before = valuesInYear(rows, options, options.fromYear);
  const after = valuesInYear(rows, options, options.toYear);
  const movers: Mover[] = [];
  let oneSided = 0;
  for (const [hs6, fromValue] of before) {
    const toValue = after.get(hs6);
    if (toValue === undefined) oneSided += 1;
    else movers.push({ hs6, fromValue, toValue, change: toValue - fromValue });
  }
  for (const hs6 of after.keys()) if (!before.has(hs6)) oneSided += 1;
  movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.hs6 < b.hs6 ? -1 : 1));
  return { movers: movers.slice(0, options.limit), oneSided };
}

/**
 * Two years on either side of BACI's break (and of the HS 2022 change, which took effect the same year) are not
 * like for like: the sentence says so, names both, and points to the like-for-like pair. Null when none is crossed.
 */
export function moversBreakText(
  breaks: readonly SeriesBreak[],
  fromYear: string,
  toYear: string,
): string | null {
  const [early, late] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  const crossed = breaks.filter((b) => b.source === 'baci' && early <= b.after && late >= b.before);
  const first = crossed[0];
  if (!first) return null;
  const label = `${first.label.charAt(0).toLowerCase()}${first.label.slice(1)}`;
  return i18n._(
    {
      id: 'movers.break',
      message:
        'Compare {before} with a later year for a like-for-like change: {early} to {late} crosses the {before} change of basis ({label}) and the HS 2022 change (some HS 2017 lines lost goods to new HS 2022 codes), so part of these changes is the break, not trade.',
    },
    { before: first.before, early, late, label },
  );
}
