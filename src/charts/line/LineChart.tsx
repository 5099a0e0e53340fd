// A line chart with direct labels, basis breaks, an event strip, a tooltip on hover and keyboard focus
// (arrow keys move between periods) and a hidden data table.
import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useElementWidth } from '../useElementWidth';
import { ChartTooltip, type TooltipText } from './ChartTooltip';
import { DataTable } from './DataTable';
import { EventMarkers } from './EventMarkers';
import { lineChartLayout } from './layout';
import { summarisePeriod } from './period-summary';
import { PlotSvg } from './PlotSvg';
import type { ColumnMark, LineChartData } from './types';

export interface LineChartProps {
  data: LineChartData;
  /** Accessible name of the SVG: what the chart shows. */
  label: string;
  tableCaption: string;
  text: TooltipText;
}

function nearestColumn(columns: readonly ColumnMark[], x: number): ColumnMark | undefined {
  let best: ColumnMark | undefined;
  for (const column of columns) if (!best || Math.abs(column.x - x) < Math.abs(best.x - x)) best = column;
  return best;
}

function steppedPeriod(columns: readonly ColumnMark[], current: string | null, key: string): string | null {
  const index = columns.findIndex((c) => c.period === current);
  const last = columns.length - 1;
  const next: Record<string, number> = {
    ArrowLeft: Math.max(0, index - 1),
    ArrowRight: index === -1 ? 0 : Math.min(last, index + 1),
    Home: 0,
    End: last,
  };
  const target = next[key];
  return target === undefined ? null : (columns[target]?.period ?? null);
}

export function LineChart({ data, label, tableCaption, text }: LineChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => lineChartLayout(data, width), [data, width]);
  const [activePeriod, setActivePeriod] = useState<string | null>(null);
  const [activeEventId, setActiveEventId] = useState<string | null>(null);
  const active = layout.columns.find((c) => c.period === activePeriod);

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    setActivePeriod(nearestColumn(layout.columns, event.clientX - bounds.left)?.period ?? null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') return setActivePeriod(null);
    const period = steppedPeriod(layout.columns, activePeriod, event.key);
    if (period === null) return;
    event.preventDefault();
    setActivePeriod(period);
  };

  return (
    <div className="chart-body" ref={containerRef}>
      <div
        className="chart-plot"
        tabIndex={0}
        role="group"
        aria-label={`${label}. Use the left and right arrow keys to read the values year by year.`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActivePeriod(null)}
        onFocus={() => setActivePeriod((current) => current ?? layout.columns[0]?.period ?? null)}
        onBlur={() => setActivePeriod(null)}
        onKeyDown={onKeyDown}
      >
        <PlotSvg layout={layout} label={label} activePeriod={activePeriod} activeEventId={activeEventId} />
      </div>
      <EventMarkers
        events={layout.events}
        radius={layout.markerRadius}
        activeId={activeEventId}
        containerWidth={layout.width}
        onActivate={setActiveEventId}
      />
      {active && activePeriod ? (
        <ChartTooltip
          summary={summarisePeriod(data.series, activePeriod)}
          colours={data.colours}
          text={text}
          x={active.x}
          containerWidth={layout.width}
          top={layout.plot.top}
        />
      ) : null}
      <DataTable caption={tableCaption} series={data.series} text={text} />
    </div>
  );
}
