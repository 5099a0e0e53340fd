// What the app knows about product codes: CHPL tiers and names (concordance.csv + chpl.csv, small) and, only
// when loaded, the names of every HS6 code, heading and chapter (products.csv, 1.5 MB). Built once per table.
import { chplItemName, markEnglish } from '../data/product-names';
import type { ChplItem, ChplTier, ConcordanceRow, ProductRow } from '../data/schema';
import { activeLocale, i18n } from '../i18n/i18n';

export interface ProductCatalog {
  /** HS 2017 code -> CHPL tier. */
  chplTier: ReadonlyMap<string, ChplTier>;
  /** HS 2017 codes that stand for a CHPL code only approximately. */
  approximate: ReadonlySet<string>;
  /** HS 2017 code -> CHPL description(s), in English, when chpl.csv is loaded. */
  chplName: ReadonlyMap<string, string>;
  /** HS 2017 code -> the CHPL item(s) it stands for, for their names in the reader's language (hsLabel). */
  chplItems?: ReadonlyMap<string, readonly ChplItem[]>;
  /** HS6 / HS4 / HS2 code -> name, when products.csv is loaded. */
  hsName: ReadonlyMap<string, string>;
  /**
   * On the comparable-codes basis only: the codes (in the catalog's own classification) that tiers and CHPL
   * totals leave out, because their HS 2017 line is not comparable across the HS change.
   */
  notComparable?: ReadonlySet<string>;
}

function memoOn<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = build(key)));
    return value;
  };
}

const EMPTY_NAMES: ReadonlyMap<string, string> = new Map();

const chplMaps = memoOn((concordance: readonly ConcordanceRow[]) => ({
  chplTier: new Map(concordance.map((row) => [row.hs6_2017, row.tier])),
  approximate: new Set(concordance.filter((row) => row.match === 'approximate').map((row) => row.hs6_2017)),
}));

/** Several HS 2022 codes can map to one HS 2017 code: its name lists each once. */
const chplNamesOf = (concordance: readonly ConcordanceRow[]) =>
  memoOn((chpl: readonly ChplItem[]) => {
    const description = new Map(chpl.map((item) => [item.hs6_2022, item.description]));
    const names = new Map<string, string[]>();
    for (const row of concordance) {
      const text = description.get(row.hs6_2022);
      if (!text) continue;
      const list = names.get(row.hs6_2017) ?? [];
      if (!list.includes(text)) list.push(text);
      names.set(row.hs6_2017, list);
    }
    return new Map([...names].map(([code, list]) => [code, list.join('; ')]));
  });

const concordanceNames = memoOn(chplNamesOf);

/** Several HS 2022 codes can map to one HS 2017 code: it stands for each of them, once. */
const chplItemsOf = (concordance: readonly ConcordanceRow[]) =>
  memoOn((chpl: readonly ChplItem[]) => {
    const byCode = new Map(chpl.map((item) => [item.hs6_2022, item]));
    const items = new Map<string, ChplItem[]>();
    for (const row of concordance) {
      const item = byCode.get(row.hs6_2022);
      if (!item) continue;
      const list = items.get(row.hs6_2017) ?? [];
      if (!list.some((other) => other.description === item.description)) list.push(item);
      items.set(row.hs6_2017, list);
    }
    return items;
  });

const concordanceItems = memoOn(chplItemsOf);

const hsNames = memoOn((products: readonly ProductRow[]) => {
  const names = new Map<string, string>();
  for (const product of products) {
    names.set(product.hs6, product.name);
    if (!names.has(product.hs4)) names.set(product.hs4, product.hs4_name);
    if (!names.has(product.hs2)) names.set(product.hs2, product.hs2_name);
  }
  return names;
});

export function productCatalog(
  concordance: readonly ConcordanceRow[],
  chpl?: readonly ChplItem[],
  products?: readonly ProductRow[],
): ProductCatalog {
  return {
    ...chplMaps(concordance),
    chplName: chpl ? concordanceNames(concordance)(chpl) : EMPTY_NAMES,
    ...(chpl ? { chplItems: concordanceItems(concordance)(chpl) } : {}),
    hsName: products ? hsNames(products) : EMPTY_NAMES,
  };
}

const NO_CODES: ReadonlySet<string> = new Set();
const hs2022Tiers = memoOn(
  (concordance: readonly ConcordanceRow[]) => new Map(concordance.map((row) => [row.hs6_2022, row.tier])),
);
const hs2022Names = memoOn(
  (chpl: readonly ChplItem[]) => new Map(chpl.map((i) => [i.hs6_2022, i.description])),
);
const hs2022Items = memoOn(
  (chpl: readonly ChplItem[]) => new Map(chpl.map((i) => [i.hs6_2022, [i] as const])),
);

/** For data coded in the CHPL's own HS 2022 codes (UN Comtrade monthly): every code is exactly a CHPL code. */
export function hs2022Catalog(
  concordance: readonly ConcordanceRow[],
  chpl?: readonly ChplItem[],
): ProductCatalog {
  return {
    chplTier: hs2022Tiers(concordance),
    approximate: NO_CODES,
    chplName: chpl ? hs2022Names(chpl) : EMPTY_NAMES,
    ...(chpl ? { chplItems: hs2022Items(chpl) } : {}),
    hsName: EMPTY_NAMES,
  };
}

/**
 * "854231 Electronic integrated circuits: processors…", or "HS 854231" when no name is loaded. In Chinese and
 * Russian a CHPL code is named in that language (chpl.csv), and an HS name that exists only in English keeps it,
 * marked as English (src/data/product-names.ts).
 */
export function hsLabel(code: string, catalog: ProductCatalog): string {
  const hsName = catalog.hsName.get(code);
  const chplName = chplNameOf(code, catalog);
  // An approximate code is broader (or narrower) than the CHPL item: its own HS name, or the CHPL one marked as such.
  if (catalog.approximate.has(code)) {
    if (hsName) return `${code} ${markEnglish(hsName)}`;
    if (chplName)
      return `${code} ${i18n._({ id: 'product.approx-chpl', message: '(approx. CHPL: {name})' }, { name: chplName })}`;
  }
  const name = chplName ?? (hsName === undefined ? undefined : markEnglish(hsName));
  return name ? `${code} ${name}` : `HS ${code}`;
}

/** The CHPL name(s) of a code in the reader's language (English: the descriptions as listed). */
function chplNameOf(code: string, catalog: ProductCatalog): string | undefined {
  const english = catalog.chplName.get(code);
  const items = catalog.chplItems?.get(code);
  if (activeLocale() === 'en' || !items || items.length === 0) return english;
  return items.map(chplItemName).join('; ');
}

/**
 * The catalog on the comparable-codes basis: tiers and CHPL totals leave out the codes the concordance marks not
 * comparable. An HS 2017 line is left out when any CHPL code read from it is not comparable.
 */
export function comparableCatalog(
  catalog: ProductCatalog,
  concordance: readonly ConcordanceRow[],
  hs2022: boolean,
): ProductCatalog {
  const left = concordance.filter((row) => row.comparable !== 'yes');
  return { ...catalog, notComparable: new Set(left.map((row) => (hs2022 ? row.hs6_2022 : row.hs6_2017))) };
}
