// China -> Russia values of CHPL goods from BACI rows: per tier, per HS 2017 code, or all tiers, per year.
import type { ChplTier, ConcordanceRow, FlowRow } from '../../data/schema';
import { sumValues } from './sums';

export const EXPORTER = 'CHN';
export const IMPORTER = 'RUS';

/** HS 2017 code -> tier, from the concordance (854150 appears twice there, with one tier). */
export function tierOfCode(concordance: readonly ConcordanceRow[]): ReadonlyMap<string, ChplTier> {
  return new Map(concordance.map((row) => [row.hs6_2017, row.tier]));
}

/**
 * HS 2017 code -> tier for the codes comparable across the HS 2022 change only: an HS 2017 line is left out when
 * any CHPL code read from it is not comparable (its HS 2017 line is broader, or split).
 */
export function comparableTierOfCode(concordance: readonly ConcordanceRow[]): ReadonlyMap<string, ChplTier> {
  const notComparable = new Set(
    concordance.filter((row) => row.comparable !== 'yes').map((row) => row.hs6_2017),
  );
  return new Map([...tierOfCode(concordance)].filter(([hs6]) => !notComparable.has(hs6)));
}

const isChinaToRussia = (row: FlowRow) => row.exporter === EXPORTER && row.importer === IMPORTER;

/** CHPL exports China -> Russia in `year` for one tier, or for all tiers when `tier` is 'all'. */
export function chplValue(
  flows: readonly FlowRow[],
  tierOf: ReadonlyMap<string, ChplTier>,
  tier: ChplTier | 'all',
  year: string,
): number | null {
  return sumValues(flows, (row) => {
    const rowTier = tierOf.get(row.product);
    return (
      isChinaToRussia(row) &&
      row.period === year &&
      rowTier !== undefined &&
      (tier === 'all' || rowTier === tier)
    );
  });
}

/** Each HS 2017 CHPL code's China -> Russia value in `year`, largest first. */
export function codeValues(
  flows: readonly FlowRow[],
  tierOf: ReadonlyMap<string, ChplTier>,
  year: string,
): { hs6: string; value: number }[] {
  const byCode = new Map<string, number>();
  for (const row of flows) {
    if (!isChinaToRussia(row) || row.period !== year || !tierOf.has(row.product)) continue;
    byCode.set(row.product, (byCode.get(row.product) ?? 0) + row.value);
  }
  return [...byCode].map(([hs6, value]) => ({ hs6, value })).sort((a, b) => b.value - a.value);
}

/** China -> Russia all-goods total in `year` (BACI totals file), or null. */
export function totalValue(totals: readonly FlowRow[], year: string): number | null {
  return sumValues(totals, (row) => isChinaToRussia(row) && row.period === year && row.product === 'TOTAL');
}
