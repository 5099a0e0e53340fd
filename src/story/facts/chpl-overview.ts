// Section 1: the size of the CHPL trade the US measures are aimed at, by tier.
import type { ChplTier } from '../../data/schema';
import { TIER_ORDER as CHPL_TIERS } from '../../data/tiers';
import { chplValue, tierOfCode } from './chpl-values';
import { change, usd } from './format';
import type { Finding, StoryData } from './types';

export function chplOverviewFinding(data: Pick<StoryData, 'baciChpl' | 'concordance'>): Finding {
  const tierOf = tierOfCode(data.concordance);
  const total = (year: string) => chplValue(data.baciChpl, tierOf, 'all', year);
  const [t2021, t2022, t2023] = [total('2021'), total('2022'), total('2023')];
  const largest = CHPL_TIERS.map((tier): [ChplTier, number | null] => [
    tier,
    chplValue(data.baciChpl, tierOf, tier, '2023'),
  ]).reduce((best, next) => ((next[1] ?? -1) > (best[1] ?? -1) ? next : best));
  const ratio = t2021 && t2023 !== null ? t2023 / t2021 : null;
  return {
    figures: {
      chpl2021: t2021,
      chpl2022: t2022,
      chpl2023: t2023,
      change2021to2023: ratio,
      largestTier2023: largest[1],
    },
    sentences: [
      `China’s direct exports to Russia of all CHPL goods came to ${usd(t2021)} in 2021, ${usd(t2022)} in 2022 and ${usd(t2023)} in 2023 (${change(ratio)} on 2021).`,
      `The largest tier in 2023 was tier ${largest[0]} (${usd(largest[1])}).`,
    ],
  };
}
