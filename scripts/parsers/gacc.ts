// China Customs (GACC) year-to-date totals of China-Russia trade as quoted by the press
// (../shared/data-sources/gacc-reported-totals/, see its PROVENANCE.md). Published figures with their own
// attribution, like headline_figures.csv: kept apart from computed series, never mixed into one. Rows are
// cumulative from January; an empty figure is "not established" (the press disagrees), never zero.
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, PipelineError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';
import type { GaccReportedTotal } from '../../src/data/schema';

export type { GaccReportedTotal };

const COLUMNS = [
  'period_start',
  'period_end',
  'china_exports_to_russia_usd_bn',
  'china_imports_from_russia_usd_bn',
  'total_trade_usd_bn',
  'source_as_attributed',
  'url',
  'published',
  'note',
] as const;
type FigureColumn =
  'china_exports_to_russia_usd_bn' | 'china_imports_from_russia_usd_bn' | 'total_trade_usd_bn';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PUBLISHED = /^(\d{4}-(0[1-9]|1[0-2])(-\d{2})?)?$/;
const NUMBER = /^\d+(\.\d+)?$/;

export function parseGaccTotals(raw: RawFile): GaccReportedTotal[] {
  const records = readRecords(parseCsv(raw.text), COLUMNS, { source: raw.source, file: raw.name });
  if (records.length === 0) throw new PipelineError(`${raw.source}: ${raw.path} has no rows`);
  const seen = new Set<string>();
  return records.map(({ ctx, get }) => {
    const start = get('period_start').trim();
    const end = get('period_end').trim();
    if (!MONTH.test(start) || !start.endsWith('-01'))
      throw cellError(
        ctx,
        'period_start',
        'expected January of a year (YYYY-01): totals are year to date',
        start,
      );
    if (!MONTH.test(end) || end.slice(0, 4) !== start.slice(0, 4) || end < start)
      throw cellError(ctx, 'period_end', `expected a month of ${start.slice(0, 4)} from ${start} on`, end);
    if (seen.has(end)) throw cellError(ctx, 'period_end', 'expected one row per period', end);
    seen.add(end);
    const figure = (column: FigureColumn): number | null => {
      const text = get(column).trim();
      if (text === '') return null;
      if (!NUMBER.test(text))
        throw cellError(ctx, column, 'expected a non-negative number (US$ bn) or empty', text);
      return Number(text);
    };
    const url = get('url').trim();
    try {
      new URL(url);
    } catch {
      throw cellError(ctx, 'url', 'expected the URL of the page quoting the figure', url);
    }
    const source = get('source_as_attributed').trim();
    if (source === '')
      throw cellError(ctx, 'source_as_attributed', 'expected who published the figure', source);
    const published = get('published').trim();
    if (!PUBLISHED.test(published))
      throw cellError(ctx, 'published', 'expected YYYY-MM-DD, YYYY-MM or empty', published);
    return {
      period_start: start,
      period_end: end,
      china_exports_to_russia_usd_bn: figure('china_exports_to_russia_usd_bn'),
      china_imports_from_russia_usd_bn: figure('china_imports_from_russia_usd_bn'),
      total_trade_usd_bn: figure('total_trade_usd_bn'),
      source_as_attributed: source,
      url,
      published,
      note: get('note').trim(),
    };
  });
}
