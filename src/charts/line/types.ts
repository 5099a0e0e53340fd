// What the line chart draws and the marks its layout computes. Everything is plain data so the layout
// can be tested without a DOM.
import type { Series } from '../../data/series';
import type { SeriesColour } from '../palette';

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
}

export interface LineChartData {
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  breaks: readonly ChartBreak[];
  events: readonly ChartEvent[];
  /** x domain in fractional years, e.g. [2017, 2024] for annual 2017-2023. */
  domain: readonly [number, number];
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
  /** Direct label at the line's last point, nudged apart from the others; null for an empty series. */
  endLabel: { x: number; y: number; anchorY: number } | null;
}

export interface BreakMark {
  id: string;
  x: number;
  labelLines: string[];
  labelY: number;
}

export interface EventMark {
  id: string;
  number: number;
  /** Centre of the marker, in the strip above the plot. */
  x: number;
  y: number;
  /** The event's true date on the x axis; a leader joins the marker to it. */
  dateX: number;
  event: ChartEvent;
}

export interface ColumnMark {
  period: string;
  x: number;
}

export interface LineChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { label: string; x: number }[];
  yearBoundaries: number[];
  yTicks: { label: string; y: number }[];
  series: SeriesMark[];
  breaks: BreakMark[];
  events: EventMark[];
  /** Bottom of the event strip, where leaders end and date guides begin. */
  eventStripBottom: number;
  columns: ColumnMark[];
  markerRadius: number;
}
