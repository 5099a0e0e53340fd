// Query options and hooks for every data file. Data never goes stale within a page view: files are
// versioned by the build, so a reload is the only way they change.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_FILES } from '../../data/files';
import { loadManifest, loadTable } from '../../data/worker-client';
import type { TableKind } from '../../data/tables';
import { progressStore } from './progress-store';

export const manifestQuery = queryOptions({
  queryKey: ['manifest'],
  queryFn: ({ signal }) =>
    loadManifest({ signal, onProgress: (p) => progressStore.set(DATA_FILES.manifest, p) }),
  staleTime: Infinity,
});

export function tableQuery<K extends TableKind>(path: string, kind: K) {
  return queryOptions({
    queryKey: ['table', kind, path],
    queryFn: ({ signal }) => loadTable(path, kind, { signal, onProgress: (p) => progressStore.set(path, p) }),
    staleTime: Infinity,
  });
}

// throwOnError hands a failed file to the page's error boundary, which names it and offers Retry.
export function useManifest() {
  return useQuery({ ...manifestQuery, throwOnError: true });
}

export function useTable<K extends TableKind>(path: string, kind: K) {
  return useQuery({ ...tableQuery(path, kind), throwOnError: true });
}

export const useFlows = (path: string) => useTable(path, 'flows');
export const useConcordance = () => useTable(DATA_FILES.concordance, 'concordance');
export const useEvents = () => useTable(DATA_FILES.events, 'events');
export const useReconciliation = () => useTable(DATA_FILES.reconciliation, 'reconciliation');
