// What every time chart wraps around its SVG: the focusable plot (tooltip on hover and arrow keys), the
// event markers as buttons, the tooltip, and the visually hidden data table for screen readers.
import { lazy, Suspense, useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { Series } from '../../data/series';
import type { SeriesColour } from './palette';
import type { TooltipText } from './ChartTooltip';
import { DataTable } from './DataTable';
import { summarisePeriod } from './period-summary';
import type { TimeFrame } from './types';
import { usePeriodCursor } from './usePeriodCursor';
import { i18n } from '../../i18n/i18n';
import { afterPaint } from './after-paint';

export interface TimeChartText {
  label: string;
  tableCaption: string;
  text: TooltipText;
  formatValue: (value: number | null) => string;
}

interface TimeChartShellProps extends TimeChartText {
  containerRef: RefObject<HTMLDivElement | null>;
  frame: TimeFrame;
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  children: (state: { activePeriod: string | null; activeEventId: string | null }) => ReactNode;
}

const loadMarkers = () => import('./EventMarkers');
const EventMarkers = lazy(() => loadMarkers().then((module) => ({ default: module.EventMarkers })));
const loadTooltip = () => import('./ChartTooltip');
const ChartTooltip = lazy(() => loadTooltip().then((module) => ({ default: module.ChartTooltip })));

/**
 * The buttons and popovers over the event labels, and the tooltip, load once the chart is painted (the labels
 * themselves are in the SVG): they are no use before the script runs, and the embed's first load stays small.
 * Drawn only after their module is here, so hydration never meets them. The tooltip's module arrives right
 * after the chart is drawn, before a reader can point at it; a period chosen earlier shows when it is here.
 */
function useLoadedAfterMount(load: () => Promise<unknown>, wanted: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const cancel = afterPaint(
      () =>
        void load().then(() => {
          if (live) setReady(true);
        }),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [load, wanted]);
  return ready;
}

export function TimeChartShell({
  containerRef,
  children,
  frame,
  series,
  colours,
  label,
  tableCaption,
  text,
  formatValue,
}: TimeChartShellProps) {
  const { activePeriod, handlers } = usePeriodCursor(frame.columns);
  const [activeEventId, setActiveEventId] = useState<string | null>(null);
  const active = frame.columns.find((c) => c.period === activePeriod);
  // One whole sentence per frequency: "month by month" is not word for word in Chinese or Russian.
  const keys =
    frame.columns[0]?.period.length === 7
      ? i18n._(
          {
            id: 'chart.keys-m',
            message: '{label}. Use the left and right arrow keys to read the values month by month.',
          },
          { label },
        )
      : i18n._(
          {
            id: 'chart.keys-y',
            message: '{label}. Use the left and right arrow keys to read the values year by year.',
          },
          { label },
        );
  const markersReady = useLoadedAfterMount(loadMarkers, frame.events.length > 0 || frame.eventGroup !== null);
  const tooltipReady = useLoadedAfterMount(loadTooltip, true);
  return (
    <div className="chart-body" ref={containerRef}>
      <div className="chart-plot" tabIndex={0} role="group" aria-label={keys} {...handlers}>
        {children({ activePeriod, activeEventId })}
      </div>
      {markersReady ? (
        <Suspense fallback={null}>
          <EventMarkers
            labels={frame.events}
            group={frame.eventGroup}
            containerWidth={frame.width}
            onActivate={setActiveEventId}
          />
        </Suspense>
      ) : null}
      {tooltipReady && active && activePeriod ? (
        <Suspense fallback={null}>
          <ChartTooltip
            summary={summarisePeriod(series, activePeriod)}
            colours={colours}
            text={text}
            formatValue={formatValue}
            x={active.x}
            containerWidth={frame.width}
            top={frame.plot.top}
          />
        </Suspense>
      ) : null}
      <DataTable caption={tableCaption} series={series} text={text} formatValue={formatValue} />
    </div>
  );
}
