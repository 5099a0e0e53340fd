// Instant product search over all HS6 products, headings and chapters. Built once when products.csv has
// loaded: a sorted word list with, for each word, the entries whose name contains it. A query word matches
// every indexed word it begins ("lath" finds "lathes"), found by binary search, so a query touches only the
// entries that can match instead of scanning 6,000 names.
import { codePrefixRange, searchEntries } from './entries';
import { isCodeToken, tokenize } from './normalize';
import type { SearchableProduct, SearchEntry, SearchResult } from './types';

export interface ProductIndex {
  /** Sorted by code. */
  entries: readonly SearchEntry[];
  /** Unique name words, sorted. */
  words: readonly string[];
  /** postings[i]: ids (positions in `entries`) of the entries whose name has words[i], ascending. */
  postings: readonly Uint32Array[];
  /** Entry ids in the order a word search lists them when no word matches whole. */
  nameOrder: Uint32Array;
}

/** More words than this in one query are ignored (and counters stay within a byte). */
const MAX_QUERY_WORDS = 8;
export const DEFAULT_SEARCH_LIMIT = 30;

export function buildProductIndex(products: readonly SearchableProduct[]): ProductIndex {
  const entries = searchEntries(products);
  const ids = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const word of new Set(tokenize(entry.name))) {
      const list = ids.get(word);
      if (list) list.push(id);
      else ids.set(word, [id]);
    }
  });
  const words = [...ids.keys()].sort();
  const postings = words.map((word) => Uint32Array.from(ids.get(word) ?? []));
  return { entries, words, postings, nameOrder: nameOrder(entries) };
}

function lowerBound(words: readonly string[], token: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as string) < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Marks the entries that match query word number `position` (hits[id] === position + 1 afterwards, only
 * for entries that matched every earlier word) and counts whole-word matches in `exact`.
 */
function markWord(index: ProductIndex, token: string, position: number, hits: Uint8Array, exact: Uint8Array) {
  const { words, postings } = index;
  for (let i = lowerBound(words, token); i < words.length && (words[i] as string).startsWith(token); i++) {
    // The exact word, if indexed, comes first in the run: it is counted before any longer word.
    const whole = words[i] === token;
    for (const id of postings[i] as Uint32Array) {
      if (hits[id] !== position) continue;
      hits[id] = position + 1;
      if (whole) exact[id] = (exact[id] as number) + 1;
    }
  }
}

const KIND_ORDER = { hs2: 0, hs4: 1, hs6: 2 } as const;

/** Word-search order, fixed per index: chapters, headings, products, then shorter (more specific) names. */
function nameOrder(entries: readonly SearchEntry[]): Uint32Array {
  const ids = Uint32Array.from(entries.keys());
  return ids.sort((a, b) => {
    const ea = entries[a] as SearchEntry;
    const eb = entries[b] as SearchEntry;
    return KIND_ORDER[ea.kind] - KIND_ORDER[eb.kind] || ea.name.length - eb.name.length || a - b;
  });
}

/** Keeps the first `limit` ids of each bucket and counts them all: no sort per query. */
class Buckets {
  readonly lists: number[][];
  total = 0;
  constructor(
    count: number,
    private readonly limit: number,
  ) {
    this.lists = Array.from({ length: count }, () => []);
  }
  add(bucket: number, id: number): void {
    this.total += 1;
    const list = this.lists[bucket] as number[];
    if (list.length < this.limit) list.push(id);
  }
}

function wordSearch(
  index: ProductIndex,
  words: readonly string[],
  keep: (id: number) => boolean,
  limit: number,
) {
  const hits = new Uint8Array(index.entries.length);
  const exact = new Uint8Array(index.entries.length);
  words.forEach((token, position) => markWord(index, token, position, hits, exact));
  // Bucket 0 holds entries matching every word whole, the last bucket those matching none whole.
  const buckets = new Buckets(words.length + 1, limit);
  for (const id of index.nameOrder) {
    if (hits[id] === words.length && keep(id)) buckets.add(words.length - (exact[id] as number), id);
  }
  return buckets;
}

function codeSearch(index: ProductIndex, prefix: string, keep: (id: number) => boolean, limit: number) {
  const [start, end] = codePrefixRange(index.entries, prefix);
  const buckets = new Buckets(3, limit);
  for (let id = start; id < end; id++) {
    if (keep(id)) buckets.add(KIND_ORDER[(index.entries[id] as SearchEntry).kind], id);
  }
  return buckets;
}

/**
 * Entries matching every word of `query` (code prefixes for digit-only words, name-word prefixes otherwise).
 * Ranking: whole-word matches first; then chapters, headings, products; then shorter names (a word search)
 * or codes in order (a code search).
 */
export function searchProducts(
  index: ProductIndex,
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
): SearchResult {
  const tokens = tokenize(query).slice(0, MAX_QUERY_WORDS);
  if (tokens.length === 0) return { matches: [], total: 0 };
  const codes = tokens.filter(isCodeToken);
  const words = tokens.filter((token) => !isCodeToken(token));
  const keep = (id: number) =>
    codes.every((code) => (index.entries[id] as SearchEntry).code.startsWith(code));
  const buckets =
    words.length > 0
      ? wordSearch(index, words, keep, limit)
      : codeSearch(index, codes[0] as string, keep, limit);
  const ids = buckets.lists.flat().slice(0, limit);
  return { matches: ids.map((id) => index.entries[id] as SearchEntry), total: buckets.total };
}
