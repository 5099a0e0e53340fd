import { describe, expect, it } from 'vitest';
import {
  decimalsFor,
  formatIsoDate,
  formatPercentDiff,
  formatUsdLong,
  formatUsdShort,
} from '../../../src/charts/kit/format';
import { formatLong } from '../../../src/charts/kit/unit-format';
import type { Unit } from '../../../src/data/series';

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

  it('keeps at least three significant figures, however small the scaled number', () => {
    expect(formatUsdLong(2_160_000)).toBe('US$ 2.16 million');
    expect(formatUsdLong(1_500_000)).toBe('US$ 1.50 million');
    expect(formatUsdLong(4_321)).toBe('US$ 4.32 thousand');
    expect(formatUsdLong(512)).toBe('US$ 512.0');
    expect(formatUsdLong(7.5)).toBe('US$ 7.50');
  });
});

describe('formatLong: at least three significant figures in tooltips and tables', () => {
  const usd: Unit = { kind: 'currency', currency: 'USD' };
  const cases: [number, Unit, string][] = [
    [2_163_000_000, usd, 'US$ 2.16 billion'],
    [21_630_000_000, usd, 'US$ 21.6 billion'],
    [2_608_612_345, usd, 'US$ 2.61 billion'],
    [9_996_000_000, usd, 'US$ 10.0 billion'],
    [-2_163_000_000, usd, 'US$ −2.16 billion'],
    [3_456_000, { kind: 'currency', currency: 'EUR' }, 'EUR 3.46 million'],
    [1.234, { kind: 'quantity', unit: 't' }, '1.23 t'],
    [1234.5, { kind: 'quantity', unit: 't' }, '1,234.5 t'],
    [2.345, { kind: 'percent' }, '2.35 %'],
    [0.0523, { kind: 'percent' }, '0.0523 %'],
    [98.76, { kind: 'index', base: '2021' }, '98.8 (2021 = 100)'],
    [-1.234, { kind: 'change-percent' }, '−1.23 %'],
    [12.3, { kind: 'change-percent' }, '+12.3 %'],
    [12.3, { kind: 'unit-value', currency: 'USD', per: 'kg' }, 'US$ 12.30 per kg'],
    [0.0456, { kind: 'unit-value', currency: 'USD', per: 'kg' }, 'US$ 0.0456 per kg'],
  ];
  it.each(cases)('%d -> %s', (value, unit, text) => {
    expect(formatLong(value, unit).replace('-', '−')).toBe(text);
  });

  it('is never more than 0.5% off the value it stands for', () => {
    for (const value of [1.005e9, 2.163e9, 9.87e6, 1.01e6, 123_456, 1.5e3, 3.21]) {
      const text = formatLong(value, usd);
      const [, digits = '', word = ''] = /US\$ ([\d,.]+)(?: (billion|million|thousand))?/.exec(text) ?? [];
      const scale = { billion: 1e9, million: 1e6, thousand: 1e3 }[word] ?? 1;
      const shown = Number(digits.replace(/,/g, '')) * scale;
      expect(Math.abs(shown - value) / value).toBeLessThanOrEqual(0.005);
    }
  });

  it('decimalsFor gives three significant figures, at least one decimal', () => {
    expect(decimalsFor(2.16)).toBe(2);
    expect(decimalsFor(21.6)).toBe(1);
    expect(decimalsFor(2160)).toBe(1);
    expect(decimalsFor(0.0523)).toBe(4);
    expect(decimalsFor(0)).toBe(1);
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

it('formatIsoDate writes the date as Chinese and Russian readers write it', async () => {
  const { activateLocale } = await import('../../../src/i18n/i18n');
  try {
    await activateLocale('zh');
    expect(formatIsoDate('2022-02-24')).toBe('2022年2月24日');
    await activateLocale('ru');
    expect(formatIsoDate('2022-02-24')).toBe('24 февраля 2022 г.');
  } finally {
    await activateLocale('en');
  }
  expect(formatIsoDate('2022-02-24')).toBe('24 Feb 2022');
});
