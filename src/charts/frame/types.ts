// The frame time charts share (line, stacked area, stacked bars, each small multiple): plot box, time axis,
// value axis, reporting-basis breaks, the event strip. Plain data, so layouts are tested without a DOM.
import type { Unit } from '../../data/series';
import type {
  BreakMark,
  ChartBreak,
  ChartEvent,
  ColumnMark,
  EventGroupMark,
  EventLabelMark,
} from '../line/types';
import type { ScaleKind } from './y-scale';

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
