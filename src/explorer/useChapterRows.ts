// Every BACI HS6 chapter file (96 files, about 3 MB), loaded only on request and counted as they arrive,
// for views that need all HS6 rows at once (the biggest movers).
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tableQuery, useManifest } from '../figure/load/queries';
import type { FlowRow } from '../data/schema';
import type { ParsedTable } from '../data/tables';

// Defined once (not per render) so that useQueries keeps the combined result between renders.
function combineChapters(results: UseQueryResult<ParsedTable<FlowRow>>[]) {
  const complete = results.length > 0 && results.every((query) => query.data);
  return {
    done: results.filter((query) => query.data).length,
    failedIndex: results.findIndex((query) => query.error),
    rows: complete ? results.flatMap((query) => query.data?.rows ?? []) : undefined,
    retry: () => results.forEach((query) => query.error && void query.refetch()),
  };
}

export interface ChapterRows {
  /** All rows, once every file has loaded. */
  rows: FlowRow[] | undefined;
  done: number;
  total: number;
  failedPath: string | undefined;
  retry: () => void;
}

export function useChapterRows(enabled: boolean): ChapterRows {
  const manifest = useManifest();
  const paths = useMemo(
    () => (manifest.data?.files ?? []).filter((file) => file.hs2 !== undefined).map((file) => file.path),
    [manifest.data],
  );
  const chapters = useQueries({
    queries: paths.map((path) => ({ ...tableQuery(path, 'flows'), enabled })),
    combine: combineChapters,
  });
  return {
    rows: chapters.rows,
    done: chapters.done,
    total: paths.length,
    failedPath: chapters.failedIndex >= 0 ? paths[chapters.failedIndex] : undefined,
    retry: chapters.retry,
  };
}
