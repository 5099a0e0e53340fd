// Chart types, one row each: every fact the spec rules, the explorer's controls and the chart view need about a
// type. A new type is a row here (a missing field is a compile error) plus the component that draws it; the code
// that loads that component is keyed by `code` in src/charts/spec-chart/SpecChartView.tsx.

export const CHART_TYPES = ['line', 'stacked-area', 'stacked-bar', 'ranked-bar', 'small-multiples'] as const;
type ChartType = (typeof CHART_TYPES)[number];

export interface ChartTypeRow {
  /** The module that draws it: lines are always loaded, the others are lazy chunks (one may draw several types). */
  code: 'line' | 'stacked' | 'ranked-bar' | 'small-multiples';
  /** A log value axis makes sense (lines, not stacks or bars, whose lengths must start at zero). */
  logScale: boolean;
  /** Dated events are drawn over its time axis. */
  events: boolean;
  /** Series are piled up: they must add up (and never overlap), and one series cannot be compared against another. */
  stack: 'area' | 'bar' | null;
  /**
   * 'latest': one period (the last), series ranked by their value in it, so the top-N control applies;
   * 'all': every period on a time axis.
   */
  periods: 'all' | 'latest';
}

export const CHART_TYPE_ROWS = {
  line: { code: 'line', logScale: true, events: true, stack: null, periods: 'all' },
  'stacked-area': {
    code: 'stacked',
    logScale: false,
    events: true,
    stack: 'area',
    periods: 'all',
  },
  'stacked-bar': {
    code: 'stacked',
    logScale: false,
    events: true,
    stack: 'bar',
    periods: 'all',
  },
  'ranked-bar': {
    code: 'ranked-bar',
    logScale: false,
    events: false,
    stack: null,
    periods: 'latest',
  },
  'small-multiples': {
    code: 'small-multiples',
    logScale: true,
    events: false,
    stack: null,
    periods: 'all',
  },
} as const satisfies Readonly<Record<ChartType, ChartTypeRow>>;

export const chartTypeRow = (type: ChartType): ChartTypeRow => CHART_TYPE_ROWS[type];
