// A grid of small line charts, one per series, on one shared value axis (comparing sizes) or each on its
// own (comparing shapes). Columns follow the width, so a phone gets one chart per row.
import { valueExtent } from '../kit/y-scale';
import { lineChartLayout } from '../line/layout';
import type { LineChartData, LineChartLayout } from '../kit/types';

export type YMode = 'shared' | 'independent';

export interface Panel {
  key: string;
  title: string;
  x: number;
  y: number;
  layout: LineChartLayout;
}

export interface SmallMultiplesLayout {
  width: number;
  height: number;
  panels: Panel[];
}

const TITLE_HEIGHT = 20;
const GAP = 16;
const TOP = 6;

export function columnCount(width: number, count: number): number {
  const wanted = width < 480 ? 1 : width < 820 ? 2 : 3;
  return Math.max(1, Math.min(wanted, count));
}

export function smallMultiplesLayout(data: LineChartData, width: number, mode: YMode): SmallMultiplesLayout {
  const columns = columnCount(width, data.series.length);
  const panelWidth = Math.floor((width - GAP * (columns - 1)) / columns);
  const panelHeight = columns === 1 ? 170 : 190;
  const shared = valueExtent(
    data.series.flatMap((s) => s.points.map((p) => p.value)),
    data.scale,
  );
  // Break labels belong to the page's notes here: in every panel they would crowd the lines out.
  const breaks = data.breaks.map((b) => ({ ...b, label: '' }));
  const panels = data.series.map((series, i): Panel => {
    const own: LineChartData = { ...data, series: [series], breaks, events: [], directLabels: false };
    const layout = lineChartLayout(
      mode === 'shared' ? { ...own, extent: shared } : own,
      panelWidth,
      panelHeight,
    );
    return {
      key: series.key,
      title: series.label,
      x: (i % columns) * (panelWidth + GAP),
      y: TOP + Math.floor(i / columns) * (panelHeight + TITLE_HEIGHT + GAP) + TITLE_HEIGHT,
      layout,
    };
  });
  const rows = Math.ceil(data.series.length / columns);
  return { width, height: TOP + rows * (panelHeight + TITLE_HEIGHT + GAP), panels };
}
