// The tables the explorer's controls read. Each loads when a control needs it: the CHPL lists (small)
// with the page, products.csv (1.5 MB) only once the reader uses the search box.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tableQuery } from '../app/data/queries';
import { DATA_FILES } from '../data/files';
import { buildProductIndex, type ProductIndex } from '../data/search';
import { tierCodes } from './tier-codes';

export function useTierCodes() {
  const concordance = useQuery({ ...tableQuery(DATA_FILES.concordance, 'concordance'), throwOnError: true });
  const chpl = useQuery({ ...tableQuery(DATA_FILES.chpl, 'chpl'), throwOnError: true });
  return useMemo(
    () => (concordance.data && chpl.data ? tierCodes(concordance.data.rows, chpl.data.rows) : undefined),
    [concordance.data, chpl.data],
  );
}

/** products.csv, fetched only when `enabled` (but read from the cache whenever another view loaded it). */
export function useProductTable(enabled: boolean) {
  return useQuery({ ...tableQuery(DATA_FILES.products, 'products'), enabled });
}

export function useProductIndex(enabled: boolean): {
  index: ProductIndex | undefined;
  error: Error | null;
  refetch: () => void;
} {
  const products = useProductTable(enabled);
  const index = useMemo(
    () => (products.data ? buildProductIndex(products.data.rows) : undefined),
    [products.data],
  );
  return { index, error: products.error, refetch: () => void products.refetch() };
}

/** Names of HS codes for chips: CHPL names always, every HS name once products.csv is in the cache. */
export function useCodeNames(): ReadonlyMap<string, string> {
  const codes = useTierCodes();
  const products = useProductTable(false);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const row of products.data?.rows ?? []) {
      names.set(row.hs6, row.name);
      names.set(row.hs4, row.hs4_name);
      names.set(row.hs2, row.hs2_name);
    }
    for (const list of codes?.values() ?? []) for (const code of list) names.set(code.hs6, code.name);
    return names;
  }, [codes, products.data]);
}
