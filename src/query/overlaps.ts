// Which series of a chart hold the same trade twice (a CHPL tier and one of its codes, a chapter and one of
// its headings, all goods beside anything, the world beside one country). A stack of such series would count
// the shared trade twice, so the chart refuses to stack them (SpecChartView) and says why.
import type { FlowRow, PartnerRow } from '../data/schema';
import type { ChartSpec } from '../spec/schema';
import type { RowGroup } from './measure-series';
import { selectorKey } from './product-selectors';

/** Two series holding the same trade: their keys, and a phrase naming both for the reader. */
export interface SeriesOverlap {
  keys: readonly [string, string];
  text: string;
}

/** One entry per overlapping pair; empty when no two series share trade. */
export function seriesOverlaps(
  groups: readonly RowGroup[],
  spec: Pick<ChartSpec, 'flow' | 'breakdown'>,
  partners: readonly PartnerRow[] = [],
): SeriesOverlap[] {
  const overlaps: SeriesOverlap[] = [];
  const seen = new Set<string>();
  const add = (a: RowGroup, b: RowGroup) => {
    const key = `${a.key}|${b.key}`;
    if (seen.has(key)) return;
    seen.add(key);
    overlaps.push({ keys: [a.key, b.key], text: `‘${a.label}’ and ‘${b.label}’ include the same trade` });
  };
  // Shared flow rows: the same row (same product, pair and period) read into two series.
  const owner = new Map<FlowRow, RowGroup>();
  for (const group of groups) {
    for (const row of group.rows) {
      const first = owner.get(row);
      if (first === undefined) owner.set(row, group);
      else if (first !== group) add(first, group);
    }
  }
  // All goods (the TOTAL rows) contain every other product series, though they share no row with it.
  if (spec.breakdown === 'none' && spec.flow.kind === 'bilateral') {
    for (const total of groups.filter((g) => g.key === selectorKey({ kind: 'total' }))) {
      for (const other of groups) if (other !== total) add(total, other);
    }
  }
  // An aggregate partner (the world, the EU) contains the countries beside it.
  if (spec.flow.kind === 'partners') {
    const aggregates = new Set(partners.filter((p) => p.kind === 'aggregate').map((p) => p.code));
    const partnerOf = (g: RowGroup) => g.key.split(':')[0] ?? g.key;
    for (const group of groups) {
      if (!aggregates.has(partnerOf(group))) continue;
      for (const other of groups) {
        if (other !== group && partnerOf(other) !== partnerOf(group) && sameProduct(group, other))
          add(group, other);
      }
    }
  }
  return overlaps;
}

/** Partner series of several products are keyed "partner:product"; one product: the partner alone. */
function sameProduct(a: RowGroup, b: RowGroup): boolean {
  return (a.key.split(':')[1] ?? '') === (b.key.split(':')[1] ?? '');
}
