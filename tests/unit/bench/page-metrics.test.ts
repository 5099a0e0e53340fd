import { describe, expect, it } from 'vitest';
import {
  cumulativeLayoutShift,
  markdownTable,
  mostFrequent,
  ratio,
  spread,
  summarize,
  type LoadFigures,
} from '../../../scripts/bench/page-metrics';

const load = (drawnMs: number, extra: Partial<LoadFigures> = {}): LoadFigures => ({
  drawnMs,
  lcpMs: drawnMs + 10,
  lcpElement: 'svg in chart',
  cls: 0,
  bytes: 2048,
  requests: 3,
  ...extra,
});

describe('spread', () => {
  it('gives the median, min and max whatever the order', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('refuses no values', () => {
    expect(() => spread([])).toThrow(/no values/);
  });
});

describe('cumulativeLayoutShift', () => {
  it('sums the shifts that no recent input caused', () => {
    const shifts = [
      { value: 0.1, hadRecentInput: false },
      { value: 0.5, hadRecentInput: true },
      { value: 0.05, hadRecentInput: false },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.15, 10);
    expect(cumulativeLayoutShift([])).toBe(0);
  });
});

describe('mostFrequent', () => {
  it('picks the commonest value, the first seen among equals', () => {
    expect(mostFrequent(['h1', 'svg', 'svg', 'p'])).toBe('svg');
    expect(mostFrequent(['p', 'h1', 'h1', 'p'])).toBe('p');
    expect(mostFrequent([])).toBe('');
  });
});

describe('ratio', () => {
  it('divides medians, and has no ratio to a missing or zero reference', () => {
    expect(ratio(50, 200)).toBe('0.25x');
    expect(ratio(50, undefined)).toBe('–');
    expect(ratio(50, 0)).toBe('–');
  });
});

describe('markdownTable', () => {
  it('shows each contender with medians, ranges and its ratios to the references of the same run', () => {
    const rows = [
      summarize('ours', [load(100), load(300), load(200)]),
      summarize('peer', [
        load(400, { requests: 5 }),
        load(400, { requests: 7 }),
        load(500, { lcpElement: 'h1' }),
      ]),
    ];
    const lines = markdownTable(rows, ['peer']).split('\n');
    expect(lines[0]).toBe(
      '| contender | drawn ms | LCP ms | LCP element | CLS | KB before drawn | requests before drawn | drawn vs peer |',
    );
    expect(lines[2]).toBe(
      '| ours | 200 (100–300) | 210 (110–310) | `svg in chart` | 0.000 (0.000–0.000) | 2.0 (2.0–2.0) | 3 (3–3) | 0.50x |',
    );
    expect(lines[3]).toContain('| 400 (400–500) |');
    expect(lines[3]).toContain('| 5 (3–7) | 1.00x |');
  });
});
