// Section 5, last step: what happened after the last month we hold in detail. Our monthly data (UN Comtrade)
// end in December 2024; China Customs' year-to-date totals, as quoted by the press (gacc_reported_totals.csv),
// run on. Every figure is quoted with the outlet that published it, and changes are computed only between two
// GACC figures for the same months of consecutive years (like for like: same publisher, first releases). The one
// comparison with our own data is of the same months, and names the change of source it crosses.
import { isPublisherPage } from '../../data/publisher-link';
import type { GaccReportedTotal } from '../../data/schema';
import { EXPORTER, IMPORTER } from './chpl-values';
import { activeLocale, i18n } from '../../i18n/i18n';
import {
  change,
  gaccAttribution,
  itemSeparator,
  keptEnglish,
  monthName,
  monthYearUntil,
  percent,
  publishedBillions,
  ratioOf,
} from './format';
import { monthlySum } from './monthly-totals';
import type { Finding, FindingSource, StoryData } from './types';

type Column = 'china_exports_to_russia_usd_bn' | 'total_trade_usd_bn';

const month = (period: string) => monthName(Number(period.slice(5, 7)));
const bn = publishedBillions;

/** "January–June 2025", "2025" for a full year (in each language's own order: "2025年1月至6月"). */
function periodWords(row: GaccReportedTotal): string {
  const year = row.period_end.slice(0, 4);
  return row.period_end.endsWith('-12')
    ? i18n._({ id: 'story.gacc.year', message: '{year}' }, { year })
    : i18n._(
        { id: 'story.gacc.months', message: '{from}–{to} {year}' },
        { from: month(row.period_start), to: month(row.period_end), year },
      );
}

/** "TASS" from "China customs (GACC) via TASS": the outlet that quoted the figure. */
function outlet(row: GaccReportedTotal): string {
  return row.source_as_attributed.replace(/^.*\bvia\s+/i, '');
}

/** The same months one year earlier, as published by GACC. */
function yearBefore(
  rows: readonly GaccReportedTotal[],
  row: GaccReportedTotal,
): GaccReportedTotal | undefined {
  const end = `${Number(row.period_end.slice(0, 4)) - 1}${row.period_end.slice(4)}`;
  return rows.find((r) => r.period_end === end);
}

/** The latest row of `year` with a figure in `column` and a GACC figure for the same months a year before. */
function latestComparable(rows: readonly GaccReportedTotal[], year: string, column: Column) {
  const candidates = rows
    .filter((r) => r.period_end.startsWith(year) && r[column] !== null)
    .sort((a, b) => b.period_end.localeCompare(a.period_end));
  for (const row of candidates) {
    const before = yearBefore(rows, row);
    if (before && before[column] !== null) return { row, before };
  }
  return null;
}

function sourceOf(row: GaccReportedTotal): FindingSource {
  return {
    label: `${periodWords(row)}: ${gaccAttribution(row.source_as_attributed)}${row.published ? ` (${row.published})` : ''}`,
    url: row.url,
    secondary: !isPublisherPage(row.source_as_attributed, row.url),
  };
}

/** Last month of China's monthly exports to Russia in our data ("2024-12"), or null. */
function lastDetailedMonth(data: Pick<StoryData, 'comtrade'>): string | null {
  const months = data.comtrade
    .filter(
      (r) => r.freq === 'M' && r.exporter === EXPORTER && r.importer === IMPORTER && r.product === 'TOTAL',
    )
    .map((r) => r.period)
    .sort();
  return months.at(-1) ?? null;
}

