// Section 5 with the monthly CHPL file (UN Comtrade, China-reported; present after `npm run data:update`): the
// latest 12 months of CHPL exports to Russia beside the 12 before, and the same for the transit partners.
// A 12-month sum needs a row in each of its months: a month without one is unpublished or unreported, not 0.
import { tierName } from '../../charts/chpl-tiers/tier-names';
import type { ChplTier, FlowRow } from '../../data/schema';
import { monthsBefore } from '../../data/transforms/period';
import { TIER_ORDER } from '../../data/tiers';
import { EXPORTER, IMPORTER } from './chpl-values';
import { periodText } from '../../figure/spec-data/describe-spec';
import { activeLocale, i18n } from '../../i18n/i18n';
import { change, itemSeparator, monthYearUntil, percent, placeName, ratioOf, usd } from './format';
import { shareOf } from './sums';
import type { Finding, StoryData } from './types';

const WINDOW = 12;

/** The transit partners the refresh asks for (scripts/update/scope.ts), in the words of the prose. */
export const TRANSIT_PARTNERS: Readonly<Record<string, string>> = {
  HKG: 'Hong Kong',
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  ARM: 'Armenia',
  TUR: 'Türkiye',
  ARE: 'the UAE',
  BLR: 'Belarus',
};

/** "Dec 2024" as the charts write it in English; "2024年12月", "декабрь 2024 г." otherwise. */
const monthText = (period: string) => (activeLocale() === 'en' ? periodText(period) : monthYearUntil(period));

type MonthlyData = Pick<StoryData, 'comtradeChpl' | 'concordance' | 'partners'>;

const chinaExports = (data: MonthlyData) =>
  (data.comtradeChpl ?? []).filter((row) => row.freq === 'M' && row.exporter === EXPORTER);

/** The last month any row has: later months were not published (or not fetched) when retrieved. */
export function lastMonth(rows: readonly FlowRow[]): string | null {
  return rows.reduce<string | null>(
    (last, row) => (last === null || row.period > last ? row.period : last),
    null,
  );
}

/** Sum of the matching rows over the 12 months ending `end`, or null unless every one of them has such a row. */
export function windowSum(
  rows: readonly FlowRow[],
  matches: (row: FlowRow) => boolean,
  end: string,
): number | null {
  const first = monthsBefore(end, WINDOW - 1);
  const months = new Set<string>();
  let sum = 0;
  for (const row of rows) {
    if (row.period < first || row.period > end || !matches(row)) continue;
    months.add(row.period);
    sum += row.value;
  }
  return months.size === WINDOW ? sum : null;
}

const toRussia = (row: FlowRow) => row.importer === IMPORTER;

