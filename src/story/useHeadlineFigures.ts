// headline_figures.csv is optional: a build from origin has none, and its manifest then lists no such file. The
// story asks the manifest first and loads the file only when it is there; without it the figures are an empty
// list (nothing cited, no reference mark drawn), never a request for a file the build does not have.
import { useQuery } from '@tanstack/react-query';
import { manifestQuery, tableQuery } from '../figure/load/queries';
import { DATA_FILES } from '../data/files';
import { listsFile } from '../query/dataset-availability';
import type { HeadlineFigure } from '../data/schema';

const NONE: readonly HeadlineFigure[] = [];

/** The published figures of this build, [] when it has none, or undefined while the manifest or file loads. */
export function useHeadlineFigures(): readonly HeadlineFigure[] | undefined {
  const manifest = useQuery(manifestQuery).data;
  const listed = manifest === undefined ? undefined : listsFile(manifest, DATA_FILES.headlineFigures);
  const table = useQuery({
    ...tableQuery(DATA_FILES.headlineFigures, 'headlines'),
    enabled: listed === true,
    throwOnError: true,
  }).data;
  if (listed === false) return NONE;
  return table?.rows;
}
