// Event markers sit on a strip above the plot. Events often cluster (five in the weeks around
// 24 Feb 2022), so markers alternate between rows and are nudged sideways just enough not to overlap;
// a leader line joins each marker to its true date.
import { dodge } from '../text-layout';
import type { ChartEvent } from './types';

export interface PlacedEvent {
  event: ChartEvent;
  number: number;
  /** Where the event's date falls on the x axis. */
  dateX: number;
  /** Where its marker is drawn, at most a few markers' widths away. */
  x: number;
  row: number;
}

export interface EventStrip {
  diameter: number;
  min: number;
  max: number;
  maxRows: number;
}

function placeInRows(
  dateXs: readonly number[],
  rows: number,
  strip: EventStrip,
): { x: number; row: number }[] {
  const placed = dateXs.map((dateX, index) => ({ x: dateX, row: index % rows }));
  for (let row = 0; row < rows; row++) {
    const members = placed.filter((p) => p.row === row);
    const xs = dodge(
      members.map((p) => p.x),
      strip.diameter + 2,
      strip.min,
      strip.max,
    );
    members.forEach((p, i) => (p.x = xs[i] ?? p.x));
  }
  return placed;
}

export function placeEvents(
  events: readonly ChartEvent[],
  xOf: (date: string) => number,
  strip: EventStrip,
): PlacedEvent[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const dateXs = sorted.map((event) => xOf(event.date));
  const tolerance = strip.diameter * 2.5;
  let placed = placeInRows(dateXs, 1, strip);
  for (let rows = 2; rows <= strip.maxRows; rows++) {
    const worst = Math.max(0, ...placed.map((p, i) => Math.abs(p.x - (dateXs[i] ?? p.x))));
    if (worst <= tolerance) break;
    placed = placeInRows(dateXs, rows, strip);
  }
  return sorted.map((event, i) => ({ event, number: i + 1, dateX: dateXs[i] ?? 0, ...placed[i]! }));
}
