// A line chart with direct labels, basis breaks (lines dashed across them), an event strip, cited reference
// marks, a tooltip on hover and keyboard focus (arrow keys move between periods) and a hidden data table.
import { useMemo } from 'react';
import { TimeChartShell, type TimeChartText } from '../kit/TimeChartShell';
import { useElementWidth } from '../kit/useElementWidth';
import { lineChartLayout } from './layout';
import { PlotSvg } from './PlotSvg';
import type { LineChartData } from '../kit/types';

export interface LineChartProps extends TimeChartText {
  data: LineChartData;
  highlighted?: string | null;
}

export function LineChart({ data, highlighted, ...text }: LineChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => lineChartLayout(data, width), [data, width]);
  return (
    <TimeChartShell
      containerRef={containerRef}
      frame={layout}
      series={data.series}
      colours={data.colours}
      {...text}
    >
      {({ activePeriod, activeEventId }) => (
        <PlotSvg
          layout={layout}
          label={text.label}
          activePeriod={activePeriod}
          activeEventId={activeEventId}
          highlighted={highlighted}
        />
      )}
    </TimeChartShell>
  );
}