export function afterDetailFinding(data: Pick<StoryData, 'comtrade' | 'gaccTotals'>): Finding {
  const last = lastDetailedMonth(data);
  const rows = data.gaccTotals;
  const after = last === null ? [] : rows.filter((r) => r.period_end > last);
  if (last === null || after.length === 0) {
    return {
      figures: {},
      sentences: [
        i18n._({
          id: 'story.gacc.none',
          message:
            'This build holds no published figure for the months after our monthly data end, so the story stops there.',
        }),
      ],
    };
  }
  const cited = new Map<GaccReportedTotal, FindingSource>();
  const cite = (row: GaccReportedTotal) => {
    if (!cited.has(row)) cited.set(row, sourceOf(row));
    return keptEnglish(outlet(row));
  };
  const figures: Record<string, number | null> = {};
  const sentences = [
    i18n._(
      {
        id: 'story.gacc.intro',
        message:
          'Our month-by-month data end in {month}. For what followed, China Customs (GACC) publishes totals from January to the latest month; GACC’s own tables were not available to us, so each figure below is quoted from the news report that carried it (a secondary report, linked below).',
      },
      { month: monthYearUntil(last) },
    ),
  ];
  const years = [...new Set(after.map((r) => r.period_end.slice(0, 4)))].sort();
  for (const year of years) {
    const total = latestComparable(rows, year, 'total_trade_usd_bn');
    const exports = latestComparable(rows, year, 'china_exports_to_russia_usd_bn');
    if (total) {
      const ratio = ratioOf(total.row.total_trade_usd_bn, total.before.total_trade_usd_bn);
      figures[`total${year}`] = total.row.total_trade_usd_bn;
      figures[`totalChange${year}`] = ratio;
      sentences.push(
        i18n._(
          {
            id: 'story.gacc.total',
            message:
              'Trade in both directions came to {value} in {period} ({outlet}), {change} on the {before} GACC published for {beforePeriod} ({beforeOutlet}).',
          },
          {
            value: bn(total.row.total_trade_usd_bn ?? 0),
            period: periodWords(total.row),
            outlet: cite(total.row),
            change: change(ratio),
            before: bn(total.before.total_trade_usd_bn ?? 0),
            beforePeriod: periodWords(total.before),
            beforeOutlet: cite(total.before),
          },
        ),
      );
    }
    if (exports) {
      const ratio = ratioOf(
        exports.row.china_exports_to_russia_usd_bn,
        exports.before.china_exports_to_russia_usd_bn,
      );
      figures[`exports${year}`] = exports.row.china_exports_to_russia_usd_bn;
      figures[`exportsChange${year}`] = ratio;
      const later = rows
        .filter((r) => r.period_end.startsWith(year) && r.china_exports_to_russia_usd_bn !== null)
        .sort((a, b) => b.period_end.localeCompare(a.period_end))[0];
      // Cited first, as before the sentence is written: the order of the sources listed under the finding.
      const laterShown = later && later.period_end > exports.row.period_end ? later : null;
      const laterOutlet = laterShown ? cite(laterShown) : '';
      const values = {
        value: bn(exports.row.china_exports_to_russia_usd_bn ?? 0),
        period: periodWords(exports.row),
        outlet: cite(exports.row),
        change: change(ratio),
        before: bn(exports.before.china_exports_to_russia_usd_bn ?? 0),
        beforePeriod: periodWords(exports.before),
        beforeOutlet: cite(exports.before),
      };
      sentences.push(
        laterShown
          ? i18n._(
              {
                id: 'story.gacc.exports-later',
                message:
                  'China’s exports to Russia were {value} in {period} ({outlet}), {change} on {before} in {beforePeriod} ({beforeOutlet}), and {later} from January to {laterMonth} ({laterOutlet}; no GACC figure for those months of {yearBefore} is held here).',
              },
              {
                ...values,
                later: bn(laterShown.china_exports_to_russia_usd_bn ?? 0),
                laterMonth: month(laterShown.period_end),
                laterOutlet,
                yearBefore: Number(year) - 1,
              },
            )
          : i18n._(
              {
                id: 'story.gacc.exports',
                message:
                  'China’s exports to Russia were {value} in {period} ({outlet}), {change} on {before} in {beforePeriod} ({beforeOutlet}).',
              },
              values,
            ),
      );
    }
    const latest = after
      .filter((r) => r.period_end.startsWith(year))
      .sort((a, b) => b.period_end.localeCompare(a.period_end))[0];
    if (latest && latest !== total?.row && latest !== exports?.row) {
      const parts = [
        latest.china_exports_to_russia_usd_bn === null
          ? null
          : i18n._(
              { id: 'story.gacc.part-exports', message: 'exports {value}' },
              { value: bn(latest.china_exports_to_russia_usd_bn) },
            ),
        latest.china_imports_from_russia_usd_bn === null
          ? null
          : i18n._(
              { id: 'story.gacc.part-imports', message: 'imports {value}' },
              { value: bn(latest.china_imports_from_russia_usd_bn) },
            ),
        latest.total_trade_usd_bn === null
          ? null
          : i18n._(
              { id: 'story.gacc.part-total', message: 'trade in both directions {value}' },
              { value: bn(latest.total_trade_usd_bn) },
            ),
      ].filter((p): p is string => p !== null);
      figures[`latestTotal${year}`] = latest.total_trade_usd_bn;
      const values = {
        period: periodWords(latest),
        parts: parts.join(itemSeparator()),
        outlet: cite(latest),
      };
      sentences.push(
        yearBefore(rows, latest)
          ? i18n._(
              {
                id: 'story.gacc.latest',
                message: 'The latest published figures, for {period}, are {parts} ({outlet}).',
              },
              values,
            )
          : i18n._(
              {
                id: 'story.gacc.latest-alone',
                message:
                  'The latest published figures, for {period}, are {parts} ({outlet}); no GACC figure for the same months of {yearBefore} is held here to compare them with.',
              },
              { ...values, yearBefore: Number(year) - 1 },
            ),
      );
    }
    const split = rows.find(
      (r) => r.period_end === `${year}-12` && r.china_exports_to_russia_usd_bn === null,
    );
    if (split) {
      sentences.push(
        i18n._(
          {
            id: 'story.gacc.split',
            message:
              'The split of {year} into exports and imports is left out: outlets report it differently.',
          },
          { year },
        ),
      );
    }
  }
  // The last full year we hold in detail, beside GACC's figure for it: same months, different source.
  const lastYear = last.endsWith('-12') ? last.slice(0, 4) : null;
  const gaccLastYear = lastYear
    ? rows.find((r) => r.period_end === `${lastYear}-12` && r.china_exports_to_russia_usd_bn !== null)
    : undefined;
  const ours = lastYear ? monthlySum(data.comtrade, `${lastYear}-01`, `${lastYear}-12`) : null;
  if (lastYear && gaccLastYear && ours && ours.months === 12 && ours.value !== null) {
    figures.oursLastYear = ours.value;
    figures.gaccLastYear = gaccLastYear.china_exports_to_russia_usd_bn;
    const published = (gaccLastYear.china_exports_to_russia_usd_bn ?? 0) * 1e9;
    const gap = Math.abs(ours.value - published) / published;
    figures.gapLastYear = gap;
    sentences.push(
      i18n._(
        {
          id: 'story.gacc.overlap',
          message:
            'Where the two sources overlap, the change of source from our UN Comtrade months to GACC’s published totals is small: for {year}, GACC published exports of {published} ({outlet}) and our months sum to {ours}, {gap} apart (GACC’s first release against Comtrade’s later revision).',
        },
        {
          year: lastYear,
          published: bn(published / 1e9),
          outlet: cite(gaccLastYear),
          ours: bn(ours.value / 1e9),
          // English keeps the rounding it always had; the other languages write the share as every other one.
          gap: activeLocale() === 'en' ? `${(gap * 100).toFixed(1)}%` : percent(gap),
        },
      ),
    );
  }
  return { figures, sentences, sources: [...cited.values()] };
}
