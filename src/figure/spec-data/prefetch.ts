// Starts loading what a spec's chart needs before React renders it: the manifest, the concordance and every
// file the spec alone says it needs (earlyFilesForSpec). useSpecData later asks for the same query keys and
// finds them in flight or done, so the chart waits for one round of fetches instead of two.
import type { QueryClient } from '@tanstack/react-query';
import { DATA_FILES } from '../../data/files';
import { earlyFilesForSpec } from '../../query/early-files';
import type { ChartSpec } from '../../spec/schema';
import { manifestQuery, tableQuery } from '../load/queries';

export function prefetchSpecFiles(queryClient: QueryClient, spec: ChartSpec): void {
  void queryClient.prefetchQuery(manifestQuery);
  void queryClient.prefetchQuery(tableQuery(DATA_FILES.concordance, 'concordance'));
  for (const file of earlyFilesForSpec(spec))
    void queryClient.prefetchQuery(tableQuery(file.path, file.kind));
}
