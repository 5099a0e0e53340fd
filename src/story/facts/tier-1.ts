// Section 2: integrated circuits (tier 1), our BACI values beside the figure Chinese customs published.
import { i18n } from '../../i18n/i18n';
import { chplValue, tierOfCode } from './chpl-values';
import { citeSentence, compareKind, type Comparison } from './cite';
import { change, ratioOf, usd } from './format';
import { findHeadline, noteFigures, parseHeadlineValue } from '../../data/headline-value';
import type { Finding, StoryData } from './types';

export const TIER1_PUBLISHED_ID = 'chinas-exports-of-integrated-circuits-to-russia-2022';
export const HONG_KONG_IC_ID = 'hong-kongs-semiconductor-ic-exports-to-russia-2022';

// One message per comparison, so that each language words "close to", "well above" in its own sentence.
function ours2022(kind: Comparison, values: { o22: string }): string {
  if (kind === 'close')
    return i18n._(
      {
        id: 'story.tier1.ours-2022-close',
        message: 'Our 2022 value ({o22}) is close to that figure: both rest on China’s declarations.',
      },
      values,
    );
  if (kind === 'above')
    return i18n._(
      {
        id: 'story.tier1.ours-2022-above',
        message: 'Our 2022 value ({o22}) is well above that figure: both rest on China’s declarations.',
      },
      values,
    );
  return i18n._(
    {
      id: 'story.tier1.ours-2022-below',
      message: 'Our 2022 value ({o22}) is well below that figure: both rest on China’s declarations.',
    },
    values,
  );
}

function ours2021(kind: Comparison, values: { o21: string; p21: string }): string {
  if (kind === 'close')
    return i18n._(
      {
        id: 'story.tier1.ours-2021-close',
        message:
          'For 2021 ours ({o21}) is close to the published {p21}: BACI 2021 reconciles China’s declarations with Russia’s, while the published figure is China’s alone.',
      },
      values,
    );
  if (kind === 'above')
    return i18n._(
      {
        id: 'story.tier1.ours-2021-above',
        message:
          'For 2021 ours ({o21}) is well above the published {p21}: BACI 2021 reconciles China’s declarations with Russia’s, while the published figure is China’s alone.',
      },
      values,
    );
  return i18n._(
    {
      id: 'story.tier1.ours-2021-below',
      message:
        'For 2021 ours ({o21}) is well below the published {p21}: BACI 2021 reconciles China’s declarations with Russia’s, while the published figure is China’s alone.',
    },
    values,
  );
}

function publishedSentences(ours: Record<string, number | null>, published: Record<string, number | null>) {
  const sentences: string[] = [];
  const [o21, o22, p21, p22] = [ours['2021'], ours['2022'], published['2021'], published['2022']];
  if (p22 == null || o22 == null) return sentences;
  sentences.push(
    p21 == null
      ? i18n._(
          {
            id: 'story.tier1.published',
            message:
              'Chinese customs, as reported by The Wall Street Journal, put these exports at {p22} for 2022 (the marks on the chart; both China’s declarations, so no change of basis lies between them).',
          },
          { p22: usd(p22) },
        )
      : i18n._(
          {
            id: 'story.tier1.published-both',
            message:
              'Chinese customs, as reported by The Wall Street Journal, put these exports at {p22} for 2022 and {p21} for 2021 (the marks on the chart; both China’s declarations, so no change of basis lies between them).',
          },
          { p22: usd(p22), p21: usd(p21) },
        ),
    ours2022(compareKind(o22, p22), { o22: usd(o22) }),
  );
  if (p21 != null && o21 != null) {
    sentences.push(ours2021(compareKind(o21, p21), { o21: usd(o21), p21: usd(p21) }));
    if (o22 < o21 && p22 > p21) {
      sentences.push(
        i18n._({
          id: 'story.tier1.artefact',
          message:
            'So the fall in our series between 2021 and 2022 may be an artefact of the 2022 change of basis: on China’s own declarations the published figures rose.',
        }),
      );
    }
  }
  return sentences;
}

export function tier1Finding(data: Pick<StoryData, 'baciChpl' | 'concordance' | 'headlines'>): Finding {
  const tierOf = tierOfCode(data.concordance);
  const ours = Object.fromEntries(
    ['2021', '2022', '2023'].map((year) => [year, chplValue(data.baciChpl, tierOf, '1', year)]),
  );
  const figure = findHeadline(data.headlines, TIER1_PUBLISHED_ID);
  const published: Record<string, number | null> = {};
  if (figure) {
    published[figure.period] = parseHeadlineValue(figure).usd;
    for (const entry of noteFigures(figure.note)) published[entry.period] = entry.usd;
  }
  const ratio = ratioOf(ours['2022'] ?? null, ours['2021'] ?? null);
  const hongKong = findHeadline(data.headlines, HONG_KONG_IC_ID);
  return {
    figures: {
      tier1_2021: ours['2021'] ?? null,
      tier1_2022: ours['2022'] ?? null,
      tier1_2023: ours['2023'] ?? null,
      change2021to2022: ratio,
      published2021: published['2021'] ?? null,
      published2022: published['2022'] ?? null,
      hongKong2022: hongKong ? parseHeadlineValue(hongKong).usd : null,
    },
    sentences: [
      i18n._(
        {
          id: 'story.tier1.s1',
          message:
            'In BACI, China’s direct exports to Russia of integrated circuits (tier 1) were {v2022} in 2022 and {v2023} in 2023 ({change}), both on China’s declarations alone; in 2021, before the 2022 change of basis, {v2021} ({change2021} from 2021 to 2022 across it).',
        },
        {
          v2022: usd(ours['2022'] ?? null),
          v2023: usd(ours['2023'] ?? null),
          change: change(ratioOf(ours['2023'] ?? null, ours['2022'] ?? null)),
          v2021: usd(ours['2021'] ?? null),
          change2021: change(ratio),
        },
      ),
      ...publishedSentences(ours, published),
      ...(hongKong
        ? [
            i18n._(
              {
                id: 'story.tier1.hong-kong',
                message: '{cited} Goods shipped through Hong Kong are not in the China–Russia rows.',
              },
              { cited: citeSentence(hongKong) },
            ),
          ]
        : []),
    ],
  };
}
