// China Customs' year-to-date totals as cited reference marks (loaded only by a chart that can show them). A
// figure for January-June is drawn at June, on a year-to-date line: the same quantity, never a single month.
import type { ReferenceMark } from '../../charts/kit/types';
import { isPublisherPage, siteOf } from '../../data/publisher-link';
import type { GaccReportedTotal } from '../../data/schema';
import { activeIntlLocale, activeLocale, i18n, localeNumbers } from '../../i18n/i18n';
import type { GaccColumn } from './eligible';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (period: string) => MONTHS[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7);

/** "Jan–Jun 2023", "Jan 2026" (a one-month period), "2024" (a full year). */
export function ytdPeriodText(row: Pick<GaccReportedTotal, 'period_start' | 'period_end'>): string {
  const year = row.period_end.slice(0, 4);
  if (row.period_end.endsWith('-12')) return `Jan–Dec ${year}`;
  if (row.period_end === row.period_start) return `${monthName(row.period_end)} ${year}`;
  return `${monthName(row.period_start)}–${monthName(row.period_end)} ${year}`;
}

const WHAT: Readonly<Record<GaccColumn, string>> = {
  china_exports_to_russia_usd_bn: 'China’s exports to Russia',
  china_imports_from_russia_usd_bn: 'China’s imports from Russia',
};

/** Jan–Jun 2023 in Chinese ("2023年1月至6月") and Russian ("январь–июнь 2023 г."); a single month alone. */
function localPeriodText(row: Pick<GaccReportedTotal, 'period_start' | 'period_end'>): string {
  const year = row.period_end.slice(0, 4);
  const [first, last] = [Number(row.period_start.slice(5, 7)), Number(row.period_end.slice(5, 7))];
  if (activeLocale() === 'zh')
    return first === last ? `${year}年${last}月` : `${year}年${first}月至${last}月`;
  const month = (m: number) =>
    new Intl.DateTimeFormat(activeIntlLocale(), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, m - 1, 1)),
    );
  return first === last ? `${month(last)} ${year} г.` : `${month(first)}–${month(last)} ${year} г.`;
}

/**
 * The mark's words in Chinese or Russian (its catalogue is the later one, loaded with the marks: ./load.ts): what
 * was published, for which months, by China Customs; the outlet that quoted it is named by the link beside it.
 */
function localWords(row: GaccReportedTotal, column: GaccColumn, billions: number, secondary: boolean) {
  const numbers = localeNumbers();
  const figure = numbers
    ? numbers.long(billions * 1e9, { kind: 'currency', currency: 'USD' })
    : `$${billions.toFixed(1)} bn`;
  const values = {
    what:
      column === 'china_exports_to_russia_usd_bn'
        ? i18n._({ id: 'gacc.exports', message: 'China’s exports to Russia' })
        : i18n._({ id: 'gacc.imports', message: 'China’s imports from Russia' }),
    period: localPeriodText(row),
    figure,
  };
  return {
    label: `GACC ${figure}`,
    title: secondary
      ? i18n._(
          {
            id: 'gacc.title-secondary',
            message:
              '{what}, {period} (year to date): {figure}, published by China Customs (GACC); the link is a secondary report quoting it',
          },
          values,
        )
      : i18n._(
          {
            id: 'gacc.title',
            message: '{what}, {period} (year to date): {figure}, published by China Customs (GACC)',
          },
          values,
        ),
  };
}

/** Every row with a figure in `column` (an empty cell is no figure, never 0), as a mark at its last month. */
export function gaccMarks(rows: readonly GaccReportedTotal[], column: GaccColumn): ReferenceMark[] {
  return rows.flatMap((row) => {
    const billions = row[column];
    if (billions === null) return [];
    const secondary = !isPublisherPage(row.source_as_attributed, row.url);
    const figure = `$${billions.toFixed(1)} bn`;
    const words =
      activeLocale() === 'en'
        ? {
            label: `GACC ${figure}`,
            title:
              `${WHAT[column]}, ${ytdPeriodText(row)} (year to date): ${figure}, published by ${row.source_as_attributed}` +
              (secondary ? ` (link: a secondary report on ${siteOf(row.url)})` : ''),
          }
        : localWords(row, column, billions, secondary);
    return [
      {
        id: `gacc-${column === 'china_exports_to_russia_usd_bn' ? 'exports' : 'imports'}-${row.period_end}`,
        period: row.period_end,
        value: billions * 1e9,
        ...words,
        sourceTitle: `${siteOf(row.url)}${row.published ? `, ${row.published}` : ''}`,
        url: row.url,
        secondary,
      },
    ];
  });
}
