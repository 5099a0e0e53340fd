// Draws a computed line layout as SVG. No logic here beyond mapping marks to elements.
import { Axes, Breaks, Crosshair, EventGuides, ReferenceMarks } from '../kit/FrameSvg';
import { FONT_SIZE } from '../kit/time-frame';
import type { LineChartLayout, SeriesMark } from '../kit/types';

interface PlotSvgProps {
  layout: LineChartLayout;
  label: string;
  activePeriod: string | null;
  activeEventId: string | null;
  highlighted?: string | null;
}

function seriesClass(key: string, highlighted: string | null | undefined): string {
  if (!highlighted) return 'series';
  return key === highlighted ? 'series highlighted' : 'series dimmed';
}

export function SeriesLine({
  series,
  activePeriod,
  className,
}: {
  series: SeriesMark;
  activePeriod: string | null;
  className: string;
}) {
  return (
    <g data-series-key={series.key} className={className} stroke={series.colour.line}>
      {series.segments.map((segment, i) => (
        <path key={i} d={segment.d} fill="none" className={segment.dashed ? 'segment dashed' : 'segment'} />
      ))}
      {series.points.map((point) => (
        <circle
          key={point.period}
          data-period={point.period}
          cx={point.x}
          cy={point.y}
          r={point.period === activePeriod ? 5 : series.pointRadius}
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
  );
}

export function PlotSvg({ layout, label, activePeriod, activeEventId, highlighted }: PlotSvgProps) {
  return (
    <svg
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="line-chart"
    >
      <Breaks frame={layout} />
      <Axes frame={layout} />
      <EventGuides frame={layout} activeEventId={activeEventId} />
      <Crosshair frame={layout} period={activePeriod} />
      {layout.series.map((series) => (
        <SeriesLine
          key={series.key}
          series={series}
          activePeriod={activePeriod}
          className={seriesClass(series.key, highlighted)}
        />
      ))}
      <ReferenceMarks marks={layout.references} />
    </svg>
  );
}
