// Section 2: integrated circuits (tier 1), our BACI values beside the figure Chinese customs published.
import { BASIS_BREAK } from './breaks';
import { chplValue, tierOfCode } from './chpl-values';
import { citeSentence, compareWords } from './cite';
import { change, ratioOf, usd } from './format';
import { findHeadline, noteFigures, parseHeadlineValue } from '../../data/headline-value';
import type { Finding, StoryData } from './types';

export const TIER1_PUBLISHED_ID = 'chinas-exports-of-integrated-circuits-to-russia-2022';
export const HONG_KONG_IC_ID = 'hong-kongs-semiconductor-ic-exports-to-russia-2022';

function publishedSentences(ours: Record<string, number | null>, published: Record<string, number | null>) {
  const sentences: string[] = [];
  const [o21, o22, p21, p22] = [ours['2021'], ours['2022'], published['2021'], published['2022']];
  if (p22 == null || o22 == null) return sentences;
  sentences.push(
    `Chinese customs, as reported by The Wall Street Journal, put these exports at ${usd(p22)} for 2022${p21 == null ? '' : ` and ${usd(p21)} for 2021`} (the marks on the chart; both China’s declarations, so no change of basis lies between them).`,
    `Our 2022 value (${usd(o22)}) is ${compareWords(o22, p22)} that figure: both rest on China’s declarations.`,
  );
  if (p21 != null && o21 != null) {
    sentences.push(
      `For 2021 ours (${usd(o21)}) is ${compareWords(o21, p21)} the published ${usd(p21)}: BACI 2021 reconciles China’s declarations with Russia’s, while the published figure is China’s alone.`,
    );
    if (o22 < o21 && p22 > p21) {
      sentences.push(
        `So the fall in our series between 2021 and 2022 may be an artefact of ${BASIS_BREAK}: on China’s own declarations the published figures rose.`,
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
      `In BACI, China’s direct exports to Russia of integrated circuits (tier 1) were ${usd(ours['2022'] ?? null)} in 2022 and ${usd(ours['2023'] ?? null)} in 2023 (${change(ratioOf(ours['2023'] ?? null, ours['2022'] ?? null))}), both on China’s declarations alone; in 2021, before ${BASIS_BREAK}, ${usd(ours['2021'] ?? null)} (${change(ratio)} from 2021 to 2022 across it).`,
      ...publishedSentences(ours, published),
      ...(hongKong
        ? [`${citeSentence(hongKong)} Goods shipped through Hong Kong are not in the China–Russia rows.`]
        : []),
    ],
  };
}
