// Ranked horizontal bars with their values written on them; the hidden table lists the same numbers.
import { useMemo } from 'react';
import { FONT_SIZE } from '../kit/time-frame';
import type { TooltipText } from '../kit/ChartTooltip';
import { DataTable } from '../kit/DataTable';
import { useElementWidth } from '../kit/useElementWidth';
import { rankedBarLayout, type RankedBarData } from './layout';

export interface RankedBarChartProps {
  data: RankedBarData;
  label: string;
  tableCaption: string;
  text: TooltipText;
  formatValue: (value: number | null) => string;
  highlighted?: string | null;
}

const diamond = (x: number, y: number, r: number) =>
  `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

export function RankedBarChart({
  data,
  label,
  tableCaption,
  text,
  formatValue,
  highlighted,
}: RankedBarChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => rankedBarLayout(data, width), [data, width]);
  const shown = useMemo(
    () => data.series.map((s) => ({ ...s, points: s.points.filter((p) => p.period === data.period) })),
    [data],
  );
  return (
    <div className="chart-body" ref={containerRef}>
      <svg
        role="img"
        aria-label={label}
        width={layout.width}
        height={layout.height}
        className="line-chart ranked-bar-chart"
      >
        <g className="axes" fontSize={FONT_SIZE} aria-hidden="true">
          <text className="unit-label" x={0} y={14}>
            {layout.unitLabel}
          </text>
          {layout.ticks.map((tick) => (
            <g key={tick.label}>
              <line className="grid" x1={tick.x} x2={tick.x} y1={layout.plotTop - 4} y2={layout.plotBottom} />
              <text x={tick.x} y={layout.plotBottom + 16} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          <line
            className="baseline"
            x1={layout.zeroX}
            x2={layout.zeroX}
            y1={layout.plotTop - 4}
            y2={layout.plotBottom}
          />
        </g>
        {layout.bars.map((bar) => (
          <g
            key={bar.key}
            data-series-key={bar.key}
            className={
              !highlighted ? 'series' : bar.key === highlighted ? 'series highlighted' : 'series dimmed'
            }
          >
            <title>{`${bar.fullLabel}: ${formatValue(bar.value)}`}</title>
            <text
              x={bar.labelX}
              y={bar.labelY}
              dy="0.32em"
              textAnchor={layout.width < 520 ? 'start' : 'end'}
              fontSize={FONT_SIZE}
              className="bar-label"
            >
              {bar.label}
            </text>
            {bar.value !== null ? (
              <rect
                data-period={data.period}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={bar.colour.line}
              />
            ) : null}
            <text
              x={bar.valueX}
              y={bar.y + bar.height / 2}
              dy="0.32em"
              textAnchor={bar.valueAnchor}
              fontSize={FONT_SIZE}
              className={bar.value === null ? 'bar-value missing' : 'bar-value'}
            >
              {bar.valueText}
            </text>
          </g>
        ))}
        {layout.references.map((mark) => (
          <g key={mark.id} className="reference-mark" data-reference-id={mark.id}>
            <path d={diamond(mark.x, mark.y, 6)} />
            <g>
              <title>{`${mark.label} (${mark.sourceTitle})`}</title>
              <text x={mark.x} y={mark.y - 10} textAnchor="middle" fontSize={FONT_SIZE - 1}>
                {mark.label}
              </text>
            </g>
          </g>
        ))}
      </svg>
      <DataTable caption={tableCaption} series={shown} text={text} formatValue={formatValue} />
    </div>
  );
}
