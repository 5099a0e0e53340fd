// The explorer's choices for a reader's file, from the facts the worker gathered (file-facts.ts): the CHPL
// tiers of a pair's codes, the products and the chart to start from.
import type { ChplTier, ConcordanceRow, Frequency } from '../../data/schema';
import { TIER_ORDER } from '../../data/tiers';
import { defaultSpecFor } from '../../spec/defaults';
import type { ChartSpec, DatasetId, ProductSelector } from '../../spec/schema';
import { userConcordance } from './concordance';
import type { PairFacts } from './file-facts';
import type { UserFile } from './user-file';

export type { FileFacts, PairFacts } from './file-facts';

export const USER_DATASET: Readonly<Record<Frequency, DatasetId>> = { A: 'user', M: 'user-monthly' };

export interface ProductFacts {
  /** CHPL tiers of the pair's codes, in list order. */
  tiers: ChplTier[];
  hasChpl: boolean;
  hasTotal: boolean;
  /** HS6 codes of the pair, largest value first. */
  codes: string[];
}

const NONE: ProductFacts = { tiers: [], hasChpl: false, hasTotal: false, codes: [] };

/** The products one pair of the file has at one frequency. */
export function productFacts(
  file: UserFile,
  pair: string,
  freq: Frequency,
  concordance: readonly ConcordanceRow[],
): ProductFacts {
  const products = file.facts.pairs.find((p) => p.key === pair)?.products[freq];
  if (!products) return NONE;
  const tierOf = new Map(userConcordance(concordance).map((row) => [row.hs6_2017, row.tier]));
  const tiers = new Set(products.codes.flatMap((code) => tierOf.get(code) ?? []));
  return {
    tiers: TIER_ORDER.filter((tier) => tiers.has(tier)),
    hasChpl: tiers.size > 0,
    hasTotal: products.hasTotal,
    codes: products.codes,
  };
}

/** The products a chart of the pair starts with: its CHPL tiers, else all goods, else its largest codes. */
export function startProducts(facts: ProductFacts): ProductSelector[] {
  if (facts.tiers.length > 0) return facts.tiers.map((tier) => ({ kind: 'tier', tier }));
  if (facts.hasTotal) return [{ kind: 'total' }];
  return facts.codes.slice(0, 5).map((code) => ({ kind: 'hs6', code }));
}

/** The frequency with more of the pair's rows (annual on a tie: the view BACI can be compared with). */
export function startFrequency(pair: PairFacts): Frequency {
  return pair.monthlyRows > pair.annualRows ? 'M' : 'A';
}

/**
 * The explorer's first chart of a file, or of one pair at one frequency: every period the file has there,
 * the products above. Null when the file has no row there.
 */
export function startSpec(
  file: UserFile,
  concordance: readonly ConcordanceRow[],
  choice: { pair?: string | undefined; freq?: Frequency | undefined } = {},
): ChartSpec | null {
  const { facts } = file;
  const pair = facts.pairs.find((p) => p.key === choice.pair) ?? facts.pairs[0];
  if (!pair) return null;
  const freq = choice.freq ?? startFrequency(pair);
  const periods = freq === 'A' ? facts.annualPeriods : facts.monthlyPeriods;
  const from = periods[0];
  const to = periods.at(-1);
  const products = startProducts(productFacts(file, pair.key, freq, concordance));
  if (!from || !to || products.length === 0) return null;
  return {
    ...defaultSpecFor(USER_DATASET[freq]),
    flow: { kind: 'bilateral', exporter: pair.exporter, importer: pair.importer },
    products,
    from,
    to,
  };
}
