// Data + width -> the frame of a time chart. Annual values sit mid-year and monthly ones mid-month on a
// continuous time axis, so an event dated 24 Feb 2022 falls where it belongs.
import { scaleLinear } from 'd3-scale';
import { estimateTextWidth, wrapText } from '../text-layout';
import { dateToYear, periodMidpoint, periodStart } from '../time';
import { unitAxisLabel } from '../unit-format';
import { placeEvents } from '../line/event-marks';
import type { BreakMark, EventMark } from '../line/types';
import type { TimeFrame, TimeFrameInput } from './types';
import { tickCount, valueAxis } from './y-scale';

export const FONT_SIZE = 12;
export const MARKER_RADIUS = 9;
const EVENT_ROW_HEIGHT = MARKER_RADIUS * 2 + 4;
const LEADER_HEIGHT = 8;
const BREAK_LINE_HEIGHT = 13;
const UNIT_LINE_HEIGHT = 16;
const X_AXIS_HEIGHT = 26;

export function chartHeight(width: number): number {
  return width < 560 ? 460 : Math.round(Math.min(Math.max(width * 0.48, 400), 500));
}

/** [start, end) of the periods in fractional years. */
export function timeDomain(periods: readonly string[]): [number, number] {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [0, 1];
  const step = last.length === 7 ? 1 / 12 : 1;
  return [periodStart(first), periodStart(last) + step];
}

function xTicks(domain: [number, number], x: (year: number) => number) {
  const first = Math.ceil(domain[0] - 1e-9);
  const last = Math.floor(domain[1] + 1e-9);
  const yearWidth = x(first + 1) - x(first);
  const every = yearWidth < 22 ? 2 : 1;
  const boundaries: number[] = [];
  const ticks: { label: string; x: number }[] = [];
  for (let year = first; year <= last; year++) {
    boundaries.push(x(year));
    if (year < last && (year - first) % every === 0)
      ticks.push({
        label: yearWidth * every < 36 ? `’${String(year).slice(2)}` : String(year),
        x: x(year + 0.5),
      });
  }
  return { ticks, boundaries };
}

function eventMarks(
  input: TimeFrameInput,
  domain: [number, number],
  x: (y: number) => number,
  width: number,
) {
  const inDomain = input.events.filter((e) => {
    const at = dateToYear(e.date);
    return at >= domain[0] && at < domain[1];
  });
  const strip = {
    diameter: MARKER_RADIUS * 2,
    min: MARKER_RADIUS + 2,
    max: width - MARKER_RADIUS - 2,
    maxRows: 3,
  };
  return placeEvents(inDomain, (date) => x(dateToYear(date)), strip).map((p): EventMark => ({
    id: p.event.id,
    number: p.number,
    x: p.x,
    y: 4 + MARKER_RADIUS + p.row * EVENT_ROW_HEIGHT,
    dateX: p.dateX,
    event: p.event,
  }));
}

function leftMargin(input: TimeFrameInput, height: number): { left: number; count: number } {
  const count = tickCount(height - 120);
  const draft = valueAxis(input.extent, input.scale, input.unit, [height, 0], count);
  const widest = Math.max(0, ...draft.ticks.map((t) => estimateTextWidth(t.label, FONT_SIZE)));
  return { left: Math.ceil(widest) + 12, count };
}

export function timeFrame(input: TimeFrameInput, width: number): TimeFrame {
  const height = input.height ?? chartHeight(width);
  const bottom = height - X_AXIS_HEIGHT;
  const { left, count } = leftMargin(input, height);
  const right =
    width - Math.ceil(Math.max(0, ...input.rightLabels.map((t) => estimateTextWidth(t, FONT_SIZE)))) - 14;
  const domain = timeDomain(input.periods);
  const xScale = scaleLinear()
    .domain(domain)
    .range([left, Math.max(left + 40, right)]);
  const x = (year: number) => xScale(year);

  const events = eventMarks(input, domain, x, width);
  const eventRows =
    events.length > 0 ? Math.max(...events.map((e) => (e.y - 4 - MARKER_RADIUS) / EVENT_ROW_HEIGHT)) + 1 : 0;
  const eventStripBottom = 4 + eventRows * EVENT_ROW_HEIGHT + (eventRows > 0 ? LEADER_HEIGHT : 0);
  const breakLines = input.breaks.map((b) =>
    wrapText(b.label, Math.max(60, width - 4 - (x(b.at) + 5)), FONT_SIZE - 1),
  );
  const breakLineCount = Math.max(0, ...breakLines.map((lines) => lines.length));
  const unitTop = eventStripBottom + breakLineCount * BREAK_LINE_HEIGHT;
  const top = unitTop + (input.compact ? 6 : UNIT_LINE_HEIGHT + 8);
  const axis = valueAxis(input.extent, input.scale, input.unit, [bottom, top], count);
  const breaks: BreakMark[] = input.breaks.map((b, i) => ({
    id: b.id,
    x: x(b.at),
    labelLines: breakLines[i] ?? [],
    labelY: eventStripBottom + BREAK_LINE_HEIGHT - 2,
  }));
  const { ticks, boundaries } = xTicks(domain, x);
  const periodWidth =
    input.periods[0]?.length === 7 ? x(domain[0] + 1 / 12) - x(domain[0]) : x(domain[0] + 1) - x(domain[0]);
  return {
    width,
    height,
    plot: { left, top, right: xScale.range()[1] ?? right, bottom },
    x,
    y: axis.y,
    drawable: axis.drawable,
    xTicks: ticks,
    yearBoundaries: boundaries,
    yTicks: axis.ticks.map((t) => ({ label: t.label, y: axis.y(t.value) })),
    unitLabel: input.compact ? null : { text: unitAxisLabel(input.unit), x: 0, y: unitTop + 12 },
    breaks,
    events,
    eventStripBottom,
    columns: input.periods.map((period) => ({ period, x: x(periodMidpoint(period)) })),
    periodWidth,
    markerRadius: MARKER_RADIUS,
  };
}
