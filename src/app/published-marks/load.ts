// The lazy half of usePublishedMarks: reads the manifest (a build may not have the optional file) and the
// published totals through the app's own queries, so they are fetched once and validated like every table.
import type { QueryClient } from '@tanstack/react-query';
import { DATA_FILES } from '../../data/files';
import { listsFile } from '../../data/query/dataset-availability';
import { manifestQuery, tableQuery } from '../data/queries';
import type { GaccColumn } from './eligible';
import { gaccMarks } from './gacc-marks';
import type { PublishedMarks } from './PublishedChart';

export async function loadPublishedMarks(
  client: QueryClient,
  column: GaccColumn,
  ytd: boolean,
): Promise<PublishedMarks> {
  const manifest = await client.fetchQuery(manifestQuery);
  if (!listsFile(manifest, DATA_FILES.gaccReportedTotals)) return { marks: [], offerYtd: false };
  if (!ytd) return { marks: [], offerYtd: true };
  const table = await client.fetchQuery(tableQuery(DATA_FILES.gaccReportedTotals, 'published-totals'));
  return { marks: gaccMarks(table.rows, column), offerYtd: false };
}
