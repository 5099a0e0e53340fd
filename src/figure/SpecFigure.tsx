// Any ChartSpec as a figure: title, subtitle (units), the chart, source line, notes, notices and the chart's
// actions. Shows progress while its files load, and a message naming a failed file with Retry.
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { ChartFrame } from '../charts/kit/ChartFrame';
import { ChartNotes } from '../charts/spec-chart/ChartNotes';
import { loadChartCode, preloadChartCode, SpecChartView } from '../charts/spec-chart/SpecChartView';
import type { SpecChartData } from '../charts/spec-chart/types';
import type { RowError } from '../data/tables';
import { chartTypeRow } from '../spec/chart-types';
import type { ChartSpec } from '../spec/schema';
import { hasPublishedFigures } from './published-marks/eligible';
// The actions' stylesheet comes with the figure: a prerendered page shows the actions, styled, before their code is here.
import './actions/actions.css';
import { LoadProgress } from './load/LoadProgress';
import { RowErrorsWhenAny } from './load/RowErrorsWhenAny';
import { specTitle } from './spec-data/describe-spec';
import { useSpecData } from './spec-data/useSpecData';
import { i18n } from '../i18n/i18n';
import { afterPaint } from '../charts/kit/after-paint';

export interface SpecFigureProps {
  spec: ChartSpec;
  chartId: string;
  title?: string;
  subtitle?: string;
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
  /**
   * This very spec's data as the build computed it (the explorer's presets, the story's first chart), drawn
   * instead of the figure's own while it is given. The figure still loads its files (the page needs them next),
   * and stays the same element when the spec moves on, so a change of view never remounts the chart.
   */
  builtData?: SpecChartData;
}

type PublishedModule = typeof import('./published-marks/PublishedChart');
let publishedModule: PublishedModule | null = null;
const importPublished = () =>
  import('./published-marks/PublishedChart').then((module) => (publishedModule = module));
// Once loaded (loadFigureCode), it renders without suspending, so a prerendered page holds its SVG and hydrates
// in place rather than showing the fallback.
const PublishedChart = lazy(() =>
  publishedModule
    ? ({
        then: (resolve: (m: PublishedModule) => void) => resolve(publishedModule as PublishedModule),
      } as unknown as Promise<PublishedModule>)
    : importPublished(),
);

// Download, Share, Embed and Explore: no use before the chart is drawn, so not part of the first load. Their
// code is fetched when a figure mounts, beside its data, and drawn in a Suspense boundary of its own: the chart
// never waits for it.
type ActionsModule = typeof import('./actions/ChartActions');
let actionsModule: ActionsModule | null = null;
const importActions = () => import('./actions/ChartActions').then((module) => (actionsModule = module));
const ChartActions = lazy(() =>
  actionsModule
    ? ({
        then: (resolve: (m: { default: ActionsModule['ChartActions'] }) => void) =>
          resolve({ default: (actionsModule as ActionsModule).ChartActions }),
      } as unknown as Promise<{ default: ActionsModule['ChartActions'] }>)
    : importActions().then((module) => ({ default: module.ChartActions })),
);
/**
 * Loads the actions' code once the figure's chart is painted (its SVG is in `host`, then a frame), so it never
 * competes with the chart's own data and code, and then calls `loaded`. A chart whose width is not known yet has
 * no SVG: this waits for it.
 */
function useActionsAfterDraw(wanted: boolean, host: RefObject<HTMLElement | null>, loaded: () => void): void {
  useEffect(() => {
    const element = host.current;
    if (!wanted || !element) return;
    let live = true;
    let cancel = () => {};
    const start = () => {
      if (!element.querySelector('svg')) return false;
      cancel = afterPaint(
        () =>
          void importActions().then(() => {
            if (live) loaded();
          }),
      );
      return true;
    };
    const observer = new MutationObserver(() => {
      if (start()) observer.disconnect();
    });
    if (!start()) observer.observe(element, { childList: true, subtree: true });
    return () => {
      live = false;
      observer.disconnect();
      cancel();
    };
  }, [wanted, host, loaded]);
}

interface ActionsLoaderProps {
  wanted: boolean;
  host: RefObject<HTMLElement | null>;
  loaded: () => void;
}

/** Renders nothing: inside the chart's Suspense boundary, so it mounts when the chart's code is here. */
function LoadActionsWhenDrawn({ wanted, host, loaded }: ActionsLoaderProps) {
  useActionsAfterDraw(wanted, host, loaded);
  return null;
}

/** Loads every lazy chunk a spec's figure draws with: the build and hydration await it before rendering. */
export async function loadFigureCode(spec: ChartSpec): Promise<void> {
  await Promise.all([loadChartCode(spec), hasPublishedFigures(spec) ? importPublished() : null]);
}

