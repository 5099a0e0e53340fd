// Exactly the public/data files a spec needs, so a chart fetches what it draws and nothing more: the story's
// CHPL chart reads the small CHPL file, never the 1.5 MB product names or the 96 chapter files.
import { DATA_FILES } from '../data/files';
import type { Manifest } from '../data/schema';
import type { TableKind } from '../data/tables';
import { activeLocale } from '../i18n/i18n';
import { DATASETS } from '../spec/datasets';
import type { ChartSpec } from '../spec/schema';
import type { ProductCatalog } from './product-catalog';
import { isChplSelector, selectorFiles } from './product-selectors';

export interface SpecFile {
  path: string;
  kind: TableKind;
}

/** Rows of these files feed a share's denominator. */
function denominatorFiles(spec: ChartSpec): string[] {
  if (spec.transform.kind !== 'share' || DATASETS[spec.dataset].rows !== 'baci-split') return [];
  if (spec.transform.of === 'total') return [DATA_FILES.baciTotals];
  return spec.transform.of === 'chpl' ? [DATA_FILES.baciChpl] : [];
}

export function flowFilesForSpec(spec: ChartSpec, manifest: Manifest, catalog: ProductCatalog): string[] {
  const paths = spec.products.flatMap((selector) => selectorFiles(selector, spec, manifest, catalog));
  return [...new Set([...paths, ...denominatorFiles(spec)])];
}

/** Names of HS codes outside the CHPL need products.csv; CHPL names come from chpl.csv. */
function nameFiles(spec: ChartSpec, catalog: ProductCatalog): SpecFile[] {
  const byCode =
    spec.breakdown !== 'none' || spec.products.some((s) => s.kind !== 'tier' && s.kind !== 'chpl-all');
  // Data in the CHPL's own HS 2022 codes are named from chpl.csv alone.
  if (DATASETS[spec.dataset].hs2022) return byCode ? [{ path: DATA_FILES.chpl, kind: 'chpl' }] : [];
  if (DATASETS[spec.dataset].rows !== 'baci-split') return [];
  const chplOnly = spec.products.every((selector) => isChplSelector(selector, catalog));
  const needsProducts = ['hs2', 'hs4'].includes(spec.breakdown) || !chplOnly;
  const files: SpecFile[] = [];
  // In Chinese and Russian a CHPL code among other codes is named from chpl.csv too (its name_zh, name_ru; 18 KB),
  // where products.csv has only English names. English keeps the files it always read.
  const namedInChpl =
    chplOnly ||
    (activeLocale() !== 'en' && spec.products.some((selector) => isChplSelector(selector, catalog)));
  if (byCode && namedInChpl) files.push({ path: DATA_FILES.chpl, kind: 'chpl' });
  if (byCode && needsProducts) files.push({ path: DATA_FILES.products, kind: 'products' });
  return files;
}

/**
 * Flow files, then the small lookups. `catalog` comes from concordance.csv, which every chart loads first
 * (it says which HS6 codes the small CHPL file holds).
 */
export function filesForSpec(spec: ChartSpec, manifest: Manifest, catalog: ProductCatalog): SpecFile[] {
  const flows = flowFilesForSpec(spec, manifest, catalog).map((path): SpecFile => ({ path, kind: 'flows' }));
  return [
    ...flows,
    { path: DATA_FILES.concordance, kind: 'concordance' },
    { path: DATA_FILES.partners, kind: 'partners' },
    ...nameFiles(spec, catalog),
    ...(spec.events ? [{ path: DATA_FILES.events, kind: 'events' } as const] : []),
  ];
}
