// Which charts published figures belong on. Kept tiny and free of the marks' code, which every chart would
// otherwise load: a chart loads the marks' lazy chunk only when this says it has some.
//
// The figures belong to the chart, not to the page: a chart opened in the explorer or embedded keeps its marks,
// because the same spec finds the same figures here wherever it is drawn.
import { selectorKey } from '../../query/product-selectors';
import { chartTypeRow } from '../../spec/chart-types';
import { productKey } from '../../spec/fields';
import type { ChartSpec, DatasetId, ProductSelector } from '../../spec/schema';

export type GaccColumn = 'china_exports_to_russia_usd_bn' | 'china_imports_from_russia_usd_bn';

/** The published column that measures the same flow as the chart, or null when none does. */
export function gaccColumnFor(spec: ChartSpec): GaccColumn | null {
  const { flow } = spec;
  if (spec.dataset !== 'comtrade-monthly' || spec.measure !== 'value' || spec.breakdown !== 'none')
    return null;
  if (spec.products.length !== 1 || spec.products[0]?.kind !== 'total' || flow.kind !== 'bilateral')
    return null;
  if (flow.exporter === 'CHN' && flow.importer === 'RUS') return 'china_exports_to_russia_usd_bn';
  if (flow.exporter === 'RUS' && flow.importer === 'CHN') return 'china_imports_from_russia_usd_bn';
  return null;
}

/** A headline figure (headline_figures.csv id) and the series that measures the same thing. */
export interface HeadlineSeries {
  id: string;
  dataset: DatasetId;
  exporter: string;
  importer: string;
  product: ProductSelector;
}

/**
 * Curated: which series each plottable headline figure measures. China's exports of integrated circuits (HS
 * 8542, reported by China Customs) are CHPL tier 1 (HS 854231-854239, every one comparable across the HS 2022
 * change) in BACI, whose 2022 values are China's own declarations.
 */
export const HEADLINE_SERIES: readonly HeadlineSeries[] = [
  {
    id: 'chinas-exports-of-integrated-circuits-to-russia-2022',
    dataset: 'baci-hs6',
    exporter: 'CHN',
    importer: 'RUS',
    product: { kind: 'tier', tier: '1' },
  },
];

/**
 * The headline figures a chart shows as marks, each with the series it sits on: only values in US$ as they are
 * (no index, share or change), one line per product (a stack would put the mark beside a band's top, not its
 * size), one product, and the very flow the figure measures.
 */
export function headlineMarksFor(spec: ChartSpec): { id: string; seriesKey: string }[] {
  const { flow } = spec;
  if (spec.measure !== 'value' || spec.transform.kind !== 'absolute' || spec.breakdown !== 'none') return [];
  if (flow.kind !== 'bilateral' || chartTypeRow(spec.chart).stack !== null) return [];
  // One product only: beside several lines a lone mark is easily read against the wrong one (and the default
  // all-tiers view would load the marks' code before its first draw).
  const [product, ...others] = spec.products;
  if (product === undefined || others.length > 0) return [];
  return HEADLINE_SERIES.flatMap((row) => {
    if (row.dataset !== spec.dataset || row.exporter !== flow.exporter || row.importer !== flow.importer)
      return [];
    if (productKey(product) !== productKey(row.product)) return [];
    return [{ id: row.id, seriesKey: selectorKey(product) }];
  });
}

/** Whether the chart has published figures of its own (then it is drawn by the marks' lazy chunk). */
export function hasPublishedFigures(spec: ChartSpec): boolean {
  return gaccColumnFor(spec) !== null || headlineMarksFor(spec).length > 0;
}
