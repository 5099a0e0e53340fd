// Instant product search over all HS6 products, headings and chapters. Built once when products.csv has
// loaded: a sorted word list with, for each word, the entries whose name contains it. A query word matches
// every indexed word it begins ("lath" finds "lathes"), found by binary search, so a query touches only the
// entries that can match instead of scanning 6,000 names. Readers' words for CHPL goods ("chips", "drone",
// "GNSS") come from a curated synonym list; a misspelt word falls back to the indexed words within an edit or
// two; and among the matches, CHPL codes come first.
import { CHPL_SYNONYMS, type ChplSynonym } from './chpl-synonyms';
import { codePrefixRange, searchEntries } from './entries';
import { allowedEdits, editDistance, singular } from './fuzzy';
import { isCodeToken, tokenize } from './normalize';
import type { SearchableProduct, SearchEntry, SearchResult } from './types';

/** A synonym's words, folded, with the entry ids of the products its codes resolve to, best first. */
interface SynonymEntry {
  terms: readonly string[];
  ids: readonly number[];
}

export interface ProductIndex {
  /** Sorted by code. */
  entries: readonly SearchEntry[];
  /** Unique name words, sorted. */
  words: readonly string[];
  /** postings[i]: ids (positions in `entries`) of the entries whose name has words[i], ascending. */
  postings: readonly Uint32Array[];
  /** Entry ids in the order a word search lists them when no word matches whole. */
  nameOrder: Uint32Array;
  synonyms: readonly SynonymEntry[];
}

/** More words than this in one query are ignored (and counters stay within a byte). */
const MAX_QUERY_WORDS = 8;
export const DEFAULT_SEARCH_LIMIT = 30;

/** Each synonym's codes resolved to entries: the same HS6 code, or a product whose CHPL code it is. */
function resolveSynonyms(
  entries: readonly SearchEntry[],
  products: readonly SearchableProduct[],
  synonyms: readonly ChplSynonym[],
): SynonymEntry[] {
  const idByCode = new Map<string, number>();
  entries.forEach((entry, id) => {
    if (entry.kind === 'hs6') idByCode.set(entry.code, id);
  });
  const byChplCode = new Map<string, number>();
  for (const product of products) {
    const id = idByCode.get(product.hs6);
    if (id === undefined) continue;
    for (const code of (product.chpl_hs6_2022 ?? '').split(';')) if (code) byChplCode.set(code, id);
  }
  return synonyms.map((synonym) => ({
    terms: synonym.terms.map((term) => tokenize(term).join(' ')),
    ids: [
      ...new Set(
        synonym.codes.flatMap((code) => {
          const id = idByCode.get(code) ?? byChplCode.get(code);
          return id === undefined ? [] : [id];
        }),
      ),
    ],
  }));
}

export function buildProductIndex(
  products: readonly SearchableProduct[],
  synonyms: readonly ChplSynonym[] = CHPL_SYNONYMS,
): ProductIndex {
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
  return {
    entries,
    words,
    postings,
    nameOrder: nameOrder(entries),
    synonyms: resolveSynonyms(entries, products, synonyms),
  };
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
function markPosting(
  index: ProductIndex,
  i: number,
  whole: boolean,
  position: number,
  hits: Uint8Array,
  exact: Uint8Array,
) {
  for (const id of index.postings[i] as Uint32Array) {
    if (hits[id] !== position) continue;
    hits[id] = position + 1;
    if (whole) exact[id] = (exact[id] as number) + 1;
  }
}

/** Indexed words within the edits a word of this length allows: what a misspelt query word may have meant. */
function nearWords(index: ProductIndex, token: string): number[] {
  const max = allowedEdits(token.length);
  if (max === 0) return [];
  const near: number[] = [];
  index.words.forEach((word, i) => {
    if (editDistance(token, word, max) <= max) near.push(i);
  });
  return near;
}

function markWord(index: ProductIndex, token: string, position: number, hits: Uint8Array, exact: Uint8Array) {
  const { words } = index;
  const start = lowerBound(words, token);
  if (!(words[start] ?? '').startsWith(token)) {
    // No indexed word begins with it: a typo, most likely; the nearest words count as whole matches.
    for (const i of nearWords(index, token)) markPosting(index, i, true, position, hits, exact);
    return;
  }
  // The exact word, if indexed, comes first in the run: it is counted before any longer word.
  for (let i = start; i < words.length && (words[i] as string).startsWith(token); i++) {
    markPosting(index, i, words[i] === token, position, hits, exact);
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
  // CHPL codes first; within each, entries matching every word whole first, those matching none whole last.
  const perGroup = words.length + 1;
  const buckets = new Buckets(2 * perGroup, limit);
  for (const id of index.nameOrder) {
    if (hits[id] !== words.length || !keep(id)) continue;
    const chpl = (index.entries[id] as SearchEntry).tier === null ? 1 : 0;
    buckets.add(chpl * perGroup + words.length - (exact[id] as number), id);
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

/** How well the query's words name a synonym: 0 the same words (plurals aside), 1 a typo or two, 2 the
 * start of it (a reader still typing), null not at all. */
function synonymScore(query: string, term: string): number | null {
  const fold = (text: string) => text.split(' ').map(singular).join(' ');
  if (fold(query) === fold(term)) return 0;
  const max = allowedEdits(term.length);
  if (max > 0 && editDistance(query, term, max) <= max) return 1;
  if (query.length >= 4 && term.startsWith(query)) return 2;
  return null;
}

/** The products the curated synonyms point to, best match first. */
function synonymHits(index: ProductIndex, words: readonly string[]): number[] {
  const query = words.join(' ');
  const scored: { score: number; order: number; ids: readonly number[] }[] = [];
  index.synonyms.forEach((synonym, order) => {
    const scores = synonym.terms.map((term) => synonymScore(query, term)).filter((s) => s !== null);
    if (scores.length > 0) scored.push({ score: Math.min(...scores), order, ids: synonym.ids });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return [...new Set(scored.flatMap((s) => s.ids))];
}

/**
 * Entries matching every word of `query` (code prefixes for digit-only words, name-word prefixes otherwise,
 * the nearest words for a misspelt one), after the products a curated synonym points to. Ranking: synonyms;
 * CHPL codes; whole-word matches; then chapters, headings, products; then shorter names (a word search) or
 * codes in order (a code search).
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
  const synonyms = words.length > 0 ? synonymHits(index, words).filter(keep) : [];
  const found = buckets.lists.flat();
  const extra = synonyms.filter((id) => !found.includes(id)).length;
  const ids = [...new Set([...synonyms, ...found])].slice(0, limit);
  return { matches: ids.map((id) => index.entries[id] as SearchEntry), total: buckets.total + extra };
}
