import type { ChplTier } from '../schema';

/** The fields of products.csv the search reads (a ProductRow has them all). */
export interface SearchableProduct {
  hs6: string;
  name: string;
  hs4: string;
  hs4_name: string;
  hs2: string;
  hs2_name: string;
  tier: ChplTier | null;
  /** The CHPL code(s) (HS 2022) this product stands for, ";"-separated, when it differs in name or code. */
  chpl_hs6_2022?: string;
}

export type SearchEntryKind = 'hs2' | 'hs4' | 'hs6';

/** One thing a reader can find: an HS2 chapter, an HS4 heading or an HS6 product. */
export interface SearchEntry {
  kind: SearchEntryKind;
  code: string;
  name: string;
  /** CHPL tier of an HS6 code, else null. */
  tier: ChplTier | null;
}

export interface SearchResult {
  /** Best first. */
  matches: SearchEntry[];
  /** How many entries matched in all (matches holds at most `limit`). */
  total: number;
}
