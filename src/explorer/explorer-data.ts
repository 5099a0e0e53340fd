// The tables the explorer's controls read. Each loads when a control needs it: the CHPL lists (small)
// with the page, products.csv (1.5 MB) only once the reader uses the search box.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tableQuery } from '../figure/load/queries';
import { DATA_FILES } from '../data/files';
import { buildProductIndex, type ProductIndex } from '../data/search';
import { hs2022TierCodes, tierCodes } from './tier-codes';

/** `hs2022`: the codes as the CHPL writes them (monthly UN Comtrade data), not BACI's HS 2017 stand-ins. */
export function useTierCodes(hs2022 = false) {
  const concordance = useQuery({ ...tableQuery(DATA_FILES.concordance, 'concordance'), throwOnError: true });
  const chpl = useQuery({ ...tableQuery(DATA_FILES.chpl, 'chpl'), throwOnError: true });
  return useMemo(() => {
    if (!concordance.data || !chpl.data) return undefined;
    return (hs2022 ? hs2022TierCodes : tierCodes)(concordance.data.rows, chpl.data.rows);
  }, [concordance.data, chpl.data, hs2022]);
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
  const hs2022 = useTierCodes(true);
  const products = useProductTable(false);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const row of products.data?.rows ?? []) {
      names.set(row.hs6, row.name);
      names.set(row.hs4, row.hs4_name);
      names.set(row.hs2, row.hs2_name);
    }
    for (const list of codes?.values() ?? []) for (const code of list) names.set(code.hs6, code.name);
    // HS 2022-only CHPL codes (monthly data) keep their own CHPL name.
    for (const list of hs2022?.values() ?? [])
      for (const code of list) if (!names.has(code.hs6)) names.set(code.hs6, code.name);
    return names;
  }, [codes, hs2022, products.data]);
}
