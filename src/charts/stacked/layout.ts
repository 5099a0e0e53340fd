// Stacked area and stacked bars: each period's values piled in series order (positives up, negatives down).
// A missing value adds nothing and draws nothing there, and the layout lists the periods whose stacks are
// therefore incomplete, so the view can say so.
import { area } from 'd3-shape';
import { timeFrame } from '../kit/time-frame';
import type { TimeFrame } from '../kit/types';
import { referenceMarkLayouts } from '../kit/reference-layout';
import { shortLabel } from '../line/layout';
import type { LineChartData, ReferenceMarkLayout } from '../kit/types';
import { INK, type SeriesColour } from '../kit/palette';
import { dodge } from '../kit/text-layout';
import { periodMidpoint } from '../kit/time';

export type StackKind = 'area' | 'bar';

export interface StackSegment {
  period: string;
  value: number;
  x: number;
  y0: number;
  y1: number;
}

export interface StackBand {
  key: string;
  label: string;
  colour: SeriesColour;
  segments: StackSegment[];
  /** Area path (stacked area only). */
  d: string | null;
  endLabel: { x: number; y: number } | null;
}

export interface StackedLayout extends TimeFrame {
  kind: StackKind;
  bands: StackBand[];
  barWidth: number;
  references: ReferenceMarkLayout[];
  /** Periods where some series have no value while others do. */
  incomplete: string[];
}

interface Stacked {
  key: string;
  values: { period: string; value: number | null; lo: number; hi: number }[];
}

export function stackValues(data: Pick<LineChartData, 'series' | 'periods'>): Stacked[] {
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  return data.series.map((series) => ({
    key: series.key,
    values: series.points.map((point) => {
      const value = point.value;
      const pile = value !== null && value < 0 ? down : up;
      const lo = pile.get(point.period) ?? 0;
      const hi = lo + (value ?? 0);
      pile.set(point.period, hi);
      return { period: point.period, value, lo: Math.min(lo, hi), hi: Math.max(lo, hi) };
    }),
  }));
}

function incompletePeriods(data: Pick<LineChartData, 'series' | 'periods'>): string[] {
  return data.periods.filter((period) => {
    const values = data.series.map((s) => s.points.find((p) => p.period === period)?.value ?? null);
    return values.some((v) => v === null) && values.some((v) => v !== null);
  });
}

const bandArea = area<StackSegment>()
  .x((s) => s.x)
  .y0((s) => s.y0)
  .y1((s) => s.y1);

function bands(data: LineChartData, stacked: Stacked[], frame: TimeFrame, kind: StackKind): StackBand[] {
  const result = data.series.map((series, i): StackBand => {
    const segments = (stacked[i]?.values ?? []).flatMap((v): StackSegment[] =>
      v.value === null
        ? []
        : [
            {
              period: v.period,
              value: v.value,
              x: frame.x(periodMidpoint(v.period)),
              y0: frame.y(v.lo),
              y1: frame.y(v.hi),
            },
          ],
    );
    const last = segments.at(-1);
    return {
      key: series.key,
      label: shortLabel(series.label),
      colour: data.colours.get(series.key) ?? INK.light,
      segments,
      d: kind === 'area' ? (bandArea(segments) ?? null) : null,
      endLabel:
        last && data.directLabels !== false ? { x: frame.plot.right + 6, y: (last.y0 + last.y1) / 2 } : null,
    };
  });
  const labelled = result.filter((b) => b.endLabel !== null);
  const placed = dodge(
    labelled.map((b) => b.endLabel?.y ?? 0),
    15,
    frame.plot.top + 4,
    frame.plot.bottom - 4,
  );
  labelled.forEach((b, i) => {
    if (b.endLabel) b.endLabel.y = placed[i] ?? b.endLabel.y;
  });
  return result;
}

export function stackedLayout(data: LineChartData, width: number, kind: StackKind): StackedLayout {
  const stacked = stackValues(data);
  const sums = stacked.flatMap((s) => s.values.flatMap((v) => [v.lo, v.hi]));
  const marks = (data.referenceMarks ?? []).map((m) => m.value);
  const frame = timeFrame(
    {
      periods: data.periods,
      unit: data.unit,
      scale: 'linear',
      extent: [Math.min(0, ...sums, ...marks), Math.max(0, ...sums, ...marks)],
      breaks: data.breaks,
      events: data.events,
      rightLabels: data.directLabels === false ? [] : data.series.map((s) => shortLabel(s.label)),
    },
    width,
  );
  const monthly = data.periods[0]?.length === 7;
  return {
    ...frame,
    kind,
    bands: bands(data, stacked, frame, kind),
    barWidth: Math.max(1, frame.periodWidth * (monthly ? 0.8 : 0.62)),
    references: referenceMarkLayouts(data.referenceMarks ?? [], frame, (m) =>
      frame.x(periodMidpoint(m.period)),
    ),
    incomplete: incompletePeriods(data),
  };
}
