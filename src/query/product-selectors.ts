// A spec's product selector as a query: which file holds its rows, which product codes it takes, what its
// series is called. The same rules give filesForSpec its list and seriesForSpec its rows.
import { i18n } from '../i18n/i18n';
import { DATA_FILES } from '../data/files';
import type { Manifest } from '../data/schema';
import { DATASETS } from '../spec/datasets';
import type { ChartSpec, ProductSelector } from '../spec/schema';
import { hsLabel, type ProductCatalog } from './product-catalog';
import { tierLabel } from './tier-series';

/** The DOM and the URL name a tier series by its tier ("4.B"), others by code or a short word. */
export function selectorKey(selector: ProductSelector): string {
  switch (selector.kind) {
    case 'tier':
      return selector.tier;
    case 'hs6':
    case 'hs4':
    case 'hs2':
      return selector.code;
    case 'chpl-all':
      return 'chpl';
    case 'total':
      return 'total';
    case 'eu-sanctioned':
      return 'eu-sanctioned';
  }
}

export function selectorLabel(selector: ProductSelector, catalog: ProductCatalog): string {
  switch (selector.kind) {
    case 'tier':
      return tierLabel(selector.tier);
    case 'hs6':
    case 'hs4':
    case 'hs2':
      return hsLabel(selector.code, catalog);
    case 'chpl-all':
    case 'total':
    case 'eu-sanctioned':
      return goodsLabel(selector.kind);
  }
}

/** A series of all goods, all CHPL goods or the EU-sanctioned goods, named in the reader's language. */
export function goodsLabel(kind: 'chpl-all' | 'total' | 'eu-sanctioned'): string {
  switch (kind) {
    case 'chpl-all':
      return i18n._({ id: 'series.chpl-all', message: 'All CHPL goods' });
    case 'total':
      return i18n._({ id: 'series.total', message: 'All goods' });
    case 'eu-sanctioned':
      return i18n._({ id: 'series.eu-sanctioned', message: 'EU-sanctioned goods' });
  }
}

const HS6 = /^\d{6}$/;

/** `breakdown` other than none: all goods are read as their HS6 rows (the chapter files), not the TOTAL row. */
export function selectorMatches(
  selector: ProductSelector,
  catalog: ProductCatalog,
  breakdown: ChartSpec['breakdown'] = 'none',
): (product: string) => boolean {
  const left = catalog.notComparable;
  switch (selector.kind) {
    case 'tier':
      return (product) => catalog.chplTier.get(product) === selector.tier && !left?.has(product);
    case 'chpl-all':
      return (product) => catalog.chplTier.has(product) && !left?.has(product);
    case 'hs6':
      return (product) => product === selector.code;
    case 'hs4':
    case 'hs2':
      return (product) => product.startsWith(selector.code);
    case 'total':
      return breakdown === 'none' ? (product) => product === 'TOTAL' : (product) => HS6.test(product);
    case 'eu-sanctioned':
      return (product) => product === 'EU-SANCTIONED';
  }
}

/** The split BACI files of the given chapters that the manifest lists (a chapter without trade has none). */
export function chapterFiles(manifest: Manifest, chapters?: ReadonlySet<string>): string[] {
  return manifest.files
    .filter((file) => file.hs2 !== undefined && (!chapters || chapters.has(file.hs2)))
    .map((file) => file.path);
}

/**
 * The flow files a selector's rows come from. Each selector reads exactly one source of rows, so a code that
 * two selectors share is never counted twice from two files.
 */
export function selectorFiles(
  selector: ProductSelector,
  spec: Pick<ChartSpec, 'dataset' | 'breakdown'>,
  manifest: Manifest,
  catalog: ProductCatalog,
): string[] {
  const { rows } = DATASETS[spec.dataset];
  if (rows !== 'baci-split') return [rows.file];
  switch (selector.kind) {
    case 'tier':
    case 'chpl-all':
      return [DATA_FILES.baciChpl];
    case 'hs6':
      return catalog.chplTier.has(selector.code)
        ? [DATA_FILES.baciChpl]
        : chapterFiles(manifest, new Set([selector.code.slice(0, 2)]));
    case 'hs4':
    case 'hs2':
      return chapterFiles(manifest, new Set([selector.code.slice(0, 2)]));
    case 'total':
      return spec.breakdown === 'none' ? [DATA_FILES.baciTotals] : chapterFiles(manifest);
    case 'eu-sanctioned':
      return [];
  }
}

/** Whether a selector's rows are CHPL codes only, whose names chpl.csv gives without products.csv. */
export function isChplSelector(selector: ProductSelector, catalog: ProductCatalog): boolean {
  return (
    selector.kind === 'tier' ||
    selector.kind === 'chpl-all' ||
    (selector.kind === 'hs6' && catalog.chplTier.has(selector.code))
  );
}
