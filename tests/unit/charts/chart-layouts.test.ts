// The three layouts every time chart and the ranked bars are drawn from, tested as plain data (issue 12): the
// properties a reader relies on, over many generated inputs, rather than fixed pixel values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series, Unit } from '../../../src/data/series';
import { timeFrame } from '../../../src/charts/kit/time-frame';
import { rankedBarLayout } from '../../../src/charts/ranked-bar/layout';
import { stackedLayout, stackValues } from '../../../src/charts/stacked/layout';
import type { SeriesColour } from '../../../src/charts/kit/palette';

const USD: Unit = { kind: 'currency', currency: 'USD' };
const YEARS = ['2017', '2018', '2019', '2020', '2021', '2022', '2023'];
const COLOUR: SeriesColour = { line: '#0072B2', text: '#0072B2' };

const valueOrGap = fc.option(fc.integer({ min: 0, max: 5e9 }), { nil: null, freq: 5 });
const seriesSet = fc.array(fc.array(valueOrGap, { minLength: YEARS.length, maxLength: YEARS.length }), {
  minLength: 1,
  maxLength: 6,
});
const width = fc.integer({ min: 300, max: 1400 });

function toSeries(values: readonly (number | null)[][]): Series[] {
  return values.map((points, i) => ({
    key: `s${i}`,
    label: `Series ${i}`,
    freq: 'A',
    unit: USD,
    points: points.map((value, t) => ({ period: YEARS[t] ?? '', value, basis: null, sources: [] })),
  }));
}

function chartData(series: Series[]) {
  return {
    series,
    colours: new Map(series.map((s) => [s.key, COLOUR])),
    breaks: [{ id: 'b', at: 2022, label: 'From 2022: one side declares' }],
    events: [],
    periods: YEARS,
    unit: USD,
    scale: 'linear' as const,
  };
}

describe('timeFrame', () => {
  it('keeps the plot inside the chart and maps periods left to right, values bottom to top', () => {
    fc.assert(
      fc.property(width, fc.integer({ min: 1, max: 1e10 }), (w, max) => {
        const frame = timeFrame(
          {
            periods: YEARS,
            unit: USD,
            scale: 'linear',
            extent: [0, max],
            breaks: [],
            events: [],
            rightLabels: [],
          },
          w,
        );
        expect(frame.plot.left).toBeGreaterThanOrEqual(0);
        expect(frame.plot.right).toBeLessThanOrEqual(w);
        expect(frame.plot.top).toBeLessThan(frame.plot.bottom);
        expect(frame.plot.bottom).toBeLessThanOrEqual(frame.height);
        expect(frame.x(2017)).toBeLessThan(frame.x(2023));
        expect(frame.y(max)).toBeLessThan(frame.y(0));
        expect(frame.y(max)).toBeGreaterThanOrEqual(frame.plot.top - 0.5);
      }),
    );
  });

  it('draws each break between its two periods and leaves room above the plot for its label', () => {
    const frame = timeFrame(
      {
        periods: YEARS,
        unit: USD,
        scale: 'linear',
        extent: [0, 100],
        breaks: [{ id: 'b', at: 2022, label: 'From 2022: one side declares' }],
        events: [],
        rightLabels: [],
      },
      390,
    );
    expect(frame.breaks).toHaveLength(1);
    expect(frame.breaks[0]?.x).toBeCloseTo(frame.x(2022));
    expect(frame.plot.top).toBeGreaterThan(0);
  });
});

describe('stackedLayout', () => {
  it('piles each period so the top of the stack is the sum of what is there, gaps adding nothing', () => {
    fc.assert(
      fc.property(seriesSet, (values) => {
        const stacked = stackValues(chartData(toSeries(values)));
        YEARS.forEach((_, t) => {
          const sum = values.reduce((acc, s) => acc + (s[t] ?? 0), 0);
          const top = Math.max(0, ...stacked.map((s) => s.values[t]?.hi ?? 0));
          expect(top).toBeCloseTo(sum, 0);
        });
      }),
    );
  });

  it('draws no segment for a missing value and lists periods whose stack is incomplete', () => {
    fc.assert(
      fc.property(seriesSet, width, (values, w) => {
        const layout = stackedLayout(chartData(toSeries(values)), w, 'bar');
        layout.bands.forEach((band, i) => {
          const drawn = new Set(band.segments.map((s) => s.period));
          YEARS.forEach((year, t) => expect(drawn.has(year)).toBe(values[i]?.[t] !== null));
        });
        const incomplete = YEARS.filter((_, t) => {
          const column = values.map((s) => s[t] ?? null);
          return column.some((v) => v === null) && column.some((v) => v !== null);
        });
        expect(layout.incomplete).toEqual(incomplete);
        for (const band of layout.bands) {
          for (const s of band.segments) {
            expect(s.y1).toBeLessThanOrEqual(s.y0 + 1e-6);
            expect(s.y1).toBeGreaterThanOrEqual(layout.plot.top - 0.5);
            expect(s.y0).toBeLessThanOrEqual(layout.plot.bottom + 0.5);
          }
        }
      }),
    );
  });
});

describe('rankedBarLayout', () => {
  it('gives each series one row in order, bar length growing with value, "no data" never drawn as zero', () => {
    fc.assert(
      fc.property(fc.array(valueOrGap, { minLength: 1, maxLength: 12 }), width, (values, w) => {
        const series = toSeries(values.map((v) => [...YEARS.slice(1).map(() => null), v]));
        const layout = rankedBarLayout({ series, colours: new Map(), period: '2023', unit: USD }, w);
        expect(layout.bars.map((b) => b.key)).toEqual(series.map((s) => s.key));
        layout.bars.forEach((bar, i) => {
          if (i > 0) expect(bar.y).toBeGreaterThan(layout.bars[i - 1]?.y ?? -Infinity);
          expect(bar.x + bar.width).toBeLessThanOrEqual(w);
          if (values[i] === null) {
            expect(bar.valueText).toBe('no data');
            expect(bar.width).toBe(0);
          } else expect(bar.valueText).not.toBe('no data');
        });
        const known = layout.bars.filter((b) => b.value !== null);
        for (const a of known)
          for (const b of known)
            if ((a.value ?? 0) < (b.value ?? 0)) expect(a.width).toBeLessThanOrEqual(b.width);
      }),
    );
  });
});
