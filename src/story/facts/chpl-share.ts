// Section 3: CHPL goods against all China -> Russia goods. If the trade were ordinary commerce growing with
// the rest, the share would hold steady; a rising share would single out these goods.
import { i18n } from '../../i18n/i18n';
import { chplValue, comparableTierOfCode, tierOfCode, totalValue } from './chpl-values';
import { change, percent, ratioOf, usd } from './format';
import { shareOf } from './sums';
import type { Finding, StoryData } from './types';

export const SHARE_YEARS = ['2021', '2022', '2023'] as const;

export function chplShareByYear(
  data: Pick<StoryData, 'baciChpl' | 'baciTotals' | 'concordance'>,
  year: string,
): { chpl: number | null; total: number | null; share: number | null } {
  const chpl = chplValue(data.baciChpl, tierOfCode(data.concordance), 'all', year);
  const total = totalValue(data.baciTotals, year);
  return { chpl, total, share: shareOf(chpl, total) };
}

export function chplShareFinding(data: Pick<StoryData, 'baciChpl' | 'baciTotals' | 'concordance'>): Finding {
  const [y21, y22, y23] = SHARE_YEARS.map((year) => chplShareByYear(data, year));
  const rising = y21?.share != null && y23?.share != null && y23.share > y21.share;
  return {
    figures: { share2021: y21?.share ?? null, share2022: y22?.share ?? null, share2023: y23?.share ?? null },
    // One message per sentence and language, each naming the breaks it crosses (./breaks.ts).
    sentences: [
      i18n._(
        {
          id: 'story.share.s1',
          message:
            'CHPL goods were {share2022} of everything China sold Russia directly in 2022 and {share2023} in 2023, both on China’s declarations alone; in 2021, before the 2022 change of basis and the HS 2022 change, {share2021}.',
        },
        {
          share2022: percent(y22?.share ?? null),
          share2023: percent(y23?.share ?? null),
          share2021: percent(y21?.share ?? null),
        },
      ),
      rising
        ? i18n._({
            id: 'story.share.rose',
            message:
              'From 2021 to 2023, across the 2022 change of basis and the HS 2022 change, their share rose: these goods grew faster than China’s other sales to Russia.',
          })
        : i18n._({
            id: 'story.share.flat',
            message:
              'From 2021 to 2023, across the 2022 change of basis and the HS 2022 change, their share did not rise: on this measure the listed goods grew no faster than China’s other sales to Russia. That is what broad commercial trade would look like, though it neither proves nor refutes the article’s claim.',
          }),
      i18n._({
        id: 'story.share.s3',
        message:
          'Both sides of the share change basis together in 2022 (China’s declarations alone), so the share is less exposed to that break than either value.',
      }),
    ],
  };
}

export function chplGrowthFinding(data: Pick<StoryData, 'baciChpl' | 'baciTotals' | 'concordance'>): Finding {
  const y21 = chplShareByYear(data, '2021');
  const y23 = chplShareByYear(data, '2023');
  const chplRatio = ratioOf(y23.chpl, y21.chpl);
  const totalRatio = ratioOf(y23.total, y21.total);
  const comparableOf = comparableTierOfCode(data.concordance);
  const comparableRatio = ratioOf(
    chplValue(data.baciChpl, comparableOf, 'all', '2023'),
    chplValue(data.baciChpl, comparableOf, 'all', '2021'),
  );
  return {
    figures: {
      total2021: y21.total,
      total2023: y23.total,
      chplChange: chplRatio,
      comparableChplChange: comparableRatio,
      totalChange: totalRatio,
    },
    sentences: [
      i18n._(
        {
          id: 'story.growth.s1',
          message:
            'From 2021 to 2023, across the 2022 change of basis, China’s direct exports to Russia of all goods went from {total2021} to {total2023} ({totalChange}); of CHPL goods, across the HS 2022 change too, {comparableChange} on the codes comparable across it and {chplChange} on all codes.',
        },
        {
          total2021: usd(y21.total),
          total2023: usd(y23.total),
          totalChange: change(totalRatio),
          comparableChange: change(comparableRatio),
          chplChange: change(chplRatio),
        },
      ),
      i18n._({
        id: 'story.growth.s2',
        message:
          'A stable or falling share does not clear any single shipment: a small share of a large trade can still matter on the battlefield, and the totals say nothing about end users.',
      }),
    ],
  };
}
