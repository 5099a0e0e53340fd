// Product search in the explorer: our prefix index (src/data/search) against a naive filter over all names,
// over the same queries (code prefixes, one- and two-word prefixes drawn from real product names).
import { buildProductIndex, isCodeToken, searchProducts, tokenize } from '../../src/data/search/index.ts';
import type { ProductRow } from '../../src/data/schema.ts';
import { medianMs, type Benchmark } from './measure.ts';
import { perCallMs, readTable, seededRandom } from './explorer-tables.ts';

const QUERIES = 2000;

function makeQueries(products: readonly ProductRow[]): string[] {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const prefix = (word: string) => word.slice(0, 2 + Math.floor(random() * Math.max(1, word.length - 1)));
  const queries: string[] = [];
  while (queries.length < QUERIES) {
    const product = pick(products);
    const words = tokenize(product.name).filter((word) => word.length > 2 && !isCodeToken(word));
    const kind = random();
    if (kind < 0.3 || words.length === 0) queries.push(product.hs6.slice(0, pick([2, 4, 6])));
    else if (kind < 0.7) queries.push(prefix(pick(words)));
    else queries.push(`${prefix(pick(words))} ${prefix(pick(words))}`);
  }
  return queries;
}

/** The peer: lower-case every name and keep those containing each word, or whose code starts with the query. */
function naiveSearch(products: readonly ProductRow[], query: string): ProductRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return products.filter((product) => {
    const name = product.name.toLowerCase();
    return product.hs6.startsWith(query) || words.every((word) => name.includes(word));
  });
}

const benchmark: Benchmark = {
  name: 'explorer product search: prefix index vs naive filter over names',
  run() {
    const products = readTable('products.csv', 'products');
    const queries = makeQueries(products);
    const buildMs = medianMs(() => buildProductIndex(products), 5, 1);
    const index = buildProductIndex(products);
    const ours = perCallMs(queries, (query) => searchProducts(index, query));
    const naive = perCallMs(queries, (query) => naiveSearch(products, query));
    return [
      { label: 'products', value: products.length, unit: 'HS6 rows' },
      { label: 'index entries (HS6 + headings + chapters)', value: index.entries.length, unit: 'entries' },
      { label: 'queries', value: queries.length, unit: 'queries' },
      { label: 'index build, median of 5', value: buildMs, unit: 'ms' },
      { label: 'index search median', value: ours.median, unit: 'ms' },
      { label: 'index search p95', value: ours.p95, unit: 'ms' },
      { label: 'naive filter median', value: naive.median, unit: 'ms' },
      { label: 'naive filter p95', value: naive.p95, unit: 'ms' },
      { label: 'naive median / index median', value: naive.median / ours.median, unit: 'x' },
      { label: 'naive p95 / index p95', value: naive.p95 / ours.p95, unit: 'x' },
    ];
  },
};

export default benchmark;
