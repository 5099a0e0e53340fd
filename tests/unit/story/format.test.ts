import { describe, expect, it } from 'vitest';
import {
  change,
  changeInWords,
  eur,
  percent,
  ratioOf,
  usd,
  usdBillions,
} from '../../../src/story/facts/format';

describe('story number formats', () => {
  it('says "no data" for null, never zero', () => {
    for (const format of [usd, eur, percent, change, changeInWords]) expect(format(null)).toBe('no data');
  });

  it('formats money, shares and changes', () => {
    expect(usd(211.4e6)).toBe('$211 m');
    expect(usd(5.48e9)).toBe('$5.5 bn');
    expect(usd(1.049e9)).toBe('$1.0 bn');
    expect(usd(110.01e9)).toBe('$110 bn');
    expect(usd(83.5e6)).toBe('$84 m');
    expect(usdBillions(90.08e9)).toBe('$90.08 bn');
    expect(eur(1.56e9)).toBe('€1.6 bn');
    expect(percent(0.0787)).toBe('7.9%');
    expect(change(0.8)).toBe('−20%');
    expect(change(1.052)).toBe('+5.2%');
    expect(changeInWords(9.74)).toBe('9.7 times');
    expect(changeInWords(1.5)).toBe('+50%');
  });

  it('has no ratio without both sides or with a zero base', () => {
    expect(ratioOf(2, null)).toBeNull();
    expect(ratioOf(2, 0)).toBeNull();
    expect(ratioOf(3, 2)).toBe(1.5);
  });
});