/**
 * Loads the actions' code. The build awaits it before rendering a figure to HTML, so the HTML holds the actions;
 * a hydrating page only starts it: until it is here, React leaves the actions' HTML as it is (their own Suspense
 * boundary) and hydrates them when it arrives, so the chart's hydration never waits for it.
 */
export async function loadFigureActions(): Promise<void> {
  await importActions();
}

/** Lines and stacks draw a plot of chartHeight on a time frame; bars, small multiples and tables vary. */
const drawsOnTimeFrame = (spec: SpecFigureProps['spec']) =>
  spec.view === 'chart' && ['line', 'stacked'].includes(chartTypeRow(spec.chart).code);

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
      <LoadProgress files={files} timeChart={drawsOnTimeFrame(spec)} />
    </ChartFrame>
  );
  if (props.builtData) {
    return (
      <ReadyFigure {...props} data={props.builtData} rowErrors={NO_ROW_ERRORS} loadingFrame={loadingFrame} />
    );
  }
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
          <p>{i18n._({ id: 'load.check', message: 'Check your connection, then try again.' })}</p>
          <button type="button" onClick={state.retry}>
            {i18n._({ id: 'load.retry', message: 'Retry' })}
          </button>
        </div>
      </ChartFrame>
    );
  }
  return (
    <ReadyFigure
      {...props}
      data={state.data}
      rowErrors={state.rowErrors}
      loadingFrame={loadingFrame}
      deferActions
    />
  );
}

type ReadyFigureProps = SpecFigureProps & {
  data: SpecChartData;
  /** Load the actions' code only once the chart is drawn (a figure drawn from fetched data). */
  deferActions?: boolean;
  rowErrors: readonly RowError[];
  loadingFrame: (files: string[]) => ReactNode;
};

/** The drawn figure. Also what the build prerenders (scripts/prerender/), so a page can hydrate it as it is. */
function ReadyFigure(props: ReadyFigureProps) {
  const { data, rowErrors, chartId, variant = 'page', showExplore = true, showActions = true } = props;
  const chartHost = useRef<HTMLDivElement>(null);
  // A figure drawn from fetched data renders its actions once their code is here (rendered earlier, their lazy
  // component would fetch it at once, before the chart is drawn); one drawn from built data (a prerendered page
  // hydrating) keeps the actions' HTML it was served with until then (their Suspense boundary).
  const [actionsHere, setActionsHere] = useState(() => actionsModule !== null || props.deferActions !== true);
  const actionsLoaded = useCallback(() => setActionsHere(true), []);
  const waitsForActions = showActions && !actionsHere;
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
            {waitsForActions ? <div className="chart-actions-pending" aria-hidden="true" /> : null}
            {showActions && actionsHere ? (
              <Suspense fallback={<div className="chart-actions-pending" aria-hidden="true" />}>
                <ChartActions
                  data={data}
                  getSvg={getSvg}
                  showExplore={showExplore}
                  external={variant === 'embed'}
                  stepId={props.stepId}
                />
              </Suspense>
            ) : null}
          </>
        }
      >
        <RowErrorsWhenAny errors={rowErrors} />
        <LoadActionsWhenDrawn wanted={waitsForActions} host={chartHost} loaded={actionsLoaded} />
        <div ref={chartHost}>
          {!hasPublishedFigures(data.spec) ? (
            <SpecChartView data={data} />
          ) : (
            // Published figures come with this spec: drawn by a lazy chunk (story, explorer and embed alike).
            <PublishedChart data={data} external={variant === 'embed'} />
          )}
        </div>
      </ChartFrame>
    </Suspense>
  );
}

function PreparedFigure(props: SpecFigureProps & { data: SpecChartData }) {
  const { spec, chartId } = props;
  useEffect(() => preloadChartCode(spec), [spec.chart, spec.view]); // eslint-disable-line react-hooks/exhaustive-deps
  const loadingFrame = () => (
    <ChartFrame chartId={chartId} title={props.data.title} subtitle={props.data.subtitle} state="loading">
      <LoadProgress files={[]} timeChart={drawsOnTimeFrame(spec)} />
    </ChartFrame>
  );
  return <ReadyFigure {...props} rowErrors={NO_ROW_ERRORS} loadingFrame={loadingFrame} />;
}

const NO_ROW_ERRORS: readonly RowError[] = [];

/** A failed file shows inside the figure, named, with Retry: the rest of the page keeps working. */
export function SpecFigure(props: SpecFigureProps) {
  return props.data ? <PreparedFigure {...props} data={props.data} /> : <SpecFigureBody {...props} />;
}
