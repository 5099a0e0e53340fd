// Section 5: has China's trade with Russia changed course? Its monthly exports (UN Comtrade, China-reported),
// summed by calendar year, and our sum beside the total Chinese customs published for January-October 2023.
import type { FlowRow } from '../../data/schema';
import { EXPORTER, IMPORTER } from './chpl-values';
import { compareWords } from './cite';
import { change, ratioOf, usd, usdBillions } from './format';
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

export function monthlyTotalsFinding(data: Pick<StoryData, 'comtrade' | 'headlines'>): Finding {
  const [y2021, y2023, y2024] = ['2021', '2023', '2024'].map((year) => yearSum(data.comtrade, year));
  const ours = monthlySum(data.comtrade, '2023-01', '2023-10');
  const gacc = findHeadline(data.headlines, GACC_JAN_OCT_2023_ID);
  const published = gacc ? parseHeadlineValue(gacc).usd : null;
  const sentences = [
    `China reported exports to Russia of ${usd(y2021 ?? null)} in 2021, ${usd(y2023 ?? null)} in 2023 and ${usd(y2024 ?? null)} in 2024 (${change(ratioOf(y2024 ?? null, y2021 ?? null))} on 2021).`,
  ];
  if (gacc && published !== null && ours.value !== null && ours.months === 10) {
    sentences.push(
      `Chinese customs published ${usdBillions(published)} for January–October 2023 (${gacc.source_as_attributed}); the same months in our UN Comtrade file sum to ${usdBillions(ours.value)}, ${compareWords(ours.value, published)} it.`,
    );
  }
  sentences.push(
    'These are totals of all goods, with no product detail, and direct trade only: they show the scale of the relationship, not what any of it was used for.',
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
