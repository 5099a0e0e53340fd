// Small hand-made tables for the explorer's component tests, put straight into a QueryClient's cache
// under the keys the app's loaders use, so components render without a worker or network.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { tableQuery } from '../../src/figure/load/queries';
import { DATA_FILES } from '../../src/data/files';
import type { ChplItem, ConcordanceRow, ProductRow } from '../../src/data/schema';
import type { TableKind, TableRow } from '../../src/data/tables';

const URL = 'https://www.bis.gov/chpl';
const TIER_4B = [
  ['845710', 'Machining centres for working metal'],
  ['845811', 'Horizontal lathes, numerically controlled'],
  ['845891', 'Other lathes, numerically controlled'],
  ['845961', 'Other milling machines, numerically controlled'],
  ['846693', 'Parts for machines of headings 8456 to 8461'],
] as const;

export const CONCORDANCE: ConcordanceRow[] = [
  {
    hs6_2022: '854231',
    hs6_2017: '854231',
    tier: '1',
    match: 'exact',
    note: 'Same code in HS 2017.',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
  ...TIER_4B.map(([code]) => ({
    hs6_2022: code,
    hs6_2017: code,
    tier: '4.B' as const,
    match: 'exact' as const,
    note: 'Same code in HS 2017.',
    comparability: 'same-scope' as const,
    comparable: 'yes' as const,
    carved_out: '',
    override: '',
  })),
];

export const CHPL: ChplItem[] = [
  { hs6_2022: '854231', tier: '1', description: 'Processors and controllers', source_url: URL },
  ...TIER_4B.map(([code, description]) => ({
    hs6_2022: code,
    tier: '4.B' as const,
    description,
    source_url: URL,
  })),
];

const product = (hs6: string, name: string, hs4Name: string): ProductRow => ({
  hs6,
  name,
  name_source: 'hs12',
  hs4: hs6.slice(0, 4),
  hs2: hs6.slice(0, 2),
  hs2_name: 'Machinery',
  hs4_name: hs4Name,
  tier: null,
  chpl_hs6_2022: '',
  chpl_match: null,
});

export const PRODUCTS: ProductRow[] = [
  product(
    '845819',
    'Lathes; for removing metal, horizontal, other than numerically controlled',
    'Lathes for removing metal',
  ),
  product('847130', 'Portable automatic data processing machines', 'Automatic data processing machines'),
  product('010121', 'Horses; live, pure-bred breeding animals', 'Horses; live'),
];

function seed<K extends TableKind>(client: QueryClient, path: string, kind: K, rows: TableRow<K>[]) {
  client.setQueryData(tableQuery(path, kind).queryKey, { rows, errors: [] });
}

export function explorerClient({ withProducts = true } = {}): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seed(client, DATA_FILES.concordance, 'concordance', CONCORDANCE);
  seed(client, DATA_FILES.chpl, 'chpl', CHPL);
  if (withProducts) seed(client, DATA_FILES.products, 'products', PRODUCTS);
  return client;
}

export function withClient(client: QueryClient, children: ReactNode) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
