// The searchable entries: every HS6 product of products.csv plus the HS4 headings and HS2 chapters they
// belong to, so a reader can pick a whole heading or chapter as one series.
import type { SearchableProduct, SearchEntry } from './types';

const byCode = (a: SearchEntry, b: SearchEntry) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function searchEntries(products: readonly SearchableProduct[]): SearchEntry[] {
  const groups = new Map<string, SearchEntry>();
  const entries: SearchEntry[] = [];
  for (const product of products) {
    entries.push({ kind: 'hs6', code: product.hs6, name: product.name, tier: product.tier });
    if (!groups.has(product.hs4))
      groups.set(product.hs4, { kind: 'hs4', code: product.hs4, name: product.hs4_name, tier: null });
    if (!groups.has(product.hs2))
      groups.set(product.hs2, { kind: 'hs2', code: product.hs2, name: product.hs2_name, tier: null });
  }
  // Sorted by code string, so every code prefix is one contiguous run ("85" < "8501" < "850110").
  return [...entries, ...groups.values()].sort(byCode);
}

/** [start, end) of the entries whose code starts with `prefix`, in entries sorted by code. */
export function codePrefixRange(entries: readonly SearchEntry[], prefix: string): [number, number] {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] as SearchEntry).code < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < entries.length && (entries[end] as SearchEntry).code.startsWith(prefix)) end += 1;
  return [low, end];
}
