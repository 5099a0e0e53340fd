// A chart whose spec has published figures of its own (see eligible.ts): the chart with them as cited marks, or,
// shown otherwise than year to date, with a link to the year-to-date view where they can be compared. A lazy
// chunk: only such charts load it, so other charts (and the embed's first load) do not pay for it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SpecChartView } from '../../charts/spec-chart/SpecChartView';
import type { ReferenceMark, SpecChartData } from '../../charts/spec-chart/types';
import type { ChartSpec } from '../../spec/schema';
import { specToQueryString } from '../../spec/url';
import { explorerPath } from '../actions/app-links';
import { gaccColumnFor } from './eligible';
import { loadPublishedMarks } from './load';

export interface PublishedMarks {
  marks: readonly ReferenceMark[];
  /** The chart could show published year-to-date figures if it were shown year to date. */
  offerYtd: boolean;
}

/** The spec's published marks (none until loaded, or when this build lacks the optional file). */
function usePublishedMarks(spec: ChartSpec): PublishedMarks | undefined {
  const column = gaccColumnFor(spec);
  const ytd = spec.transform.kind === 'ytd';
  const client = useQueryClient();
  return useQuery({
    queryKey: ['published-marks', column, ytd],
    queryFn: () =>
      column === null ? { marks: [], offerYtd: false } : loadPublishedMarks(client, column, ytd),
    staleTime: Infinity,
  }).data;
}

/** China Customs publishes this flow year to date: a link to the same chart shown that way, figures marked. */
function YtdOffer({ spec, external }: { spec: ChartSpec; external: boolean }) {
  const path = explorerPath(specToQueryString({ ...spec, transform: { kind: 'ytd' } }));
  return (
    <p className="ytd-offer">
      China Customs publishes this flow as year-to-date totals.{' '}
      <a
        href={external ? `${import.meta.env.BASE_URL}${path}` : path}
        {...(external ? { target: '_blank', rel: 'noopener' } : {})}
      >
        Show it year to date, with the published figures marked
      </a>
    </p>
  );
}

export default function PublishedChart(props: {
  data: SpecChartData;
  referenceMarks: readonly ReferenceMark[];
  external: boolean;
}) {
  const { data, referenceMarks: pageMarks, external } = props;
  const published = usePublishedMarks(data.spec);
  // Marks that come with the spec join the page's own, so the chart keeps them in the explorer or an embed.
  const marks = useMemo(
    () => (published?.marks.length ? [...pageMarks, ...published.marks] : pageMarks),
    [pageMarks, published],
  );
  return (
    <>
      {published?.offerYtd && data.spec.view === 'chart' ? (
        <YtdOffer spec={data.spec} external={external} />
      ) : null}
      <SpecChartView data={data} referenceMarks={marks} />
    </>
  );
}
