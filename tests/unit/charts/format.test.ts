import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatPercentDiff, formatUsdLong, formatUsdShort } from '../../../src/charts/format';

describe('formatUsdShort (axes)', () => {
  it('writes billions and millions briefly', () => {
    expect(formatUsdShort(1.2e9)).toBe('$1.2 bn');
    expect(formatUsdShort(2e9)).toBe('$2 bn');
    expect(formatUsdShort(2.5e9)).toBe('$2.5 bn');
    expect(formatUsdShort(250e6)).toBe('$250 m');
    expect(formatUsdShort(500e6)).toBe('$500 m');
    expect(formatUsdShort(0)).toBe('$0');
  });
});

describe('formatUsdLong (tooltips, tables)', () => {
  it('writes the value with its unit, to a tenth of a million', () => {
    expect(formatUsdLong(211_400_000)).toBe('US$ 211.4 million');
    expect(formatUsdLong(2_608_612_345)).toBe('US$ 2,608.6 million');
    expect(formatUsdLong(45_300)).toBe('US$ 45.3 thousand');
  });

  it('says “no data” for a missing value, never $0', () => {
    expect(formatUsdLong(null)).toBe('no data');
  });
});

describe('formatPercentDiff', () => {
  it('signs the difference and shows a dash when missing', () => {
    expect(formatPercentDiff(-6.73)).toBe('−6.7 %');
    expect(formatPercentDiff(4.54)).toBe('+4.5 %');
    expect(formatPercentDiff(null)).toBe('—');
  });
});

it('formatIsoDate writes a calendar date without time zones', () => {
  expect(formatIsoDate('2022-02-24')).toBe('24 Feb 2022');
});
