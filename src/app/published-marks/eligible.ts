// Which charts China Customs' published year-to-date totals belong on: China-reported monthly totals of all goods
// (UN Comtrade), one flow, by value. Kept tiny and free of the marks' code, which every chart would otherwise load.
import type { ChartSpec } from '../../spec/schema';

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
