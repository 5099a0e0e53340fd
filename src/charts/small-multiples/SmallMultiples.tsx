// Small multiples in one SVG (one picture to export), with a switch between a shared and an own value axis.
import { useMemo, useState } from 'react';
import { Axes, Breaks } from '../kit/FrameSvg';
import type { TooltipText } from '../kit/ChartTooltip';
import { DataTable } from '../kit/DataTable';
import { shortLabel } from '../line/layout';
import type { LineChartData } from '../kit/types';
import { SeriesLine } from '../line/PlotSvg';
import { estimateTextWidth } from '../kit/text-layout';
import { unitAxisLabel } from '../kit/unit-format';
import { useElementWidth } from '../kit/useElementWidth';
import { smallMultiplesLayout, type YMode } from './layout';
import { i18n } from '../../i18n/i18n';

export interface SmallMultiplesProps {
  data: LineChartData;
  label: string;
  tableCaption: string;
  text: TooltipText;
  formatValue: (value: number | null) => string;
  highlighted?: string | null;
}

export function SmallMultiples({
  data,
  label,
  tableCaption,
  text,
  formatValue,
  highlighted,
}: SmallMultiplesProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(720);
  const [mode, setMode] = useState<YMode>('shared');
  const layout = useMemo(() => smallMultiplesLayout(data, width, mode), [data, width, mode]);
  return (
    <div className="chart-body" ref={containerRef}>
      <div className="small-multiples-bar">
        <span className="unit-note">{unitAxisLabel(data.unit)}</span>
        <button
          type="button"
          aria-pressed={mode === 'independent'}
          onClick={() => setMode(mode === 'shared' ? 'independent' : 'shared')}
        >
          {mode === 'shared'
            ? i18n._({ id: 'chart.scale-shared', message: 'Same scale for all: show each on its own scale' })
            : i18n._({ id: 'chart.scale-own', message: 'Own scale each: show all on one scale' })}
        </button>
      </div>
      <svg
        role="img"
        aria-label={label}
        width={layout.width}
        height={layout.height}
        className="line-chart small-multiples"
      >
        {layout.panels.map((panel) => {
          const series = panel.layout.series[0];
          const titleWidth = panel.layout.width - 4;
          const maxChars = Math.max(8, Math.floor(titleWidth / estimateTextWidth('x', 12)));
          return (
            <g
              key={panel.key}
              transform={`translate(${panel.x},${panel.y})`}
              className={highlighted && highlighted !== panel.key ? 'panel dimmed' : 'panel'}
            >
              <text
                className="panel-title"
                x={0}
                y={-6}
                fontSize={12}
                fontWeight={600}
                fill={series?.colour.text}
              >
                {shortLabel(panel.title, maxChars)}
              </text>
              <Breaks frame={panel.layout} />
              <Axes frame={panel.layout} />
              {series ? <SeriesLine series={series} activePeriod={null} className="series" /> : null}
            </g>
          );
        })}
      </svg>
      <DataTable caption={tableCaption} series={data.series} text={text} formatValue={formatValue} />
    </div>
  );
}
