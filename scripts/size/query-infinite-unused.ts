// What @tanstack/query-core's Query imports from its infiniteQueryBehavior.js, for an app that never runs an
// infinite query: a behaviour that refuses. Query picks it only for a query made as infinite
// (useInfiniteQuery, fetchInfiniteQuery, infiniteQueryOptions), none of which src/ uses, yet the import keeps the
// paging code (~0.5 KB gzip) in every page. The build swaps this module in for query.js's import only
// (query-without-infinite.ts); an infinite query would fail loudly on its first fetch.

export function infiniteQueryBehavior(): never {
  throw new TypeError('Infinite queries are not in this build (scripts/size/query-infinite-unused.ts)');
}
