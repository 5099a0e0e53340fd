// Published figures that belong on a chart because of what it shows, not because of the page showing it: the
// same spec draws the same cited marks in the story, the explorer and an embed. Today: China Customs'
// year-to-date totals (gacc_reported_totals.csv, optional) on China's monthly totals shown year to date. The
// marks' code loads only for such a chart, so other charts (and the embed's first load) do not pay for it.
import { useQuery } from '@tanstack/react-query';
import type { ReferenceMark } from '../../charts/spec-chart/types';
import { DATA_FILES } from '../../data/files';
import { listsFile } from '../../data/query/dataset-availability';
import type { ChartSpec } from '../../spec/schema';
import { manifestQuery, tableQuery } from '../data/queries';
import { gaccColumnFor } from './eligible';

export interface PublishedMarks {
  marks: readonly ReferenceMark[];
  /** The chart could show published year-to-date figures if it were shown year to date. */
  offerYtd: boolean;
}

const NONE: PublishedMarks = { marks: [], offerYtd: false };

export function usePublishedMarks(spec: ChartSpec): PublishedMarks {
  const column = gaccColumnFor(spec);
  const manifest = useQuery({ ...manifestQuery, enabled: column !== null }).data;
  const listed =
    column !== null && manifest !== undefined && listsFile(manifest, DATA_FILES.gaccReportedTotals);
  const ytd = spec.transform.kind === 'ytd';
  const table = useQuery({
    ...tableQuery(DATA_FILES.gaccReportedTotals, 'published-totals'),
    enabled: listed && ytd,
  }).data;
  const marks = useQuery({
    queryKey: ['published-marks', column, table?.rows],
    queryFn: async () => {
      const { gaccMarks } = await import('./gacc-marks');
      return table && column ? gaccMarks(table.rows, column) : [];
    },
    enabled: table !== undefined && column !== null && ytd,
    staleTime: Infinity,
  }).data;
  if (!listed) return NONE;
  return { marks: ytd ? (marks ?? []) : [], offerYtd: !ytd };
}
