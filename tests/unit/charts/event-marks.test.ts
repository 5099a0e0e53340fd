import { expect, it } from 'vitest';
import { placeEvents } from '../../../src/charts/line/event-marks';
import type { ChartEvent } from '../../../src/charts/line/types';

const event = (id: string, date: string): ChartEvent => ({
  id,
  date,
  label: id,
  description: '',
  sourceTitle: '',
  sourceUrl: 'https://example.org',
});
const xOf = (date: string) => Number(date.slice(8, 10)) * 2;
const strip = { diameter: 18, min: 0, max: 1000, maxRows: 3 };

it('numbers events by date and keeps lone ones at their date', () => {
  const placed = placeEvents([event('b', '2022-01-20'), event('a', '2022-01-01')], xOf, strip);
  expect(placed.map((e) => [e.event.id, e.number, e.x, e.row])).toEqual([
    ['a', 1, 2, 0],
    ['b', 2, 40, 0],
  ]);
});

it('never lets markers in one row overlap, and keeps each near its date', () => {
  const days = ['01', '02', '03', '04', '05', '06'];
  const placed = placeEvents(
    days.map((d) => event(d, `2022-01-${d}`)),
    xOf,
    strip,
  );
  for (const a of placed) {
    for (const b of placed) {
      if (a !== b && a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(18);
    }
    expect(a.dateX).toBe(xOf(a.event.date));
  }
  expect(new Set(placed.map((e) => e.row)).size).toBeGreaterThan(1);
});
