// Which built-in dataset a reader's file is compared with: the same flow, products, period, measure and
// transform, at the same frequency (BACI for years; Comtrade monthly totals, or the monthly CHPL file when
// the build has it, for months). Never across currencies, never annual against monthly.
import { DATA_FILES } from '../../data/files';
import type { Currency, Frequency, Manifest } from '../../data/schema';
import type { Series } from '../../data/series';
import { DATASETS } from '../../spec/datasets';
import { flowKey } from '../../spec/flow-key';
import { specIssues } from '../../spec/consistency';
import type { ChartSpec, DatasetId } from '../../spec/schema';
import type { ProductCatalog } from '../product-catalog';
import { flowFilesForSpec } from '../spec-files';

/** Candidates in order of preference (DATASETS row order): the rows of the file's frequency with `comparedAs`. */
function candidates(freq: Frequency): { dataset: DatasetId; name: string }[] {
  return (Object.keys(DATASETS) as DatasetId[]).flatMap((dataset) => {
    const { freq: own, comparedAs } = DATASETS[dataset];
    return own === freq && comparedAs !== undefined ? [{ dataset, name: comparedAs }] : [];
  });
}

export type Comparison =
  | { ok: true; spec: ChartSpec; dataset: DatasetId; name: string; sources: readonly string[] }
  | { ok: false; reason: string };

const COVERAGE =
  'the built-in data hold China–Russia trade: BACI by year and HS6 product, UN Comtrade monthly totals';

function filesPresent(spec: ChartSpec, manifest: Manifest, catalog: ProductCatalog): boolean {
  const listed = new Set(manifest.files.map((file) => file.path));
  const paths = flowFilesForSpec(spec, manifest, catalog);
  return paths.length > 0 && paths.every((path) => listed.has(path) && path !== DATA_FILES.inBrowserFile);
}

export function comparisonFor(
  spec: ChartSpec,
  manifest: Manifest,
  catalog: ProductCatalog,
  currency: Currency,
): Comparison {
  if (currency !== 'USD')
    return {
      ok: false,
      reason: `Your file is in ${currency} and the built-in data in US$: no exchange rate is applied, so they are not compared.`,
    };
  if (spec.breakdown !== 'none')
    return { ok: false, reason: 'Comparing shows the series you chose, not a breakdown by HS code.' };
  const { compare: _compare, ...rest } = spec;
  for (const { dataset, name } of candidates(DATASETS[spec.dataset].freq)) {
    const candidate: ChartSpec = { ...rest, dataset };
    if (specIssues(candidate).length > 0 || !filesPresent(candidate, manifest, catalog)) continue;
    return {
      ok: true,
      spec: candidate,
      dataset,
      name,
      sources: DATASETS[dataset].sources,
    };
  }
  const freq = DATASETS[spec.dataset].freq === 'A' ? 'annual' : 'monthly';
  return {
    ok: false,
    reason: `No built-in ${freq} data to compare with for ${flowKey(spec.flow)} and these products: ${COVERAGE}.`,
  };
}

/** Whether a series key is that of a built-in series drawn beside the file. */
export const isCompared = (key: string) => key.includes('/');

/** A compared series: keyed "<dataset>/<key>" (export/series-context.ts reads the key back), named by source. */
export function comparedSeries(series: Series, comparison: Extract<Comparison, { ok: true }>): Series {
  return {
    ...series,
    key: `${comparison.dataset}/${series.key}`,
    label: `${series.label} (${comparison.name})`,
    sources: comparison.sources,
  };
}
