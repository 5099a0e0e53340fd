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

describe('wrapText in Chinese', () => {
  it('breaks a Chinese break label between characters, not only at its few spaces', () => {
    const label = '2022年起：仅有中国海关的申报数据（俄方停止公布）';
    const lines = wrapText(label, 100, 11);
    expect(lines.join('')).toBe(label);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(100);
    for (const line of lines.slice(1)) expect('：，。）').not.toContain(line[0]);
    for (const line of lines.slice(0, -1)) expect('（').not.toContain(line.at(-1));
  });

  it('keeps a number with the Chinese unit after it', () => {
    const lines = wrapText('对俄出口额为22.2亿美元', 90, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.includes('22.2亿'))).toBe(true);
  });
});
