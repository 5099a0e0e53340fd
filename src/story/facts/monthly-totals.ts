// Section 5: has China's trade with Russia changed course? Its monthly exports (UN Comtrade, China-reported),
// summed by calendar year, and our sum beside the total Chinese customs published for January-October 2023.
import type { FlowRow } from '../../data/schema';
import { EXPORTER, IMPORTER } from './chpl-values';
import { i18n } from '../../i18n/i18n';
import { compareKind, type Comparison } from './cite';
import { change, gaccAttribution, ratioOf, usd, usdBillions } from './format';
import { findHeadline, parseHeadlineValue } from '../../data/headline-value';
import type { Finding, StoryData } from './types';

export const GACC_JAN_OCT_2023_ID = 'chinas-total-exports-to-russia-2023-01-2023-10';

/** China -> Russia exports summed over the months in [from, to], with how many months had a value. */
export function monthlySum(
  rows: readonly FlowRow[],
  from: string,
  to: string,
): { value: number | null; months: number } {
  const matching = rows.filter(
    (row) =>
      row.freq === 'M' &&
      row.exporter === EXPORTER &&
      row.importer === IMPORTER &&
      row.product === 'TOTAL' &&
      row.period >= from &&
      row.period <= to,
  );
  const months = new Set(matching.map((row) => row.period)).size;
  return { value: matching.length ? matching.reduce((sum, row) => sum + row.value, 0) : null, months };
}

/** A calendar year's sum, or null unless all 12 months have a value (a partial year is not a year). */
export function yearSum(rows: readonly FlowRow[], year: string): number | null {
  const { value, months } = monthlySum(rows, `${year}-01`, `${year}-12`);
  return months === 12 ? value : null;
}

/** Our sum beside the published one, one message per comparison (so each language words it in its own order). */
function gaccSentence(kind: Comparison, values: { published: string; source: string; ours: string }): string {
  if (kind === 'close')
    return i18n._(
      {
        id: 'story.monthly.gacc-close',
        message:
          'Chinese customs published {published} for January–October 2023 ({source}); the same months in our UN Comtrade file sum to {ours}, close to it.',
      },
      values,
    );
  if (kind === 'above')
    return i18n._(
      {
        id: 'story.monthly.gacc-above',
        message:
          'Chinese customs published {published} for January–October 2023 ({source}); the same months in our UN Comtrade file sum to {ours}, well above it.',
      },
      values,
    );
  return i18n._(
    {
      id: 'story.monthly.gacc-below',
      message:
        'Chinese customs published {published} for January–October 2023 ({source}); the same months in our UN Comtrade file sum to {ours}, well below it.',
    },
    values,
  );
}

export function monthlyTotalsFinding(data: Pick<StoryData, 'comtrade' | 'headlines'>): Finding {
  const [y2021, y2023, y2024] = ['2021', '2023', '2024'].map((year) => yearSum(data.comtrade, year));
  const ours = monthlySum(data.comtrade, '2023-01', '2023-10');
  const gacc = findHeadline(data.headlines, GACC_JAN_OCT_2023_ID);
  const published = gacc ? parseHeadlineValue(gacc).usd : null;
  const sentences = [
    i18n._(
      {
        id: 'story.monthly.s1',
        message:
          'China reported exports to Russia of {v2021} in 2021, {v2023} in 2023 and {v2024} in 2024 ({change} on 2021).',
      },
      {
        v2021: usd(y2021 ?? null),
        v2023: usd(y2023 ?? null),
        v2024: usd(y2024 ?? null),
        change: change(ratioOf(y2024 ?? null, y2021 ?? null)),
      },
    ),
  ];
  if (gacc && published !== null && ours.value !== null && ours.months === 10) {
    sentences.push(
      gaccSentence(compareKind(ours.value, published), {
        published: usdBillions(published),
        source: gaccAttribution(gacc.source_as_attributed),
        ours: usdBillions(ours.value),
      }),
    );
  }
  sentences.push(
    i18n._({
      id: 'story.monthly.s3',
      message:
        'These are totals of all goods, with no product detail, and direct trade only: they show the scale of the relationship, not what any of it was used for.',
    }),
  );
  return {
    figures: {
      exports2021: y2021 ?? null,
      exports2023: y2023 ?? null,
      exports2024: y2024 ?? null,
      ourJanOct2023: ours.value,
      gaccJanOct2023: published,
    },
    sentences,
  };
}
