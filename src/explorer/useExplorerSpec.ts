// The explorer's state is its URL: the spec is read from the route's search on every render and each
// change navigates, so back/forward, reload and a shared link all show the same chart.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { manifestQuery } from '../figure/load/queries';
import { parseSearchParams, specToSearchParams, type ChartSpec, type SpecNotice } from '../spec';
import { withBuildDatasets } from '../query/dataset-fallback';
import { rawSearchToParams } from '../spec/url-search';
import { LANG_PARAM } from '../i18n/locales';

/** "push" for a discrete choice (one history entry each); "replace" while a drag is under way. */
export type HistoryMode = 'push' | 'replace';
export type SpecChange = (next: ChartSpec, mode?: HistoryMode) => void;

export interface ExplorerState {
  spec: ChartSpec;
  notices: readonly SpecNotice[];
  /** The search string the spec came from: notices dismissed for one link come back for another. */
  searchKey: string;
  setSpec: SpecChange;
}

export function useExplorerSpec(): ExplorerState {
  const search = useSearch({ from: '/explorer' });
  const navigate = useNavigate();
  const params = useMemo(() => rawSearchToParams(search), [search]);
  const manifest = useQuery(manifestQuery).data;
  // `lang` is the page's language (the root route keeps it; RootLayout names a bad value), not part of the chart.
  const parsed = useMemo(
    () => withBuildDatasets(parseSearchParams(params, { ignore: [LANG_PARAM] }), manifest),
    [params, manifest],
  );
  const setSpec = useCallback<SpecChange>(
    (next, mode = 'push') => {
      void navigate({
        to: '/explorer',
        search: Object.fromEntries(specToSearchParams(next)),
        replace: mode === 'replace',
        // A control changed the view, not the page: the reader stays where they are.
        resetScroll: false,
      });
    },
    [navigate],
  );
  return { spec: parsed.spec, notices: parsed.notices, searchKey: params.toString(), setSpec };
}
