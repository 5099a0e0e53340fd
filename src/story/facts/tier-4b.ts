// Section 2: machine tools (tier 4.B), the tier that grew most after the invasion.
import { i18n } from '../../i18n/i18n';
import { chplValue, tierOfCode } from './chpl-values';
import { citeSentence } from './cite';
import { changeInWords, percent, ratioOf, times, usd } from './format';
import { findHeadline } from '../../data/headline-value';
import { shareOf } from './sums';
import type { Finding, StoryData } from './types';

export const MACHINE_TOOL_SHARE_ID = 'share-of-russias-machine-tool-imports-coming-2023-q4';

export function tier4bFinding(data: Pick<StoryData, 'baciChpl' | 'concordance' | 'headlines'>): Finding {
  const tierOf = tierOfCode(data.concordance);
  const value = (year: string) => chplValue(data.baciChpl, tierOf, '4.B', year);
  const [v2021, v2022, v2023] = [value('2021'), value('2022'), value('2023')];
  const ratio = ratioOf(v2023, v2021);
  const shareOfChpl = shareOf(v2023, chplValue(data.baciChpl, tierOf, 'all', '2023'));
  const officials = findHeadline(data.headlines, MACHINE_TOOL_SHARE_ID);
  return {
    figures: {
      tier4b_2021: v2021,
      tier4b_2022: v2022,
      tier4b_2023: v2023,
      change2021to2023: ratio,
      change2022to2023: ratioOf(v2023, v2022),
      shareOfChpl2023: shareOfChpl,
    },
    sentences: [
      i18n._(
        {
          id: 'story.tier4b.s1',
          message:
            'China’s direct exports to Russia of CHPL machine tools (tier 4.B) went from {v2022} in 2022 to {v2023} in 2023, both on China’s declarations alone: 2023 alone was {times} 2022.',
        },
        { v2022: usd(v2022), v2023: usd(v2023), times: times(ratioOf(v2023, v2022)) },
      ),
      ratio === null
        ? i18n._(
            {
              id: 'story.tier4b.no-2021',
              message:
                'For 2021, before the 2022 change of basis, there is no data to compare with ({v2021}).',
            },
            { v2021: usd(v2021) },
          )
        : ratio >= 2
          ? i18n._(
              {
                id: 'story.tier4b.vs-2021-times',
                message:
                  'Against 2021 ({v2021}), a comparison across the 2022 change of basis, 2023 was {times} the 2021 value.',
              },
              { v2021: usd(v2021), times: changeInWords(ratio) },
            )
          : i18n._(
              {
                id: 'story.tier4b.vs-2021',
                message:
                  'Against 2021 ({v2021}), a comparison across the 2022 change of basis, 2023 was {change} the 2021 value.',
              },
              { v2021: usd(v2021), change: changeInWords(ratio) },
            ),
      i18n._(
        {
          id: 'story.tier4b.share',
          message: 'In 2023 they were {share} of all CHPL goods China sold Russia directly.',
        },
        { share: percent(shareOfChpl) },
      ),
      ...(officials ? [citeSentence(officials)] : []),
    ],
  };
}
