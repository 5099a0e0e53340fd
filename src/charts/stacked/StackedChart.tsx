// Stacked area or stacked bars over time, on the same frame as the line chart: breaks drawn as a band,
// events above, tooltip and keyboard reading, hidden data table.
import { useMemo } from 'react';
import { Axes, Breaks, Crosshair, EventGuides, ReferenceMarks } from '../kit/FrameSvg';
import { FONT_SIZE } from '../kit/time-frame';
import { TimeChartShell, type TimeChartText } from '../kit/TimeChartShell';
import type { LineChartData } from '../kit/types';
import { useElementWidth } from '../kit/useElementWidth';
import { stackedLayout, type StackBand, type StackKind, type StackedLayout } from './layout';

export interface StackedChartProps extends TimeChartText {
  data: LineChartData;
  kind: StackKind;
  highlighted?: string | null;
}

function bandClass(key: string, highlighted: string | null | undefined) {
  if (!highlighted) return 'series band';
  return key === highlighted ? 'series band highlighted' : 'series band dimmed';
}

function Band({
  band,
  layout,
  activePeriod,
  className,
}: {
  band: StackBand;
  layout: StackedLayout;
  activePeriod: string | null;
  className: string;
}) {
  return (
    <g data-series-key={band.key} className={className} fill={band.colour.line}>
      {band.d ? <path d={band.d} className="area" /> : null}
      {band.segments.map((s) =>
        layout.kind === 'bar' ? (
          <rect
            key={s.period}
            data-period={s.period}
            x={s.x - layout.barWidth / 2}
            y={s.y1}
            width={layout.barWidth}
            height={Math.max(0, s.y0 - s.y1)}
            className={s.period === activePeriod ? 'bar active' : 'bar'}
          />
        ) : (
          <circle
            key={s.period}
            data-period={s.period}
            cx={s.x}
            cy={s.y1}
            r={s.period === activePeriod ? 4 : 0}
          />
        ),
      )}
      {band.endLabel ? (
        <text
          x={band.endLabel.x}
          y={band.endLabel.y}
          dy="0.32em"
          fill={band.colour.text}
          fontSize={FONT_SIZE}
          fontWeight={600}
        >
          {band.label}
        </text>
      ) : null}
    </g>
  );
}

export function StackedChart({ data, kind, highlighted, ...text }: StackedChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => stackedLayout(data, width, kind), [data, width, kind]);
  return (
    <TimeChartShell
      containerRef={containerRef}
      frame={layout}
      series={data.series}
      colours={data.colours}
      {...text}
    >
      {({ activePeriod, activeEventId }) => (
        <svg
          role="img"
          aria-label={text.label}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="line-chart stacked-chart"
        >
          <Breaks frame={layout} />
          <Axes frame={layout} />
          <EventGuides frame={layout} activeEventId={activeEventId} />
          {layout.bands.map((band) => (
            <Band
              key={band.key}
              band={band}
              layout={layout}
              activePeriod={activePeriod}
              className={bandClass(band.key, highlighted)}
            />
          ))}
          {kind === 'area' ? <Crosshair frame={layout} period={activePeriod} /> : null}
          <ReferenceMarks marks={layout.references} />
        </svg>
      )}
    </TimeChartShell>
  );
}
