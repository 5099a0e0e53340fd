// The shared data of the chart kit: what a time chart (line, stacked area, stacked bars, each small multiple)
// is given, the frame it shares (plot box, time axis, value axis, reporting-basis breaks, the event strip) and
// the marks its layout computes. Plain data, so layouts are tested without a DOM.
import type { Series, Unit } from '../../data/series';
import type { SeriesColour } from './palette';
import type { ScaleKind } from './y-scale';

/** A published figure drawn as a cited reference mark beside our own value (see headline_figures.csv). */
export interface ReferenceMark {
  id: string;
  period: string;
  value: number;
  label: string;
  sourceTitle: string;
  url: string;
  /** The series it is compared with, if any. */
  seriesKey?: string;
  /** The mark's full description (figure, period, publisher) for its tooltip; default: label and source. */
  title?: string;
  /** The link is an outlet quoting the publisher, not the publisher's own page: said so beside it. */
  secondary?: boolean;
}

export interface TimeFrameInput {
  periods: readonly string[];
  unit: Unit;
  scale: ScaleKind;
  /** [min, max] of what will be drawn (values, stack sums, reference marks). */
  extent: [number, number];
  breaks: readonly ChartBreak[];
  events: readonly ChartEvent[];
  /** Texts placed right of the plot (direct labels): the right margin fits the widest. */
  rightLabels: readonly string[];
  /** A fixed height (small multiples); otherwise the height follows the width. */
  height?: number;
  /** Leave out the unit line above the plot (small multiples state it once). */
  compact?: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TimeFrame {
  width: number;
  height: number;
  plot: Box;
  /** Fractional year -> pixels. */
  x: (year: number) => number;
  y: (value: number) => number;
  drawable: (value: number) => boolean;
  xTicks: { label: string; x: number }[];
  yearBoundaries: number[];
  yTicks: { label: string; y: number }[];
  /** The unit, written once above the value axis. */
  unitLabel: { text: string; x: number; y: number } | null;
  breaks: BreakMark[];
  /** The events labelled on the chart, and the rest under one marker (null when every event is labelled). */
  events: EventLabelMark[];
  eventGroup: EventGroupMark | null;
  eventStripBottom: number;
  columns: ColumnMark[];
  /** Width of one period in pixels (a year or a month). */
  periodWidth: number;
}

/** A change of reporting basis between two periods, at a fractional year. */
export interface ChartBreak {
  id: string;
  at: number;
  label: string;
}

export interface ChartEvent {
  id: string;
  /** ISO calendar date "YYYY-MM-DD". */
  date: string;
  label: string;
  description: string;
  sourceTitle: string;
  sourceUrl: string;
  /** The few words drawn on the chart (events.csv short_label). */
  shortLabel: string;
  /**
   * Labelled on this chart when events.csv `label_on` names what it shows: 0 for an event labelled on every
   * chart (it takes its place first), 1 for one chosen for this kind of chart; null = grouped under one marker.
   */
  labelRank: number | null;
}

export interface LineChartData {
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  breaks: readonly ChartBreak[];
  events: readonly ChartEvent[];
  /** Every period of the x axis, in order. */
  periods: readonly string[];
  unit: Unit;
  scale: ScaleKind;
  referenceMarks?: readonly ReferenceMark[];
  /** A value range to cover whatever the series hold (small multiples on one shared axis). */
  extent?: [number, number];
  /** Label each line at its end (off when there are many or long labels: the legend names them). */
  directLabels?: boolean;
  /** Monthly running sums that restart each January (year to date): no line from December to January. */
  restartsEachYear?: boolean;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface SegmentMark {
  d: string;
  dashed: boolean;
}

export interface PointMark {
  period: string;
  x: number;
  y: number;
  value: number;
}

export interface SeriesMark {
  key: string;
  label: string;
  colour: SeriesColour;
  segments: SegmentMark[];
  points: PointMark[];
  /** Dot size: smaller when periods are many (monthly data). */
  pointRadius: number;
  /** Direct label at the line's last point, nudged apart from the others; null for an empty series. */
  endLabel: { x: number; y: number; anchorY: number } | null;
}

export interface BreakMark {
  id: string;
  x: number;
  labelLines: string[];
  labelY: number;
}

/** An event labelled on the chart: its short text in a row above the plot, a leader down to its date. */
export interface EventLabelMark {
  id: string;
  event: ChartEvent;
  /** Left edge of the label's box; the text starts `textX`. */
  x: number;
  textX: number;
  /** Top of the label's row. */
  y: number;
  width: number;
  height: number;
  /** The event's date on the x axis, where its leader runs down to the plot. */
  dateX: number;
  /** Where the leader starts: beside the text when the label starts at its date, under it when pushed left. */
  leaderTop: number;
}

/** The events not labelled (by choice or for lack of room), grouped under one marker that opens their list. */
export interface EventGroupMark {
  x: number;
  y: number;
  width: number;
  height: number;
  /** "+12 events". */
  text: string;
  /** In date order, each with its date on the x axis (a short tick marks it on the plot's top edge). */
  events: { event: ChartEvent; dateX: number }[];
}

export interface ColumnMark {
  period: string;
  x: number;
}

/** A cited published figure, drawn as a hollow diamond with a short label. */
export interface ReferenceMarkLayout {
  id: string;
  x: number;
  y: number;
  label: string;
  url: string;
  sourceTitle: string;
  /** Tooltip text: the figure, period and publisher. */
  title: string;
  /** Label to the left of the marker when it would run past the right edge. */
  anchor: 'start' | 'end';
}

export interface LineChartLayout extends TimeFrame {
  series: SeriesMark[];
  references: ReferenceMarkLayout[];
}
