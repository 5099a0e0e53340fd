// China Customs' year-to-date totals as cited reference marks (loaded only by a chart that can show them). A
// figure for January-June is drawn at June, on a year-to-date line: the same quantity, never a single month.
import type { ReferenceMark } from '../../charts/kit/types';
import { isPublisherPage, siteOf } from '../../data/publisher-link';
import type { GaccReportedTotal } from '../../data/schema';
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

/** Every row with a figure in `column` (an empty cell is no figure, never 0), as a mark at its last month. */
export function gaccMarks(rows: readonly GaccReportedTotal[], column: GaccColumn): ReferenceMark[] {
  return rows.flatMap((row) => {
    const billions = row[column];
    if (billions === null) return [];
    const secondary = !isPublisherPage(row.source_as_attributed, row.url);
    const figure = `$${billions.toFixed(1)} bn`;
    return [
      {
        id: `gacc-${column === 'china_exports_to_russia_usd_bn' ? 'exports' : 'imports'}-${row.period_end}`,
        period: row.period_end,
        value: billions * 1e9,
        label: `GACC ${figure}`,
        title:
          `${WHAT[column]}, ${ytdPeriodText(row)} (year to date): ${figure}, published by ${row.source_as_attributed}` +
          (secondary ? ` (link: a secondary report on ${siteOf(row.url)})` : ''),
        sourceTitle: `${siteOf(row.url)}${row.published ? `, ${row.published}` : ''}`,
        url: row.url,
        secondary,
      },
    ];
  });
}
