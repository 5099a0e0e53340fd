// Section 1: the size of the CHPL trade the US measures are aimed at, by tier.
import type { ChplTier } from '../../data/schema';
import { TIER_ORDER as CHPL_TIERS } from '../../data/tiers';
import { i18n } from '../../i18n/i18n';
import { chplValue, comparableTierOfCode, tierOfCode } from './chpl-values';
import { change, ratioOf, usd } from './format';
import type { Finding, StoryData } from './types';

export function chplOverviewFinding(data: Pick<StoryData, 'baciChpl' | 'concordance'>): Finding {
  const tierOf = tierOfCode(data.concordance);
  const total = (year: string) => chplValue(data.baciChpl, tierOf, 'all', year);
  const [t2021, t2022, t2023] = [total('2021'), total('2022'), total('2023')];
  const largest = CHPL_TIERS.map((tier): [ChplTier, number | null] => [
    tier,
    chplValue(data.baciChpl, tierOf, tier, '2023'),
  ]).reduce((best, next) => ((next[1] ?? -1) > (best[1] ?? -1) ? next : best));
  const ratio = ratioOf(t2023, t2021);
  const comparableOf = comparableTierOfCode(data.concordance);
  const comparable = (year: string) => chplValue(data.baciChpl, comparableOf, 'all', year);
  const [c2021, c2023] = [comparable('2021'), comparable('2023')];
  const comparableRatio = ratioOf(c2023, c2021);
  return {
    figures: {
      chpl2021: t2021,
      chpl2022: t2022,
      chpl2023: t2023,
      change2021to2023: ratio,
      change2022to2023: ratioOf(t2023, t2022),
      comparable2021: c2021,
      comparable2023: c2023,
      comparableChange2021to2023: comparableRatio,
      largestTier2023: largest[1],
    },
    // Each sentence is one message per language; the break names (./breaks.ts) are written into it.
    sentences: [
      i18n._(
        {
          id: 'story.tiers.s1',
          message:
            'On China’s declarations alone, its direct exports to Russia of all CHPL goods went from {v2022} in 2022 to {v2023} in 2023 ({change}).',
        },
        { v2022: usd(t2022), v2023: usd(t2023), change: change(ratioOf(t2023, t2022)) },
      ),
      i18n._(
        {
          id: 'story.tiers.s2',
          message:
            'Against 2021, a comparison across the 2022 change of basis (BACI’s 2021 figures reconcile China’s declarations with Russia’s) and the HS 2022 change, the CHPL codes comparable across the HS change went from {c2021} to {c2023} ({comparableChange}), and all CHPL codes, including the HS 2017 lines HS 2022 narrowed, from {t2021} to {t2023} ({change} on 2021).',
        },
        {
          c2021: usd(c2021),
          c2023: usd(c2023),
          comparableChange: change(comparableRatio),
          t2021: usd(t2021),
          t2023: usd(t2023),
          change: change(ratio),
        },
      ),
      i18n._(
        { id: 'story.tiers.s3', message: 'The largest tier in 2023 was tier {tier} ({value}).' },
        { tier: largest[0], value: usd(largest[1]) },
      ),
    ],
  };
}
