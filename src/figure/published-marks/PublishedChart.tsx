// A chart whose spec has published figures of its own (see eligible.ts): the chart with them as cited marks, or,
// for China Customs' year-to-date totals shown otherwise than year to date, with a link to the year-to-date view
// where they can be compared. A lazy chunk: only such charts load it, so other charts (and the embed's first load)
// do not pay for it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SpecChartView } from '../../charts/spec-chart/SpecChartView';
import type { ReferenceMark } from '../../charts/kit/types';
import type { SpecChartData } from '../../charts/spec-chart/types';
import type { ChartSpec } from '../../spec/schema';
import { specToQueryString } from '../../spec/url';
import { explorerPath } from '../actions/app-links';
import { gaccColumnFor, headlineMarksFor } from './eligible';
import { loadPublishedMarks } from './load';
import { activeLocale, i18n } from '../../i18n/i18n';

export interface PublishedMarks {
  marks: readonly ReferenceMark[];
  /** The chart could show published year-to-date figures if it were shown year to date. */
  offerYtd: boolean;
}

/** The spec's published marks (none until loaded, or when this build lacks the optional file). */
function usePublishedMarks(spec: ChartSpec): PublishedMarks | undefined {
  const client = useQueryClient();
  // Keyed by what decides the marks (the GACC column, year to date or not, the headline figures and their
  // series), and by the language their words are written in, so a reader who switches gets marks in it.
  const key = [gaccColumnFor(spec), spec.transform.kind === 'ytd', headlineMarksFor(spec), activeLocale()];
  return useQuery({
    queryKey: ['published-marks', key],
    queryFn: () => loadPublishedMarks(client, spec),
    staleTime: Infinity,
  }).data;
}

/** China Customs publishes this flow year to date: a link to the same chart shown that way, figures marked. */
function YtdOffer({ spec, external }: { spec: ChartSpec; external: boolean }) {
  const path = explorerPath(specToQueryString({ ...spec, transform: { kind: 'ytd' } }));
  return (
    <p className="ytd-offer">
      {i18n._({ id: 'marks.ytd', message: 'China Customs publishes this flow as year-to-date totals.' })}{' '}
      <a
        href={external ? `${import.meta.env.BASE_URL}${path}` : path}
        {...(external ? { target: '_blank', rel: 'noopener' } : {})}
      >
        {i18n._({ id: 'marks.ytd-link', message: 'Show it year to date, with the published figures marked' })}
      </a>
    </p>
  );
}

const NO_MARKS: readonly ReferenceMark[] = [];

export default function PublishedChart(props: { data: SpecChartData; external: boolean }) {
  const { data, external } = props;
  const published = usePublishedMarks(data.spec);
  const marks = published?.marks ?? NO_MARKS;
  return (
    <>
      {published?.offerYtd && data.spec.view === 'chart' ? (
        <YtdOffer spec={data.spec} external={external} />
      ) : null}
      <SpecChartView data={data} referenceMarks={marks} />
    </>
  );
}
