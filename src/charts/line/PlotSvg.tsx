// Draws a computed layout as SVG. No logic here beyond mapping marks to elements.
import type { LineChartLayout } from './types';
import { FONT_SIZE } from './layout';

interface PlotSvgProps {
  layout: LineChartLayout;
  label: string;
  activePeriod: string | null;
  activeEventId: string | null;
}

function Axes({ layout }: { layout: LineChartLayout }) {
  const { plot } = layout;
  return (
    <g className="axes" fontSize={FONT_SIZE} aria-hidden="true">
      {layout.yTicks.map((tick) => (
        <g key={tick.label} transform={`translate(0,${tick.y})`}>
          <line className="grid" x1={plot.left} x2={plot.right} />
          <text x={plot.left - 8} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {layout.yearBoundaries.map((x) => (
        <line key={x} className="year-tick" x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 5} />
      ))}
      <line className="baseline" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {layout.xTicks.map((tick) => (
        <text key={tick.label} x={tick.x} y={plot.bottom + 18} textAnchor="middle">
          {tick.label}
        </text>
      ))}
    </g>
  );
}

function Breaks({ layout }: { layout: LineChartLayout }) {
  return layout.breaks.map((mark) => (
    <g key={mark.id} className="break" data-break={mark.id}>
      <rect
        x={mark.x}
        y={layout.plot.top}
        width={layout.plot.right - mark.x}
        height={layout.plot.bottom - layout.plot.top}
      />
      <line x1={mark.x} x2={mark.x} y1={mark.labelY - 10} y2={layout.plot.bottom} />
      <text x={mark.x + 5} y={mark.labelY} fontSize={FONT_SIZE - 1}>
        {mark.labelLines.map((line, i) => (
          <tspan key={i} x={mark.x + 5} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  ));
}

function EventGuides({ layout, activeEventId }: { layout: LineChartLayout; activeEventId: string | null }) {
  return layout.events.map((mark) => (
    <g key={mark.id} className={mark.id === activeEventId ? 'event-guide active' : 'event-guide'}>
      <line
        className="leader"
        x1={mark.x}
        x2={mark.dateX}
        y1={mark.y + layout.markerRadius}
        y2={layout.eventStripBottom}
      />
      {mark.id === activeEventId ? (
        <line x1={mark.dateX} x2={mark.dateX} y1={layout.eventStripBottom} y2={layout.plot.bottom} />
      ) : null}
    </g>
  ));
}

function SeriesLines({ layout, activePeriod }: { layout: LineChartLayout; activePeriod: string | null }) {
  return layout.series.map((series) => (
    <g key={series.key} data-series-key={series.key} className="series" stroke={series.colour.line}>
      {series.segments.map((segment, i) => (
        <path key={i} d={segment.d} fill="none" className={segment.dashed ? 'segment dashed' : 'segment'} />
      ))}
      {series.points.map((point) => (
        <circle
          key={point.period}
          data-period={point.period}
          cx={point.x}
          cy={point.y}
          r={point.period === activePeriod ? 5 : 3}
          fill={series.colour.line}
        />
      ))}
      {series.endLabel ? (
        <text
          x={series.endLabel.x}
          y={series.endLabel.y}
          dy="0.32em"
          fill={series.colour.text}
          stroke="none"
          fontSize={FONT_SIZE}
          fontWeight={600}
        >
          {series.label}
        </text>
      ) : null}
    </g>
  ));
}

export function PlotSvg({ layout, label, activePeriod, activeEventId }: PlotSvgProps) {
  const active = layout.columns.find((c) => c.period === activePeriod);
  return (
    <svg
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="line-chart"
    >
      <Breaks layout={layout} />
      <Axes layout={layout} />
      <EventGuides layout={layout} activeEventId={activeEventId} />
      {active ? (
        <line
          className="crosshair"
          x1={active.x}
          x2={active.x}
          y1={layout.plot.top}
          y2={layout.plot.bottom}
        />
      ) : null}
      <SeriesLines layout={layout} activePeriod={activePeriod} />
    </svg>
  );
}
