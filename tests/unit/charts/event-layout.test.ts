// The event strip with many events close together (sixteen in 2022-2023, as on the monthly charts): at a
// phone's width and a desktop's, every event is either labelled or in the group, once; labels overlap neither
// each other nor the group's marker, stay inside the chart, and no label sits across another's leader.
import { describe, expect, it } from 'vitest';
import { lineChartLayout } from '../../../src/charts/line/layout';
import type { ChartEvent, LineChartData } from '../../../src/charts/kit/types';
import type { Series } from '../../../src/data/series';

const months = Array.from(
  { length: 48 },
  (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

const series: Series = {
  key: 'total',
  label: 'All goods',
  freq: 'M',
  unit: { kind: 'currency', currency: 'USD' },
  points: months.map((period, i) => ({ period, value: 1e9 + i * 1e7, basis: null, sources: [] })),
};

const DATES = [
  '2022-02-04',
  '2022-02-24',
  '2022-02-24',
  '2022-02-25',
  '2022-03-02',
  '2022-04-08',
  '2022-06-28',
  '2023-02-24',
  '2023-03-20',
  '2023-06-23',
  '2023-07-31',
  '2023-09-28',
  '2023-10-06',
  '2023-12-18',
  '2023-12-22',
  '2024-02-23',
];

const events: ChartEvent[] = DATES.map((date, i) => ({
  id: `event-${String(i).padStart(2, '0')}`,
  date,
  label: `Event number ${i}`,
  description: '',
  sourceTitle: 'A source',
  sourceUrl: 'https://example.org/',
  shortLabel: `Short label ${i} here`,
  labelRank: i % 3 === 2 ? null : i === 1 ? 0 : 1,
}));

const data: LineChartData = {
  series: [series],
  colours: new Map(),
  breaks: [],
  events,
  periods: months,
  unit: { kind: 'currency', currency: 'USD' },
  scale: 'linear',
};

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe.each([390, 1280])('events at %i px', (width) => {
  const layout = lineChartLayout(data, width);
  const group = layout.eventGroup;

  it('labels some chosen events and groups every other one, each event once', () => {
    expect(layout.events.length).toBeGreaterThan(0);
    expect(layout.events.every((mark) => mark.event.labelRank !== null)).toBe(true);
    const grouped = group?.events.map((e) => e.event.id) ?? [];
    const ids = [...layout.events.map((mark) => mark.id), ...grouped].sort();
    expect(ids).toEqual(events.map((e) => e.id).sort());
    for (const event of events.filter((e) => e.labelRank === null)) expect(grouped).toContain(event.id);
    expect(group?.text).toBe(`+${grouped.length} events`);
    // The event labelled on every chart (rank 0) takes its place before the others.
    expect(layout.events.map((mark) => mark.id)).toContain('event-01');
  });

  it('keeps labels apart, off the group marker, inside the chart and above the plot', () => {
    const boxes: Box[] = [...layout.events, ...(group ? [group] : [])];
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.eventStripBottom);
    }
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(apart(a, b)).toBe(true);
    expect(layout.eventStripBottom).toBeLessThan(layout.plot.top);
  });

  it('runs each leader from its label to its date without crossing another label', () => {
    for (const mark of layout.events) {
      expect(mark.dateX).toBeGreaterThanOrEqual(mark.x);
      expect(mark.dateX).toBeLessThanOrEqual(mark.x + mark.width);
      for (const other of layout.events) {
        if (other === mark || other.y <= mark.y) continue;
        const across = mark.dateX > other.textX - 1 && mark.dateX < other.x + other.width + 1;
        expect(across).toBe(false);
      }
    }
  });
});
