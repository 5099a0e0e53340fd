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

// A Chinese note has spaces only around Latin words and numbers; a line must not break early at such a space and
// leave the rest of the line empty, and the line-breaking rules of Chinese (no line starts with a closing
// punctuation mark, none ends with an opening one) hold.
const NOTE_ZH =
  '注：2022年起 俄罗斯不再公布其贸易数据，（本项目）使用中国海关的申报数据，“镜像”统计与原始数据不同。';
const NO_LINE_START = '。，、；：？！）」』”';
const NO_LINE_END = '（「『“';

describe('the wrap of Chinese text in exported figures', () => {
  const fits = (width: number) => (line: string) => estimateTextWidth(line, 12, false) <= width;

  it('fills each line but the last to within a character of the width, even after a space', () => {
    const lines = wrapLines(NOTE_ZH, fits(150));
    expect(lines.join('').replaceAll(' ', '')).toBe(NOTE_ZH.replaceAll(' ', ''));
    for (const line of lines.slice(0, -1)) {
      expect(estimateTextWidth(line, 12, false)).toBeGreaterThan(150 - 2 * 12);
      expect(estimateTextWidth(line, 12, false)).toBeLessThanOrEqual(150);
    }
  });

  it('never starts a line with a closing mark, nor ends one with an opening mark, at any width', () => {
    for (let width = 40; width <= 300; width += 6) {
      const lines = wrapLines(NOTE_ZH, fits(width));
      for (const line of lines.slice(1)) expect(NO_LINE_START).not.toContain(line[0]);
      for (const line of lines.slice(0, -1)) expect(NO_LINE_END).not.toContain(line.at(-1));
    }
  });

  it('keeps English and Russian breaking at spaces only', () => {
    const fitsEn = fits(120);
    expect(wrapLines('From 2022: China’s declarations only, by HS code', fitsEn)).toEqual([
      'From 2022: China’s',
      'declarations only,',
      'by HS code',
    ]);
    expect(wrapLines('С 2022 года: только декларации Китая', fits(120))).toEqual([
      'С 2022 года:',
      'только декларации',
      'Китая',
    ]);
  });
});
