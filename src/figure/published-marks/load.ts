// The lazy half of usePublishedMarks: reads the manifest (a build may not have the optional files) and the
// published figures through the app's own queries, so they are fetched once and validated like every table.
import type { QueryClient } from '@tanstack/react-query';
import type { ReferenceMark } from '../../charts/kit/types';
import { DATA_FILES } from '../../data/files';
import { ensureCatalogue } from '../../i18n/i18n';
import { LATER_CATALOGUE } from '../../i18n/later-catalogue';
import { listsFile } from '../../query/dataset-availability';
import type { ChartSpec } from '../../spec/schema';
import { manifestQuery, tableQuery } from '../load/queries';
import { gaccColumnFor, headlineMarksFor } from './eligible';
import { gaccMarks } from './gacc-marks';
import { referenceMarks } from './headline-marks';
import type { PublishedMarks } from './PublishedChart';

/** China Customs' year-to-date totals: marks on a year-to-date line, else an offer to show it that way. */
async function gaccPart(client: QueryClient, spec: ChartSpec): Promise<PublishedMarks> {
  const column = gaccColumnFor(spec);
  if (column === null) return { marks: [], offerYtd: false };
  const manifest = await client.fetchQuery(manifestQuery);
  if (!listsFile(manifest, DATA_FILES.gaccReportedTotals)) return { marks: [], offerYtd: false };
  if (spec.transform.kind !== 'ytd') return { marks: [], offerYtd: true };
  const [table] = await Promise.all([
    client.fetchQuery(tableQuery(DATA_FILES.gaccReportedTotals, 'published-totals')),
    // The marks' Chinese and Russian words (gacc-marks.ts) are in the later catalogue: no embed waits for them.
    ensureCatalogue(LATER_CATALOGUE),
  ]);
  return { marks: gaccMarks(table.rows, column), offerYtd: false };
}

/** Headline figures (press and think tanks) that measure one of the chart's series. */
async function headlinePart(client: QueryClient, spec: ChartSpec): Promise<readonly ReferenceMark[]> {
  const wanted = headlineMarksFor(spec);
  if (wanted.length === 0) return [];
  const manifest = await client.fetchQuery(manifestQuery);
  if (!listsFile(manifest, DATA_FILES.headlineFigures)) return [];
  const [table] = await Promise.all([
    client.fetchQuery(tableQuery(DATA_FILES.headlineFigures, 'headlines')),
    // The label of a claim's translation (claim-words.ts) is in the later catalogue, like the GACC marks' words.
    ensureCatalogue(LATER_CATALOGUE),
  ]);
  return referenceMarks(table.rows, wanted);
}

export async function loadPublishedMarks(client: QueryClient, spec: ChartSpec): Promise<PublishedMarks> {
  const [gacc, headlines] = await Promise.all([gaccPart(client, spec), headlinePart(client, spec)]);
  return { marks: [...headlines, ...gacc.marks], offerYtd: gacc.offerYtd };
}
