// A reader's file as a dataset of the chart pipeline: its rows at the spec's frequency (years summed from 12
// months), tiers matched by HS 2022 and HS 2017, its own currency, and, when asked, the built-in series for
// the same flow and products beside it. Each series keeps its source.
import { DATA_FILES } from '../../data/files';
import type { Currency, FlowRow } from '../../data/schema';
import type { Series } from '../../data/series';
import { productCatalog, type ProductCatalog } from '../product-catalog';
import { isChplSelector } from '../product-selectors';
import { filesForSpec, type SpecFile } from '../spec-files';
import { seriesForSpec, type SpecSeries, type SpecTables } from '../spec-series';
import { DATASETS } from '../../spec/datasets';
import { flowKey } from '../../spec/flow-key';
import type { ChartSpec } from '../../spec/schema';
import { annualNotices } from './annual';
import { comparedSeries, comparisonFor, isCompared, type Comparison } from './compare';
import { userConcordance } from './concordance';
import type { LocalDataset } from './local-dataset';
import { userManifest } from './manifest';
import type { UserFile } from './user-file';

const atFrequency = new WeakMap<UserFile, Record<'A' | 'M', readonly FlowRow[]>>();

/** The file's rows at the spec's frequency: annual ones with the years summed from 12 months, or monthly. */
export function rowsAtFrequency(file: UserFile, freq: 'A' | 'M'): readonly FlowRow[] {
  let split = atFrequency.get(file);
  if (!split) {
    const annual: FlowRow[] = [];
    const monthly: FlowRow[] = [];
    for (const row of file.rows) (row.freq === 'A' ? annual : monthly).push(row);
    split = { A: [...annual, ...file.sums.rows], M: monthly };
    atFrequency.set(file, split);
  }
  return split[freq];
}

/** Names for the codes a reader's file holds: CHPL names (small) always, every HS name when a code needs it. */
function nameFiles(spec: ChartSpec, catalog: ProductCatalog): SpecFile[] {
  const files: SpecFile[] = [{ path: DATA_FILES.chpl, kind: 'chpl' }];
  const others =
    spec.breakdown === 'hs2' ||
    spec.breakdown === 'hs4' ||
    spec.products.some((selector) => !isChplSelector(selector, catalog) && selector.kind !== 'total');
  if (others) files.push({ path: DATA_FILES.products, kind: 'products' });
  return files;
}

function withOwnSource(series: readonly Series[], sourceId: string, suffix: string): Series[] {
  return series.map((s) => ({ ...s, label: `${s.label}${suffix}`, sources: [sourceId] }));
}

/** The built-in series on the reader's periods: a period the built-in data lack is "no data". */
function onPeriods(series: Series, periods: readonly string[]): Series {
  const byPeriod = new Map(series.points.map((point) => [point.period, point]));
  return {
    ...series,
    points: periods.map(
      (period) => byPeriod.get(period) ?? { period, value: null, basis: null, sources: [] },
    ),
  };
}

/** Your file's series and each built-in one right after it, so a legend reads them in pairs. */
function interleave(own: readonly Series[], builtIn: readonly Series[]): Series[] {
  const out: Series[] = [];
  const length = Math.max(own.length, builtIn.length);
  for (let i = 0; i < length; i++) {
    const a = own[i];
    const b = builtIn[i];
    if (a) out.push(a);
    if (b) out.push(b);
  }
  return out;
}

function currencyNotices(currency: Currency): string[] {
  return currency === 'USD' ? [] : [`Values in ${currency}, as your file gives them: not converted to US$.`];
}

function comparisonOf(
  spec: ChartSpec,
  manifest: SpecTables['manifest'],
  catalog: ProductCatalog,
  currency: Currency,
): Comparison | null {
  return spec.compare ? comparisonFor(spec, manifest, catalog, currency) : null;
}

function compute(file: UserFile, spec: ChartSpec, tables: SpecTables): SpecSeries {
  const freq = DATASETS[spec.dataset].freq;
  const flows = new Map(tables.flows).set(DATA_FILES.inBrowserFile, rowsAtFrequency(file, freq));
  const { currency } = file.facts;
  const own = seriesForSpec(spec, {
    ...tables,
    flows,
    concordance: userConcordance(tables.concordance),
    currency,
  });
  const notices = [...own.notices, ...currencyNotices(currency)];
  if (freq === 'A') notices.push(...annualNotices(file.sums, flowKey(spec.flow), own.periods));
  const catalog = productCatalog(tables.concordance);
  const comparison = comparisonOf(spec, tables.manifest, catalog, currency);
  if (!comparison?.ok) {
    const reason = comparison ? [comparison.reason] : [];
    return { ...own, series: withOwnSource(own.series, file.sourceId, ''), notices: [...notices, ...reason] };
  }
  const builtIn = seriesForSpec(comparison.spec, tables);
  const compared = builtIn.series.map((s) => onPeriods(comparedSeries(s, comparison), own.periods));
  return {
    ...own,
    series: interleave(withOwnSource(own.series, file.sourceId, ' (your file)'), compared),
    notices: [
      ...notices,
      `Beside your file: ${comparison.name}, for the same flow, products and periods.`,
      ...builtIn.notices.map((notice) => `${comparison.name}: ${notice}`),
    ],
    flowRows: [...own.flowRows, ...builtIn.flowRows],
  };
}

function files(file: UserFile, spec: ChartSpec, manifest: SpecTables['manifest'], catalog: ProductCatalog) {
  const own = [...filesForSpec(spec, manifest, catalog), ...nameFiles(spec, catalog)];
  const comparison = comparisonOf(spec, manifest, catalog, file.facts.currency);
  const builtIn = comparison?.ok
    ? filesForSpec(comparison.spec, manifest, catalog).filter((f) => f.kind === 'flows')
    : [];
  const seen = new Set<string>();
  return [...own, ...builtIn].filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/** The pipeline's view of one file; a new file is a new object, so charts recompute. */
export function userDataset(file: UserFile): LocalDataset {
  return {
    files: (spec, manifest, catalog) => files(file, spec, manifest, catalog),
    manifest: (base) => userManifest(base, file),
    compute: (spec, tables) => compute(file, spec, tables),
    // The title says whose data these are; the legend and source line say which series is which.
    title: (base, series) =>
      `${base} (${series.some((s) => isCompared(s.key)) ? 'your file and built-in data' : 'your file'})`,
  };
}
