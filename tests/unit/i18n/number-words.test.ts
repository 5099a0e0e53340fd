// Hand-checked figures in each language: Chinese in 万/亿 without a space ("22.2亿美元"), Russian with a decimal
// comma, a no-break space between thousands and "млрд/млн/тыс." words ("2,2 млрд долл."). English is
// untouched: tests/unit/charts/format.test.ts and the chart snapshots hold its figures.
import { afterEach, describe, expect, it } from 'vitest';
import { localeLong, localeShort } from '../../../src/i18n/number-words';
import { activateLocale } from '../../../src/i18n/i18n';
import { formatLong, formatShort } from '../../../src/charts/kit/unit-format';
import { formatUsdLong, formatUsdShort } from '../../../src/charts/kit/format';

const usd = { kind: 'currency', currency: 'USD' } as const;
const NBSP = '\u00a0';

describe('Chinese numbers', () => {
  it('counts money in 亿 and 万', () => {
    expect(localeLong(2.22e9, usd, 'zh')).toBe('22.2亿美元');
    expect(localeShort(2.2e9, usd, 'zh')).toBe('22亿美元');
    expect(localeShort(2.5e6, usd, 'zh')).toBe('250万美元');
    expect(localeLong(211.4e6, usd, 'zh')).toBe('2.11亿美元');
    expect(localeShort(1.5e12, usd, 'zh')).toBe('1.5万亿美元');
    expect(localeShort(-3400, usd, 'zh')).toBe('−3,400美元');
    expect(localeLong(3.3e9, { kind: 'currency', currency: 'EUR' }, 'zh')).toBe('33亿欧元');
  });

  it('writes tonnes, prices per kg, shares and changes', () => {
    expect(localeShort(15234.5, { kind: 'quantity' }, 'zh')).toBe('1.5万吨');
    expect(localeLong(15234.5, { kind: 'quantity' }, 'zh')).toBe('15,234.5吨');
    expect(localeLong(12.3, { kind: 'unit-value', currency: 'EUR' }, 'zh')).toBe('12.30欧元/千克');
    expect(localeShort(12.5, { kind: 'percent' }, 'zh')).toBe('12.5%');
    expect(localeLong(-4.25, { kind: 'change-percent' }, 'zh')).toBe('−4.25%');
  });
});

describe('Russian numbers', () => {
  it('counts money in тыс., млн, млрд with a decimal comma, the currency after, on axes and marks as in the text', () => {
    expect(localeLong(2.2e9, usd, 'ru')).toBe('2,2 млрд долл.');
    expect(localeLong(2.22e9, usd, 'ru')).toBe('2,22 млрд долл.');
    expect(localeLong(211.4e6, usd, 'ru')).toBe('211 млн долл.');
    expect(localeLong(-3400, usd, 'ru')).toBe('−3,4 тыс. долл.');
    expect(localeShort(2.2e9, usd, 'ru')).toBe('2,2 млрд долл.');
    expect(localeShort(180e6, usd, 'ru')).toBe('180 млн долл.');
    expect(localeShort(2.5e6, usd, 'ru')).toBe('2,5 млн долл.');
    expect(localeShort(-3400, usd, 'ru')).toBe('−3,4 тыс. долл.');
    // Zero needs no currency, and a ranked chart's first tick sits at the plot's left edge: a word would be cut.
    expect(localeShort(0, usd, 'ru')).toBe('0');
    expect(localeShort(0, usd, 'zh')).toBe('0');
    expect(localeShort(1.5e12, usd, 'ru')).toBe('1,5 трлн долл.');
    expect(localeShort(250e6, { kind: 'currency', currency: 'EUR' }, 'ru', true)).toBe('250 млн евро');
  });

  it('writes tonnes, prices per kg, shares, changes and indices', () => {
    expect(localeLong(15234.5, { kind: 'quantity' }, 'ru')).toBe(`15${NBSP}234,5 т`);
    expect(localeLong(12.3, { kind: 'unit-value', currency: 'EUR' }, 'ru')).toBe('12,30 евро/кг');
    expect(localeShort(12.5, { kind: 'percent' }, 'ru')).toBe('12,5 %');
    expect(localeLong(-4.25, { kind: 'change-percent' }, 'ru')).toBe('−4,25 %');
    expect(localeLong(134.56, { kind: 'index', base: '2021' }, 'ru')).toBe('134,6 (2021 = 100)');
  });
});

describe('the chart formats follow the active language', () => {
  afterEach(() => activateLocale('en'));

  it('are the English ones in English and the words of the chosen language otherwise', async () => {
    expect(formatShort(2.2e9, usd)).toBe('$2.2 bn');
    expect(formatUsdLong(211.4e6)).toBe('US$ 211.4 million');
    await activateLocale('zh');
    expect(formatShort(2.2e9, usd)).toBe('22亿美元');
    expect(formatUsdShort(2.5e6)).toBe('250万美元');
    expect(formatLong(null, usd)).toBe('无数据');
    await activateLocale('ru');
    expect(formatLong(2.22e9, usd)).toBe('2,22 млрд долл.');
    expect(formatShort(2.2e9, usd)).toBe('2,2 млрд долл.');
    expect(formatUsdShort(180e6)).toBe('180 млн долл.');
    expect(formatLong(null, usd)).toBe('нет данных');
    await activateLocale('en');
    expect(formatLong(null, usd)).toBe('no data');
  });
});
