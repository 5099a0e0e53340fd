import { describe, expect, it } from 'vitest';
import { lineChartLayout } from '../../../src/charts/line/layout';
import type { LineChartData } from '../../../src/charts/kit/types';
import type { Series } from '../../../src/data/series';

function series(key: string, values: (number | null)[]): Series {
  return {
    key,
    label: `Tier ${key}`,
    freq: 'A',
    unit: { kind: 'currency', currency: 'USD' },
    points: values.map((value, i) => ({ period: String(2017 + i), value, basis: null, sources: [] })),
  };
}

const data: LineChartData = {
  series: [
    series('1', [1e8, 2e8, null, 3e8, 2e8, 1e8, 1.5e8]),
    series('2', [1e8, 1.1e8, 1.2e8, 1.3e8, 1.4e8, 1.5e8, 1.6e8]),
  ],
  colours: new Map(),
  breaks: [{ id: 'b', at: 2022, label: 'From 2022: one side only' }],
  events: [
    {
      id: 'e1',
      date: '2022-02-24',
      label: 'x',
      description: '',
      sourceTitle: '',
      sourceUrl: 'https://example.org',
      shortLabel: 'x',
      labelRank: 1,
    },
    {
      id: 'e2',
      date: '2022-03-01',
      label: 'z',
      description: '',
      sourceTitle: '',
      sourceUrl: 'https://example.org',
      shortLabel: 'z',
      labelRank: null,
    },
    {
      id: 'late',
      date: '2024-05-01',
      label: 'y',
      description: '',
      sourceTitle: '',
      sourceUrl: 'https://example.org',
      shortLabel: 'y',
      labelRank: 1,
    },
  ],
  periods: ['2017', '2018', '2019', '2020', '2021', '2022', '2023'],
  unit: { kind: 'currency', currency: 'USD' },
  scale: 'linear',
};

describe('lineChartLayout', () => {
  for (const width of [360, 1000]) {
    describe(`at ${width} px`, () => {
      const layout = lineChartLayout(data, width);

      it('keeps the plot and labels inside the width', () => {
        expect(layout.plot.left).toBeGreaterThan(0);
        expect(layout.plot.right).toBeLessThan(width);
        for (const s of layout.series) expect(s.endLabel!.x).toBeLessThan(width);
      });

      it('draws a point only where there is data', () => {
        expect(layout.series[0]!.points.map((p) => p.period)).toEqual([
          '2017',
          '2018',
          '2020',
          '2021',
          '2022',
          '2023',
        ]);
      });

      it('places annual points at mid-year and the break and events at their dates', () => {
        const x = (year: number) =>
          layout.plot.left + ((year - 2017) / 7) * (layout.plot.right - layout.plot.left);
        expect(layout.series[1]!.points[0]!.x).toBeCloseTo(x(2017.5));
        expect(layout.breaks[0]!.x).toBeCloseTo(x(2022));
        expect(layout.events.map((e) => e.id)).toEqual(['e1']);
        expect(layout.events[0]!.dateX).toBeGreaterThan(x(2022));
        expect(layout.events[0]!.dateX).toBeLessThan(x(2022.2));
        // The event not chosen for this chart is grouped under one marker, ticked at its date.
        expect(layout.eventGroup?.text).toBe('+1 event');
        expect(layout.eventGroup?.events.map((e) => e.event.id)).toEqual(['e2']);
        expect(layout.eventGroup!.events[0]!.dateX).toBeGreaterThan(layout.events[0]!.dateX);
      });

      it('dashes the segment across the break', () => {
        expect(layout.series[1]!.segments.filter((s) => s.dashed)).toHaveLength(1);
      });

      it('keeps end labels at least a line apart', () => {
        const [a, b] = layout.series.map((s) => s.endLabel!.y);
        expect(Math.abs(a! - b!)).toBeGreaterThanOrEqual(15);
      });

      it('labels the y axis in US$ from $0', () => {
        expect(layout.yTicks[0]!.label).toBe('$0');
        expect(layout.yTicks.at(-1)!.label).toMatch(/^\$\d+ m$/);
      });
    });
  }

  it('states the unit above the value axis', () => {
    expect(lineChartLayout(data, 800).unitLabel?.text).toBe('US$, current prices');
  });

  it('on a log scale leaves out values at or below zero and spaces ticks by powers of ten', () => {
    const log = lineChartLayout(
      { ...data, scale: 'log', series: [series('1', [0, 10, 100, 1000, 10000, null, 5])] },
      800,
    );
    expect(log.series[0]!.points.map((p) => p.period)).toEqual(['2018', '2019', '2020', '2021', '2023']);
    expect(log.yTicks.map((t) => t.label)).toEqual(['$1', '$10', '$100', '$1 k', '$10 k']);
  });

  it('draws negative changes below a zero line, labelled with a sign', () => {
    const change = lineChartLayout(
      { ...data, unit: { kind: 'change-percent' }, series: [series('1', [-40, 10, 25, null, 5, 0, 60])] },
      800,
    );
    const labels = change.yTicks.map((t) => t.label);
    expect(labels[0]).toMatch(/^−\d+%$/);
    expect(labels).toContain('0%');
    expect(labels.at(-1)).toMatch(/^\+\d+%$/);
  });

  it('places a reference mark at its period and value, label on the side with room', () => {
    const marked = lineChartLayout(
      {
        ...data,
        referenceMarks: [
          {
            id: 'r',
            period: '2023',
            value: 2.5e8,
            label: 'Press: $250 m',
            sourceTitle: 'S',
            url: 'https://x.org',
          },
        ],
      },
      800,
    );
    const mark = marked.references[0]!;
    expect(mark.x).toBeCloseTo(marked.columns.at(-1)!.x);
    expect(mark.y).toBeLessThan(marked.series[0]!.points.at(-1)!.y);
    expect(mark.anchor).toBe('end');
  });

  it('shortens year labels when years are narrow', () => {
    expect(lineChartLayout(data, 300).xTicks[0]!.label).toBe('’17');
    expect(lineChartLayout(data, 1000).xTicks[0]!.label).toBe('2017');
  });
});

describe('year-to-date lines', () => {
  it('leave a gap between December and January instead of a fall to the new year', () => {
    const months = ['2023-11', '2023-12', '2024-01', '2024-02'];
    const series = {
      key: 'all',
      label: 'All goods',
      freq: 'M' as const,
      unit: { kind: 'currency' as const, currency: 'USD' as const },
      points: months.map((period, i) => ({
        period,
        value: [100, 110, 10, 20][i] ?? null,
        basis: null,
        sources: [],
      })),
    };
    const data = {
      series: [series],
      colours: new Map(),
      breaks: [],
      events: [],
      periods: months,
      unit: series.unit,
      scale: 'linear' as const,
      restartsEachYear: true,
    };
    const layout = lineChartLayout(data, 720);
    expect(layout.series[0]?.segments).toHaveLength(2);
    expect(lineChartLayout({ ...data, restartsEachYear: false }, 720).series[0]?.segments).toHaveLength(1);
  });
});
