// The line chart's layout: data + width -> positioned marks. Pure, so tests can check where things go
// without rendering; the React view only draws what this returns.
import { max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatUsdShort } from '../format';
import { estimateTextWidth, dodge, wrapText } from '../text-layout';
import { dateToYear, periodMidpoint } from '../time';
import { placeEvents } from './event-marks';
import { lineSegments, type XY } from './segments';
import type { BreakMark, EventMark, LineChartData, LineChartLayout, SeriesMark } from './types';

export const FONT_SIZE = 12;
const MARKER_RADIUS = 9;
const EVENT_ROW_HEIGHT = MARKER_RADIUS * 2 + 4;
const LEADER_HEIGHT = 8;
const BREAK_LINE_HEIGHT = 13;
const LABEL_GAP = 15;

export function chartHeight(width: number): number {
  return width < 560 ? 460 : Math.round(Math.min(Math.max(width * 0.48, 400), 500));
}

function valueDomainMax(data: LineChartData): number {
  const top = max(data.series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  return top && top > 0 ? top : 1;
}

function yTickCount(plotHeight: number): number {
  return Math.max(3, Math.min(7, Math.round(plotHeight / 55)));
}

function horizontalMargins(data: LineChartData, yLabels: string[]): { left: number; right: number } {
  const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => estimateTextWidth(t, FONT_SIZE)));
  return {
    left: Math.ceil(widest(yLabels)) + 12,
    right: Math.ceil(widest(data.series.map((s) => s.label))) + 14,
  };
}

function placeEventMarks(data: LineChartData, x: ScaleLinear<number, number>, width: number) {
  const inDomain = data.events.filter((e) => {
    const at = dateToYear(e.date);
    return at >= data.domain[0] && at < data.domain[1];
  });
  const strip = {
    diameter: MARKER_RADIUS * 2,
    min: MARKER_RADIUS + 2,
    max: width - MARKER_RADIUS - 2,
    maxRows: 3,
  };
  return placeEvents(inDomain, (date) => x(dateToYear(date)), strip);
}

function breakLabelLines(data: LineChartData, x: ScaleLinear<number, number>, width: number): string[][] {
  return data.breaks.map((b) => wrapText(b.label, Math.max(60, width - 4 - (x(b.at) + 5)), FONT_SIZE - 1));
}

function seriesMarks(
  data: LineChartData,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  plot: LineChartLayout['plot'],
): SeriesMark[] {
  const breakXs = data.breaks.map((b) => x(b.at));
  const marks = data.series.map((series): SeriesMark => {
    const xy = series.points.map((p): XY | null =>
      p.value === null ? null : { x: x(periodMidpoint(p.period)), y: y(p.value) },
    );
    const points = series.points.flatMap((p, i) => {
      const at = xy[i];
      return at && p.value !== null ? [{ period: p.period, x: at.x, y: at.y, value: p.value }] : [];
    });
    const last = points.at(-1);
    return {
      key: series.key,
      label: series.label,
      colour: data.colours.get(series.key) ?? { line: '#000000', text: '#000000' },
      segments: lineSegments(xy, breakXs),
      points,
      endLabel: last ? { x: last.x + 6, y: last.y, anchorY: last.y } : null,
    };
  });
  const labelled = marks.filter((m) => m.endLabel !== null);
  const placed = dodge(
    labelled.map((m) => m.endLabel?.anchorY ?? 0),
    LABEL_GAP,
    plot.top + 4,
    plot.bottom - 4,
  );
  labelled.forEach((m, i) => {
    if (m.endLabel) m.endLabel.y = placed[i] ?? m.endLabel.y;
  });
  return marks;
}

function xTicks(data: LineChartData, x: ScaleLinear<number, number>) {
  const first = Math.ceil(data.domain[0]);
  const last = Math.floor(data.domain[1]);
  const yearWidth = x(first + 1) - x(first);
  const boundaries: number[] = [];
  const ticks: { label: string; x: number }[] = [];
  for (let year = first; year <= last; year++) {
    boundaries.push(x(year));
    if (year < last)
      ticks.push({ label: yearWidth < 34 ? `’${String(year).slice(2)}` : String(year), x: x(year + 0.5) });
  }
  return { ticks, boundaries };
}

export function lineChartLayout(data: LineChartData, width: number): LineChartLayout {
  const height = chartHeight(width);
  const bottom = height - 26;
  const y = scaleLinear().domain([0, valueDomainMax(data)]);
  const tickCount = yTickCount(height - 120);
  y.nice(tickCount);
  const yValues = y.ticks(tickCount);
  const margin = horizontalMargins(data, yValues.map(formatUsdShort));
  const x = scaleLinear()
    .domain(data.domain)
    .range([margin.left, width - margin.right]);

  const placedEvents = placeEventMarks(data, x, width);
  const eventRows = placedEvents.length > 0 ? Math.max(...placedEvents.map((e) => e.row)) + 1 : 0;
  const eventStripBottom = 4 + eventRows * EVENT_ROW_HEIGHT + (eventRows > 0 ? LEADER_HEIGHT : 0);
  const breakLines = breakLabelLines(data, x, width);
  const breakLineCount = Math.max(0, ...breakLines.map((lines) => lines.length));
  const labelsTop = eventStripBottom;
  const top = labelsTop + breakLineCount * BREAK_LINE_HEIGHT + 10;
  const plot = { left: margin.left, top, right: width - margin.right, bottom };
  y.range([bottom, top]);

  const events: EventMark[] = placedEvents.map((p) => ({
    id: p.event.id,
    number: p.number,
    x: p.x,
    y: 4 + MARKER_RADIUS + p.row * EVENT_ROW_HEIGHT,
    dateX: p.dateX,
    event: p.event,
  }));
  const breaks: BreakMark[] = data.breaks.map((b, i) => ({
    id: b.id,
    x: x(b.at),
    labelLines: breakLines[i] ?? [],
    labelY: labelsTop + BREAK_LINE_HEIGHT - 2,
  }));
  const { ticks, boundaries } = xTicks(data, x);
  const periods = data.series[0]?.points.map((p) => p.period) ?? [];
  return {
    width,
    height,
    plot,
    xTicks: ticks,
    yearBoundaries: boundaries,
    yTicks: yValues.map((value) => ({ label: formatUsdShort(value), y: y(value) })),
    series: seriesMarks(data, x, y, plot),
    breaks,
    events,
    eventStripBottom,
    columns: periods.map((period) => ({ period, x: x(periodMidpoint(period)) })),
    markerRadius: MARKER_RADIUS,
  };
}
