// Section 4: EU exports of EU-sanctioned goods to Russia and its neighbours, from March 2022 (after the
// invasion) against the same months of 2021 (same season, so monthly patterns do not distort the comparison).
import type { FlowRow } from '../../data/schema';
import { i18n } from '../../i18n/i18n';
import { changeInWords, eur, listSeparator, monthName, placeName, ratioOf } from './format';
import { sumValues } from './sums';
import type { Finding, StoryData } from './types';

export const NEIGHBOURS = [
  { code: 'KAZ', name: 'Kazakhstan' },
  { code: 'KGZ', name: 'Kyrgyzstan' },
  { code: 'ARM', name: 'Armenia' },
] as const;
const FIRST_MONTH = '03';
const LAST_YEAR = '2022';

/**
 * The last month of 2022 with any reported value. A month that is zero for every country was not yet
 * published when the data were extracted (late 2022 was provisional): it is no data, so it is left out.
 */
export function lastReportedMonth(rows: readonly FlowRow[]): string {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.period.startsWith(LAST_YEAR)) totals.set(row.period, (totals.get(row.period) ?? 0) + row.value);
  }
  const reported = [...totals].filter(([, total]) => total > 0).map(([period]) => period.slice(5));
  return reported.sort().at(-1) ?? '12';
}

export function comparisonWindows(rows: readonly FlowRow[]) {
  const last = lastReportedMonth(rows);
  return {
    before: { from: `2021-${FIRST_MONTH}`, to: `2021-${last}` },
    after: { from: `${LAST_YEAR}-${FIRST_MONTH}`, to: `${LAST_YEAR}-${last}` },
    first: Number(FIRST_MONTH),
    last: Number(last),
  };
}

/** EU-27 total (sum over member states) of sanctioned-goods exports to `importer` in [from, to], EUR. */
export function euExportsTo(
  rows: readonly FlowRow[],
  importer: string,
  range: { from: string; to: string },
): number | null {
  return sumValues(
    rows,
    (row) =>
      row.importer === importer &&
      row.product === 'EU-SANCTIONED' &&
      row.period >= range.from &&
      row.period <= range.to,
  );
}

function changePhrase(name: string, before: number | null, after: number | null): string {
  return i18n._(
    { id: 'story.eu.phrase', message: '{name} {before} → {after} ({change})' },
    { name, before: eur(before), after: eur(after), change: changeInWords(ratioOf(after, before)) },
  );
}

export function euNeighboursFinding(data: Pick<StoryData, 'eurostat' | 'partners'>): Finding {
  const windows = comparisonWindows(data.eurostat);
  const figures: Record<string, number | null> = {};
  const toRussia = i18n._({ id: 'story.eu.to-russia', message: 'to Russia' });
  const phrases = [
    { code: 'RUS', name: toRussia },
    ...NEIGHBOURS.map(({ code, name }) => ({ code, name: placeName(data.partners, code, name) })),
  ].map(({ code, name }) => {
    const before = euExportsTo(data.eurostat, code, windows.before);
    const after = euExportsTo(data.eurostat, code, windows.after);
    figures[`${code}_before`] = before;
    figures[`${code}_after`] = after;
    return changePhrase(name, before, after);
  });
  const cutShort = !windows.after.to.endsWith('-12');
  return {
    figures,
    sentences: [
      i18n._(
        {
          id: 'story.eu.s1',
          message:
            'EU exports of goods the EU has banned for Russia, {from}–{to} 2021 against the same months of 2022: {list}.',
        },
        { from: monthName(windows.first), to: monthName(windows.last), list: phrases.join(listSeparator()) },
      ),
      ...(cutShort
        ? [
            i18n._({
              id: 'story.eu.cut-short',
              message:
                'Later months of 2022 had not been published when the data were extracted, so the comparison stops there.',
            }),
          ]
        : []),
      i18n._({
        id: 'story.eu.s3',
        message:
          'These are EU-origin goods in euros, not Chinese goods: they show how sanctioned trade shifts to Russia’s neighbours, the pattern that joining sanctions alone does not stop.',
      }),
      i18n._({
        id: 'story.eu.s4',
        message:
          'The China–Russia rows miss the same kind of routing: Chinese goods that reach Russia through Central Asia, the Caucasus, Turkey or Hong Kong are not in them.',
      }),
    ],
  };
}
