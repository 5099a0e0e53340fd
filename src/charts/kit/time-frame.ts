// Data + width -> the frame of a time chart. Annual values sit mid-year and monthly ones mid-month on a
// continuous time axis, so an event dated 24 Feb 2022 falls where it belongs.
import { scaleLinear } from 'd3-scale';
import { estimateTextWidth, wrapText } from './text-layout';
import { dateToYear, periodMidpoint, periodStart } from './time';
import { unitAxisLabel } from './unit-format';
import { placeEventLabels } from './event-labels';
import type { BreakMark, ChartEvent, EventGroupMark, EventLabelMark } from './types';
import type { TimeFrame, TimeFrameInput } from './types';
import { tickCount, valueAxis } from './y-scale';
import { i18n } from '../../i18n/i18n';

export const FONT_SIZE = 12;
/** Event labels: 11px text in rows of 17px above the plot, the leader in a 5px inset left of the text. */
export const EVENT_FONT_SIZE = 11;
/** What the chart calls its group of events when it is the one open (event ids are lower-case words). */
export const EVENT_GROUP_ID = '+events';
const EVENT_ROW_HEIGHT = 17;
const EVENT_TEXT_INSET = 5;
const EVENT_STRIP_TOP = 4;
const EVENT_ROWS = 2;
const EVENT_GAP = 8;
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

// Read when the chart is laid out, so in the language then active; English's plural is chosen here (its words
// carry no ICU plural, src/i18n/i18n.ts), the other languages' in their catalogues.
const groupText = (count: number) =>
  count === 1
    ? i18n._({ id: 'chart.events-one', message: '+1 event' })
    : i18n._({ id: 'chart.events', message: '+{count} events' }, { count });

const groupWidth = (count: number) => Math.ceil(estimateTextWidth(groupText(count), EVENT_FONT_SIZE)) + 14;

function groupMark(grouped: { event: ChartEvent; dateX: number }[], width: number): EventGroupMark | null {
  if (grouped.length === 0) return null;
  const text = groupText(grouped.length);
  return {
    x: width - 2 - groupWidth(grouped.length),
    y: EVENT_STRIP_TOP,
    width: groupWidth(grouped.length),
    height: EVENT_ROW_HEIGHT - 2,
    text,
    events: grouped,
  };
}

/**
 * The events in the chart's range: those chosen for this chart (`labelled`) get their short label where it fits
 * (placeEventLabels: no overlaps, no label across a leader, inside the chart); the others, and any label with
 * no room at this width, are grouped under one marker at the right of the top row.
 */
function eventMarks(
  input: TimeFrameInput,
  domain: [number, number],
  x: (y: number) => number,
  width: number,
): { labels: EventLabelMark[]; group: EventGroupMark | null } {
  const inDomain = input.events
    .filter((e) => {
      const at = dateToYear(e.date);
      return at >= domain[0] && at < domain[1];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({ event, dateX: x(dateToYear(event.date)) }));
  const wanted = inDomain.filter(({ event }) => event.labelRank !== null);
  const inputs = wanted.map(({ event, dateX }) => ({
    id: event.id,
    dateX,
    rank: event.labelRank ?? 1,
    width: Math.ceil(estimateTextWidth(event.shortLabel, EVENT_FONT_SIZE)) + EVENT_TEXT_INSET + 2,
  }));
  // The group's marker holds the right end of the top row; whether there is one depends on what fits, so
  // lay out without it first and again with its room kept if anything is left over. The room kept is that of
  // the widest count it could show, so the second pass cannot change its own size.
  const reserved = groupWidth(inDomain.length);
  const place = (right: number) =>
    placeEventLabels(inputs, {
      left: 2,
      right,
      maxRows: EVENT_ROWS,
      gap: EVENT_GAP,
      textInset: EVENT_TEXT_INSET,
    });
  let layout = place(width - 2);
  if (layout.dropped.length > 0 || wanted.length < inDomain.length)
    layout = place(width - 2 - reserved - EVENT_GAP);
  const placed = new Map(layout.placed.map((p) => [p.id, p]));
  const labels = wanted.flatMap(({ event, dateX }): EventLabelMark[] => {
    const p = placed.get(event.id);
    if (!p) return [];
    const y = EVENT_STRIP_TOP + p.row * EVENT_ROW_HEIGHT;
    const beside = dateX < p.x + EVENT_TEXT_INSET;
    return [
      {
        id: event.id,
        event,
        x: p.x,
        textX: p.x + EVENT_TEXT_INSET,
        y,
        width: p.width,
        height: EVENT_ROW_HEIGHT - 2,
        dateX,
        leaderTop: beside ? y + 3 : y + EVENT_ROW_HEIGHT - 2,
      },
    ];
  });
  const group = groupMark(
    inDomain.filter(({ event }) => !placed.has(event.id)),
    width,
  );
  return { labels, group };
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

  const { labels: events, group: eventGroup } = eventMarks(input, domain, x, width);
  const eventRows = Math.max(
    eventGroup ? 1 : 0,
    ...events.map((e) => Math.round((e.y - EVENT_STRIP_TOP) / EVENT_ROW_HEIGHT) + 1),
  );
  const eventStripBottom =
    eventRows > 0 ? EVENT_STRIP_TOP + eventRows * EVENT_ROW_HEIGHT + LEADER_HEIGHT : EVENT_STRIP_TOP;
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
    eventGroup,
    eventStripBottom,
    columns: input.periods.map((period) => ({ period, x: x(periodMidpoint(period)) })),
    periodWidth,
  };
}
