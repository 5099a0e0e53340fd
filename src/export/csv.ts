// The two CSV files of a download. data.csv holds what a chart shows: one row per series x period, tidy and
// long, with its unit, currency, source and reporting basis on every row, so a row read alone is not
// misread. full-dataset.csv holds the flow rows the chart draws from, in the pipeline's own column order.
import type { FlowRow, Manifest } from '../data/schema';
import { FLOW_COLUMNS } from '../data/flow-columns';
import type { Series, SeriesPoint } from '../data/series';
import { DATASETS, type ChartSpec } from '../spec';
import { FLOW_FIELDS, SERIES_COLUMNS, type SeriesColumn } from './columns';
import { toCsv, type CsvCell, type CsvOptions } from './csv-format';
import { sourceCurrency } from './provenance';
import { seriesContext, transformText, unitText, type DescribeSeries } from './series-context';

export interface SeriesCsvInput {
  series: readonly Series[];
  spec: ChartSpec;
  manifest: Manifest;
  /** What a series is made of, when its key alone does not say it (see series-context.ts). */
  describe?: DescribeSeries;
}

/** Source ids of a series: those of its points, or its own / its dataset's when no point has data. */
export function seriesSources(series: Series, spec: ChartSpec): string[] {
  const ids = new Set(series.points.flatMap((point) => point.sources));
  return ids.size > 0 ? [...ids].sort() : [...(series.sources ?? DATASETS[spec.dataset].sources)];
}

/** Every source id a set of series rests on. */
export function sourcesOfSeries(series: readonly Series[], spec: ChartSpec): string[] {
  return [...new Set(series.flatMap((one) => seriesSources(one, spec)))].sort();
}

function currencyCell(
  series: Series,
  spec: ChartSpec,
  manifest: Manifest,
  sources: readonly string[],
): CsvCell {
  if (spec.measure === 'quantity' || series.unit.kind === 'quantity') return null;
  if (series.unit.kind === 'currency' || series.unit.kind === 'unit-value') return series.unit.currency;
  return sourceCurrency(manifest, sources);
}

function seriesRows(series: Series, input: SeriesCsvInput): CsvCell[][] {
  const { spec, manifest } = input;
  const context = seriesContext(series, spec, input.describe);
  const sources = seriesSources(series, spec);
  const fixed = {
    unit: unitText(series.unit),
    currency: currencyCell(series, spec, manifest, sources),
    transform: transformText(spec.transform),
  };
  return series.points.map((point: SeriesPoint) => {
    const cells: Record<SeriesColumn, CsvCell> = {
      series_key: series.key,
      series_label: series.label,
      period: point.period,
      freq: series.freq,
      value: point.value,
      ...fixed,
      measure: spec.measure,
      ...context,
      source: (point.sources.length > 0 ? [...point.sources].sort() : sources).join(';'),
      basis: point.basis,
    };
    return SERIES_COLUMNS.map((column) => cells[column]);
  });
}

/** What a chart shows, as a tidy long CSV: one row per series x period; "no data" is an empty value cell. */
export function seriesToCsv(input: SeriesCsvInput, options: CsvOptions = {}): string {
  return toCsv(
    SERIES_COLUMNS,
    input.series.flatMap((series) => seriesRows(series, input)),
    options,
  );
}

function flowCells(row: FlowRow): CsvCell[] {
  return FLOW_COLUMNS.map((column) => row[column]);
}

/** The flow rows a chart draws from, in FLOW_COLUMNS order (the pipeline's files' own layout). */
export function flowRowsToCsv(rows: readonly FlowRow[], options: CsvOptions = {}): string {
  return toCsv(
    FLOW_FIELDS.map((field) => field.name),
    rows.map(flowCells),
    options,
  );
}