export function chplMonthlyFinding(data: MonthlyData): Finding {
  const rows = chinaExports(data);
  const tierOf = new Map(data.concordance.map((row) => [row.hs6_2022, row.tier]));
  const end = lastMonth(rows);
  const latest = end ? windowSum(rows, toRussia, end) : null;
  const before = end ? windowSum(rows, toRussia, monthsBefore(end, WINDOW)) : null;
  const tierSums = TIER_ORDER.map((tier): [ChplTier, number | null] => [
    tier,
    end ? windowSum(rows, (row) => toRussia(row) && tierOf.get(row.product) === tier, end) : null,
  ]);
  const [topTier, topValue] = tierSums.reduce((top, entry) =>
    (entry[1] ?? -1) > (top[1] ?? -1) ? entry : top,
  );
  const sentences: string[] = [];
  if (end === null)
    sentences.push(
      i18n._({
        id: 'story.chpl-monthly.empty',
        message: 'The monthly file holds no exports from China, so there is nothing to sum.',
      }),
    );
  else if (latest === null)
    sentences.push(
      i18n._(
        {
          id: 'story.chpl-monthly.gaps',
          message:
            'China’s monthly declarations run to {end}, but not every one of the 12 months to then has a row for Russia, so no 12-month total is given.',
        },
        { end: monthText(end) },
      ),
    );
  else {
    sentences.push(
      before === null
        ? i18n._(
            {
              id: 'story.chpl-monthly.s1-no-before',
              message:
                'In the 12 months to {end}, the latest China has reported, it declared exports to Russia of CHPL goods worth {latest}: the 12 months before are not all in the file.',
            },
            { end: monthText(end), latest: usd(latest) },
          )
        : i18n._(
            {
              id: 'story.chpl-monthly.s1',
              message:
                'In the 12 months to {end}, the latest China has reported, it declared exports to Russia of CHPL goods worth {latest}: {change} on the 12 months before ({before}).',
            },
            {
              end: monthText(end),
              latest: usd(latest),
              change: change(ratioOf(latest, before)),
              before: usd(before),
            },
          ),
    );
    // The tier's short name stays as the charts write it (src/charts/chpl-tiers/tiers.ts).
    if (topValue !== null)
      sentences.push(
        i18n._(
          { id: 'story.chpl-monthly.top-tier', message: 'Tier {tier}, {name}, made up {share} of it.' },
          {
            tier: topTier,
            name: tierName(topTier),
            share: percent(shareOf(topValue, latest)),
          },
        ),
      );
  }
  sentences.push(
    i18n._({
      id: 'story.chpl-monthly.note',
      message:
        'These are China’s own export declarations, month by month and code by code (UN Comtrade); months not yet published are left out, never counted as zero.',
    }),
  );
  return {
    figures: { latest12Months: latest, previous12Months: before, topTierShare: shareOf(topValue, latest) },
    sentences,
  };
}

export function chplPartnersFinding(data: MonthlyData): Finding {
  const rows = chinaExports(data);
  const end = lastMonth(rows);
  const sumTo = (code: string, to: string | null) =>
    to === null ? null : windowSum(rows, (row) => row.importer === code, to);
  const russia = sumTo(IMPORTER, end);
  const partners = Object.keys(TRANSIT_PARTNERS)
    .map((code) => ({
      code,
      value: sumTo(code, end),
      before: end ? sumTo(code, monthsBefore(end, WINDOW)) : null,
    }))
    .filter((p): p is { code: string; value: number; before: number | null } => p.value !== null)
    .sort((a, b) => b.value - a.value);
  const figures: Record<string, number | null> = { russia12Months: russia };
  for (const p of partners) figures[`${p.code}12Months`] = p.value;
  const sentences: string[] = [];
  if (end === null || partners.length === 0)
    sentences.push(
      i18n._({
        id: 'story.partners.empty',
        message: 'The monthly file has no complete 12 months of exports to the transit partners to compare.',
      }),
    );
  else {
    const listed = partners.slice(0, 3).map((p) => {
      const name = placeName(data.partners, p.code, TRANSIT_PARTNERS[p.code] ?? p.code);
      return p.before === null
        ? i18n._({ id: 'story.partners.item', message: '{name} {value}' }, { name, value: usd(p.value) })
        : i18n._(
            { id: 'story.partners.item-change', message: '{name} {value} ({change})' },
            { name, value: usd(p.value), change: change(ratioOf(p.value, p.before)) },
          );
    });
    const values = { end: monthText(end), list: listed.join(itemSeparator()) };
    sentences.push(
      russia === null
        ? i18n._(
            {
              id: 'story.partners.s1',
              message:
                'In the 12 months to {end}, China declared CHPL exports, to the largest transit partners, {list} (in brackets, the change on the 12 months before).',
            },
            values,
          )
        : i18n._(
            {
              id: 'story.partners.s1-russia',
              message:
                'In the 12 months to {end}, China declared CHPL exports worth {russia} to Russia and, to the largest transit partners, {list} (in brackets, the change on the 12 months before).',
            },
            { ...values, russia: usd(russia) },
          ),
    );
  }
  sentences.push(
    i18n._({
      id: 'story.partners.note',
      message:
        'Exports to a transit partner are China’s exports to that country: the data do not show whether any of the goods went on to Russia.',
    }),
  );
  return { figures, sentences };
}
