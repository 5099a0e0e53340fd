// Placeholder owned by the download/embed work: every chart's "Explore", "Download data" and "Embed" actions.
import type { SpecChartData } from '../../charts/spec-chart/types';

export interface ChartActionsProps {
  data: SpecChartData;
  /** The chart's SVG element, for PNG/SVG export. */
  getSvg: () => SVGSVGElement | null;
  /** Hide "Explore" when already in the explorer. */
  showExplore?: boolean;
}

export function ChartActions(_props: ChartActionsProps) {
  return null;
}
