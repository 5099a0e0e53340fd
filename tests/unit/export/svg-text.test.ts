// Line breaking of exported figures' texts in Chinese and Russian: a Chinese character is a full em wide, and
// Chinese has no spaces between words, so a title must still break into lines that fit the figure.
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapLines } from '../../../src/export/svg-text';

const TITLE_ZH = '中国对俄罗斯出口：按等级划分的共同高优先级清单商品';

describe('the width estimate of exported texts', () => {
  it('counts a Chinese character as a full em, Latin and Cyrillic letters as about half', () => {
    expect(estimateTextWidth('中国对俄罗斯出口', 10, false)).toBeGreaterThanOrEqual(80);
    expect(estimateTextWidth('Экспорт', 10, false)).toBeLessThan(50);
    expect(estimateTextWidth('Exports', 10, false)).toBeLessThan(50);
  });

  it('breaks a Chinese title into lines that fit, without spaces to break at', () => {
    const width = 200;
    const lines = wrapLines(TITLE_ZH, (line) => estimateTextWidth(line, 18, true) <= width);
    expect(lines.join('')).toBe(TITLE_ZH);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length * 18).toBeLessThanOrEqual(width);
  });
});
