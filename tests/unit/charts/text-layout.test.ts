import { describe, expect, it } from 'vitest';
import { dodge, estimateTextWidth, wrapText } from '../../../src/charts/kit/text-layout';

describe('dodge', () => {
  it('keeps positions that are already far enough apart', () => {
    expect(dodge([10, 50, 100], 15, 0, 200)).toEqual([10, 50, 100]);
  });

  it('pushes close labels apart by at least the gap, keeping their order', () => {
    const placed = dodge([100, 102, 101], 15, 0, 200);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(15);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(15);
    expect(placed[0]).toBeLessThan(placed[2]!);
    expect(placed[2]).toBeLessThan(placed[1]!);
  });

  it('stays inside the bounds by pushing back from the edge', () => {
    const placed = dodge([195, 198, 199], 15, 0, 200);
    expect(Math.max(...placed)).toBeLessThanOrEqual(200);
    expect(Math.min(...placed)).toBe(170);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('From 2022: China’s declarations only', 80, 11)).toEqual([
      'From 2022:',
      'China’s',
      'declarations',
      'only',
    ]);
    expect(wrapText('From 2022: China’s declarations only', 400, 11)).toEqual([
      'From 2022: China’s declarations only',
    ]);
  });
});

describe('estimateTextWidth in Chinese', () => {
  it('counts a Chinese character as a little over an em, about twice a Latin letter, and Latin text as before', () => {
    expect(estimateTextWidth('60亿美元', 10)).toBeCloseTo(2 * 5.8 + 3 * 11);
    expect(estimateTextWidth('$6 bn', 10)).toBeCloseTo(5 * 5.8);
  });
});
