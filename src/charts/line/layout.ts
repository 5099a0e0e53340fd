// The line chart's layout: data + width -> positioned marks. Pure, so tests can check where things go
// without rendering; the React view only draws what this returns.
import { INK } from '../kit/palette';
import { timeFrame } from '../kit/time-frame';
import type { TimeFrame } from '../kit/types';
import { valueExtent } from '../kit/y-scale';
import { dodge, letterWidths } from '../kit/text-layout';
import { periodMidpoint } from '../kit/time';
import { referenceMarkLayouts } from '../kit/reference-layout';
import { lineSegments, type XY } from './segments';
import type { LineChartData, LineChartLayout, SeriesMark } from '../kit/types';

export { chartHeight, FONT_SIZE } from '../kit/time-frame';

const LABEL_GAP = 15;
const MAX_LABEL_CHARS = 24;

/** `label` cut to `max` letters' widths (a Chinese character is nearly two: ../kit/text-layout.ts), with "…". */
export function shortLabel(label: string, max = MAX_LABEL_CHARS): string {
  if (letterWidths(label) <= max) return label;
  let end = Math.min(label.length, max) - 1;
  while (end > 1 && letterWidths(label.slice(0, end)) + 1 > max) end--;
  return `${label.slice(0, end).trimEnd()}…`;
}

function seriesMarks(data: LineChartData, frame: TimeFrame): SeriesMark[] {
  const breakXs = frame.breaks.map((b) => b.x);
  const marks = data.series.map((series): SeriesMark => {
    const xy = series.points.map((p): XY | null =>
      p.value === null || !frame.drawable(p.value)
        ? null
        : { x: frame.x(periodMidpoint(p.period)), y: frame.y(p.value) },
    );
    const points = series.points.flatMap((p, i) => {
      const at = xy[i];
      return at && p.value !== null ? [{ period: p.period, x: at.x, y: at.y, value: p.value }] : [];
    });
    const last = points.at(-1);
    return {
      key: series.key,
      label: shortLabel(series.label),
      colour: data.colours.get(series.key) ?? INK.light,
      segments: lineSegments(
        xy,
        breakXs,
        series.points.map((p) => data.restartsEachYear === true && p.period.endsWith('-01')),
      ),
      points,
      pointRadius: data.periods.length > 30 ? 1.5 : 3,
      endLabel: last && data.directLabels !== false ? { x: last.x + 6, y: last.y, anchorY: last.y } : null,
    };
  });
  const labelled = marks.filter((m) => m.endLabel !== null);
  const placed = dodge(
    labelled.map((m) => m.endLabel?.anchorY ?? 0),
    LABEL_GAP,
    frame.plot.top + 4,
    frame.plot.bottom - 4,
  );
  labelled.forEach((m, i) => {
    if (m.endLabel) m.endLabel.y = placed[i] ?? m.endLabel.y;
  });
  return marks;
}

export function lineChartLayout(data: LineChartData, width: number, height?: number): LineChartLayout {
  const values = [
    ...data.series.flatMap((s) => s.points.map((p) => p.value)),
    ...(data.referenceMarks ?? []).map((m) => m.value),
  ];
  const frame = timeFrame(
    {
      periods: data.periods,
      unit: data.unit,
      scale: data.scale,
      extent: data.extent ?? valueExtent(values, data.scale),
      breaks: data.breaks,
      events: data.events,
      rightLabels: data.directLabels === false ? [] : data.series.map((s) => shortLabel(s.label)),
      ...(height ? { height, compact: true } : {}),
    },
    width,
  );
  return {
    ...frame,
    series: seriesMarks(data, frame),
    references: referenceMarkLayouts(data.referenceMarks ?? [], frame, (m) =>
      frame.x(periodMidpoint(m.period)),
    ),
  };
}
