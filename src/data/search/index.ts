export { buildProductIndex, DEFAULT_SEARCH_LIMIT, searchProducts, type ProductIndex } from './product-index';
export { codePrefixRange, searchEntries } from './entries';
export { foldText, isCodeToken, tokenize } from './normalize';
export type { SearchableProduct, SearchEntry, SearchEntryKind, SearchResult } from './types';
