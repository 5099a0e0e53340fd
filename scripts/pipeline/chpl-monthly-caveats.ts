// The caveats of the monthly CHPL file, written from the snapshot itself: which HS edition China reported each
// month in, which months returned nothing, and what "China-reported exports" means here.
import type { Caveat, ConcordanceRow, SeriesBreak } from '../../src/data/schema';
import { SOURCE_IDS } from '../../src/data/files';
import { monthRange } from '../update/months';

export const CHPL_MONTHLY_CAVEAT_IDS = {
  basis: 'comtrade-chpl-china-reported',
  editions: 'comtrade-chpl-hs-editions',
  unpublished: 'comtrade-chpl-missing-months',
  absent: 'comtrade-chpl-monthly-absent',
} as const;

const EDITION_NAMES: Readonly<Record<string, string>> = { H5: 'HS 2017', H6: 'HS 2022' };

/** When no snapshot was built in: the manifest says so rather than leaving readers to guess. */
export const CHPL_MONTHLY_ABSENT: Caveat = {
  id: CHPL_MONTHLY_CAVEAT_IDS.absent,
  title: 'No monthly CHPL data in this build',
  text:
    'Monthly UN Comtrade data for the CHPL codes are not present in this build (no snapshot from ' +
    '`npm run data:update`). Product detail is annual (BACI) only.',
};

/** "2017-01..2021-12, 2023-04": consecutive months collapsed into ranges. */
export function formatMonthRanges(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  const ranges: [string, string][] = [];
  for (const month of sorted) {
    const last = ranges.at(-1);
    if (last && monthRange(last[1], month).length === 2) last[1] = month;
    else ranges.push([month, month]);
  }
  return ranges.map(([a, b]) => (a === b ? a : `${a}..${b}`)).join(', ');
}

export function basisCaveat(partners: readonly string[]): Caveat {
  return {
    id: CHPL_MONTHLY_CAVEAT_IDS.basis,
    title: 'Monthly CHPL flows are China’s export declarations',
    text:
      'China-reported exports (UN Comtrade primaryValue: FOB value as China’s customs declared it, whole US$), ' +
      `to ${partners.join(', ')}. Not the partners’ import figures, which differ (CIF, timing, transit). Exports to ` +
      'transit partners are China’s exports to those countries: the data do not show whether goods went on to ' +
      'Russia. Quantity is net weight in tonnes; a weight of 0 or none was not declared and is left empty.',
  };
}

/** Month -> edition label, for months with rows. */
function editionsByMonth(classification: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  return new Map(
    [...classification].map(([month, codes]) => [month, codes.map((c) => EDITION_NAMES[c] ?? c).join('+')]),
  );
}

export function editionsCaveat(
  classification: ReadonlyMap<string, readonly string[]>,
  concordance: readonly ConcordanceRow[],
): Caveat {
  const byEdition = new Map<string, string[]>();
  for (const [month, edition] of editionsByMonth(classification))
    byEdition.set(edition, [...(byEdition.get(edition) ?? []), month]);
  const reported = [...byEdition]
    .map(([edition, months]) => `${edition}: ${formatMonthRanges(months)}`)
    .join('; ');
  const newIn2022 = concordance.filter((c) => c.hs6_2022 !== c.hs6_2017).map((c) => c.hs6_2022);
  return {
    id: CHPL_MONTHLY_CAVEAT_IDS.editions,
    title: 'Monthly CHPL codes: HS 2017 months and HS 2022 months',
    text:
      `China reported each month in its own HS edition (${reported || 'no month with rows'}). ` +
      `CHPL codes that HS 2022 created or redrew (${newIn2022.join(', ')}; see concordance.csv) do not exist in ` +
      'HS 2017: in HS 2017 months they are absent, not zero, and a series for them starts when China switched. ' +
      'Codes that exist in both editions keep their HS 2017 scope in HS 2017 months.',
  };
}

export function unpublishedCaveat(from: string, to: string, emptyMonths: readonly string[]): Caveat {
  const missing =
    emptyMonths.length === 0
      ? 'Every month asked returned rows.'
      : `Months that returned no row when retrieved (not yet published, or nothing reported): ` +
        `${formatMonthRanges(emptyMonths)}. They are absent, never zero.`;
  return {
    id: CHPL_MONTHLY_CAVEAT_IDS.unpublished,
    title: 'Monthly CHPL data: months asked and months missing',
    text:
      `Months ${from} to ${to} were asked. ${missing} A code or partner with no row in a month is absent ` +
      '(Comtrade sends no zero rows). Later months were not asked yet; Comtrade revises recent months.',
  };
}

/** A break where China switched from HS 2017 to HS 2022, if the snapshot spans it. */
export function editionBreak(classification: ReadonlyMap<string, readonly string[]>): SeriesBreak[] {
  const months = [...classification.keys()].sort();
  const firstHs2022 = months.findIndex((m) => classification.get(m)?.includes('H6'));
  const before = months[firstHs2022];
  const after = months[firstHs2022 - 1];
  if (firstHs2022 <= 0 || before === undefined || after === undefined) return [];
  return [
    {
      id: 'comtrade-chpl-hs2022',
      source: SOURCE_IDS.comtradeChpl,
      after,
      before,
      label: `From ${before}: HS 2022 codes`,
      caveat: CHPL_MONTHLY_CAVEAT_IDS.editions,
    },
  ];
}
