// Any ChartSpec as a figure: title, subtitle (units), the chart, source line, notes, notices and the chart's
// actions. Shows progress while its files load, and a message naming a failed file with Retry.
import { Suspense, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartNotes } from '../charts/spec-chart/ChartNotes';
import { preloadChartCode, SpecChartView } from '../charts/spec-chart/SpecChartView';
import type { ReferenceMark, SpecChartData } from '../charts/spec-chart/types';
import type { RowError } from '../data/tables';
import { chartTypeRow } from '../spec/chart-types';
import type { ChartSpec } from '../spec/schema';
import { specToQueryString } from '../spec/url';
import { explorerPath } from './actions/app-links';
import { usePublishedMarks } from './published-marks/usePublishedMarks';
import { ChartActions } from './actions/ChartActions';
import { LoadProgress } from './data/LoadProgress';
import { RowErrorsNotice } from './data/RowErrorsNotice';
import { specTitle } from './spec-data/describe-spec';
import { useSpecData } from './spec-data/useSpecData';

export interface SpecFigureProps {
  spec: ChartSpec;
  chartId: string;
  title?: string;
  subtitle?: string;
  referenceMarks?: readonly ReferenceMark[];
  /** 'embed': notes folded away, links open the full app in a new tab. */
  variant?: 'page' | 'embed';
  showExplore?: boolean;
  /** Fold the notes behind a disclosure (pages with many charts, like the story); embeds always fold them. */
  notesCollapsed?: boolean;
  /** Leave out Download / Embed / Explore (an embed whose host asked for no controls). */
  showActions?: boolean;
  /** The story step that shows this chart (its shared link opens the story there). */
  stepId?: string;
  /** The chart's data, computed at build time (a prerendered page): drawn at once, nothing is fetched. */
  data?: SpecChartData;
}

const EMPTY_MARKS: readonly ReferenceMark[] = [];

function SpecFigureBody(props: SpecFigureProps) {
  const { spec, chartId } = props;
  const state = useSpecData(spec, { title: props.title, subtitle: props.subtitle });
  // The chart type's code (a lazy chunk unless it is lines) loads beside the data, not after it.
  useEffect(() => preloadChartCode(spec), [spec.chart, spec.view]); // eslint-disable-line react-hooks/exhaustive-deps
  const loadingFrame = (files: string[]) => (
    <ChartFrame
      chartId={chartId}
      title={props.title ?? specTitle(spec, [], new Map())}
      subtitle={props.subtitle ?? ''}
      state="loading"
    >
      <LoadProgress files={files} />
    </ChartFrame>
  );
  if (state.status === 'loading') return loadingFrame(state.files);
  if (state.status === 'error') {
    return (
      <ChartFrame
        chartId={chartId}
        title={props.title ?? specTitle(spec, [], new Map())}
        subtitle={props.subtitle ?? ''}
        state="error"
      >
        <div className="load-error" role="alert">
          <p>{state.message}</p>
          <p>Check your connection, then try again.</p>
          <button type="button" onClick={state.retry}>
            Retry
          </button>
        </div>
      </ChartFrame>
    );
  }
  return <ReadyFigure {...props} data={state.data} rowErrors={state.rowErrors} loadingFrame={loadingFrame} />;
}

type ReadyFigureProps = SpecFigureProps & {
  data: SpecChartData;
  rowErrors: readonly RowError[];
  loadingFrame: (files: string[]) => ReactNode;
};

/** The drawn figure. Also what the build prerenders (scripts/prerender/), so a page can hydrate it as it is. */
function ReadyFigure(props: ReadyFigureProps) {
  const { data, rowErrors, chartId, variant = 'page', showExplore = true, showActions = true } = props;
  const published = usePublishedMarks(data.spec);
  const pageMarks = props.referenceMarks ?? EMPTY_MARKS;
  // Marks that come with the spec (published figures of what it shows) join the page's own, so the chart keeps
  // them when it is opened in the explorer or embedded.
  const referenceMarks = useMemo(
    () => (published.marks.length === 0 ? pageMarks : [...pageMarks, ...published.marks]),
    [pageMarks, published.marks],
  );
  const chartHost = useRef<HTMLDivElement>(null);
  const getSvg = useCallback(
    () => chartHost.current?.querySelector<SVGSVGElement>('svg[role="img"]') ?? null,
    [],
  );
  const drawsEvents = data.spec.view === 'chart' && chartTypeRow(data.spec.chart).events;
  // "ready" means drawn: while a lazily loaded chart type's code arrives, the figure still says loading.
  return (
    <Suspense fallback={props.loadingFrame([])}>
      <ChartFrame
        chartId={chartId}
        title={data.title}
        subtitle={data.subtitle}
        state="ready"
        sourceLine={data.sourceLine}
        footer={
          <>
            <ChartNotes
              caveats={data.caveats}
              events={drawsEvents ? data.events : []}
              collapsed={variant === 'embed' || props.notesCollapsed === true}
            />
            {showActions ? (
              <ChartActions
                data={data}
                getSvg={getSvg}
                showExplore={showExplore}
                external={variant === 'embed'}
                stepId={props.stepId}
              />
            ) : null}
          </>
        }
      >
        <RowErrorsNotice errors={rowErrors} />
        {published.offerYtd && data.spec.view === 'chart' ? (
          <YtdOffer spec={data.spec} external={variant === 'embed'} />
        ) : null}
        <div ref={chartHost}>
          <SpecChartView data={data} referenceMarks={referenceMarks} />
        </div>
      </ChartFrame>
    </Suspense>
  );
}

/** China Customs publishes this flow year to date: a link to the same chart shown that way, with its figures marked. */
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

function PreparedFigure(props: SpecFigureProps & { data: SpecChartData }) {
  const { spec, chartId } = props;
  useEffect(() => preloadChartCode(spec), [spec.chart, spec.view]); // eslint-disable-line react-hooks/exhaustive-deps
  const loadingFrame = () => (
    <ChartFrame chartId={chartId} title={props.data.title} subtitle={props.data.subtitle} state="loading">
      <LoadProgress files={[]} />
    </ChartFrame>
  );
  return <ReadyFigure {...props} rowErrors={NO_ROW_ERRORS} loadingFrame={loadingFrame} />;
}

const NO_ROW_ERRORS: readonly RowError[] = [];

/** A failed file shows inside the figure, named, with Retry: the rest of the page keeps working. */
export function SpecFigure(props: SpecFigureProps) {
  return props.data ? <PreparedFigure {...props} data={props.data} /> : <SpecFigureBody {...props} />;
}
