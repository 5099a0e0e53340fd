// CHPL goods by tier: each flow row's HS 2017 code gets its tier from a table (concordance.csv or
// products.csv), data rather than if-statements.
import type { ChplTier, ConcordanceRow, FlowRow, ProductRow } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';
import type { Series } from '../data/series';
import { aggregateSeries } from './aggregate-series';
import { filterFlows } from './filter-flows';
import { periodRange } from './periods';
import { i18n } from '../i18n/i18n';

export function tierOfProduct(products: readonly ProductRow[]): Map<string, ChplTier> {
  const tiers = new Map<string, ChplTier>();
  for (const product of products) if (product.tier !== null) tiers.set(product.hs6, product.tier);
  return tiers;
}

/** The small table (50 rows) the story and embeds use instead of the 4,800-row products.csv. */
export function tierOfConcordance(concordance: readonly ConcordanceRow[]): Map<string, ChplTier> {
  return new Map(concordance.map((row) => [row.hs6_2017, row.tier]));
}

export interface TierSeriesOptions {
  exporter: string;
  importer: string;
  from: string;
  to: string;
  tiers?: readonly ChplTier[];
}

export function tierLabel(tier: ChplTier): string {
  return i18n._({ id: 'chart.tier', message: 'Tier {tier}' }, { tier });
}

export function chplTierSeries(
  flows: readonly FlowRow[],
  tierOf: ReadonlyMap<string, ChplTier>,
  { exporter, importer, from, to, tiers = TIER_ORDER }: TierSeriesOptions,
): Series[] {
  const rows = filterFlows(flows, { exporter, importer, from, to });
  return aggregateSeries(rows, {
    groups: tiers.map((tier) => ({ key: tier, label: tierLabel(tier) })),
    keyOf: (row) => tierOf.get(row.product) ?? null,
    periods: periodRange(from, to),
    freq: 'A',
    currency: 'USD',
  });
}
