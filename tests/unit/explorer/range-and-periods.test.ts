import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { formatPeriod } from '../../../src/explorer/period-format';
import { checkPeriodInput, datasetPeriods, rangeIndices } from '../../../src/explorer/periods';
import { nearestHandle, positionAfterKey, positionAtPointer } from '../../../src/explorer/range-keys';
import { DEFAULT_SPEC, defaultSpecFor } from '../../../src/spec';

describe('slider keys', () => {
  const range = [2, 5] as const;
  it('moves a handle by one, by a big step, or to its end, without crossing the other', () => {
    expect(positionAfterKey('ArrowRight', 'from', range, 10, 3)).toBe(3);
    expect(positionAfterKey('ArrowDown', 'from', range, 10, 3)).toBe(1);
    expect(positionAfterKey('PageUp', 'from', range, 10, 3)).toBe(5);
    expect(positionAfterKey('PageUp', 'to', range, 10, 3)).toBe(8);
    expect(positionAfterKey('PageDown', 'to', range, 10, 3)).toBe(2);
    expect(positionAfterKey('Home', 'from', range, 10, 3)).toBe(0);
    expect(positionAfterKey('End', 'from', range, 10, 3)).toBe(5);
    expect(positionAfterKey('Home', 'to', range, 10, 3)).toBe(2);
    expect(positionAfterKey('End', 'to', range, 10, 3)).toBe(9);
    expect(positionAfterKey('ArrowLeft', 'from', [0, 5], 10, 3)).toBe(0);
  });

  it('ignores other keys', () => {
    expect(positionAfterKey('Tab', 'from', range, 10, 3)).toBeNull();
    expect(positionAfterKey('a', 'to', range, 10, 3)).toBeNull();
  });

  it('maps a pointer to the nearest period and the nearest handle', () => {
    expect(positionAtPointer(100, 100, 600, 7)).toBe(0);
    expect(positionAtPointer(400, 100, 600, 7)).toBe(3);
    expect(positionAtPointer(2000, 100, 600, 7)).toBe(6);
    expect(positionAtPointer(50, 100, 600, 7)).toBe(0);
    expect(nearestHandle(1, [2, 5])).toBe('from');
    expect(nearestHandle(6, [2, 5])).toBe('to');
    expect(nearestHandle(3, [2, 5])).toBe('from');
    expect(nearestHandle(4, [2, 5])).toBe('to');
  });
});

describe('periods of a dataset', () => {
  it('are the coverage of each source', () => {
    expect(datasetPeriods('baci-hs6')).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    const monthly = datasetPeriods('comtrade-monthly');
    expect(monthly[0]).toBe('2017-01');
    expect(monthly).toHaveLength(96);
  });

  it('place a spec range on the list, clamped, with year bounds covering their months', () => {
    const years = datasetPeriods('baci-hs6');
    expect(rangeIndices(years, '2019', '2021')).toEqual([2, 4]);
    expect(rangeIndices(years, '1990', '2050')).toEqual([0, 6]);
    const months = datasetPeriods('comtrade-monthly');
    expect(rangeIndices(months, '2018', '2018')).toEqual([12, 23]);
  });

  it('check typed bounds: form, then coverage', () => {
    const years = datasetPeriods('baci-hs6');
    expect(checkPeriodInput(' 2019 ', DEFAULT_SPEC, years)).toEqual({ ok: true, period: '2019' });
    expect(checkPeriodInput('2019-03', DEFAULT_SPEC, years)).toMatchObject({ ok: false, message: /YYYY/ });
    expect(checkPeriodInput('abc', DEFAULT_SPEC, years).ok).toBe(false);
    expect(checkPeriodInput('2030', DEFAULT_SPEC, years)).toMatchObject({
      ok: false,
      message: /2017 to 2023/,
    });
    const monthly = defaultSpecFor('comtrade-monthly');
    const months = datasetPeriods('comtrade-monthly');
    expect(checkPeriodInput('2020-02', monthly, months)).toEqual({ ok: true, period: '2020-02' });
    expect(checkPeriodInput('2020', monthly, months)).toMatchObject({ ok: false, message: /YYYY-MM/ });
    expect(checkPeriodInput('2020-13', monthly, months).ok).toBe(false);
  });

  it('read as words', () => {
    expect(formatPeriod('2019')).toBe('2019');
    expect(formatPeriod('2019-03')).toBe('Mar 2019');
  });
});

describe('periods in Chinese and Russian', () => {
  addCatalogue(PAGES_CATALOGUE);
  afterEach(() => activateLocale('en'));

  it('name the month as Intl writes it in the language', async () => {
    await activateLocale('zh');
    expect(formatPeriod('2019-03')).toBe('2019年3月');
    expect(formatPeriod('2019')).toBe('2019');
    await activateLocale('ru');
    expect(formatPeriod('2019-03')).toMatch(/^мар(т|\.) 2019/);
    expect(formatPeriod('2022-12')).toMatch(/^дек\. 2022/);
  });

  it('say what to type in the language', async () => {
    const years = datasetPeriods('baci-hs6');
    await activateLocale('ru');
    expect(checkPeriodInput('20', DEFAULT_SPEC, years)).toEqual({
      ok: false,
      message: 'Введите год в формате ГГГГ.',
    });
    expect(checkPeriodInput('2030', DEFAULT_SPEC, years)).toMatchObject({ ok: false, message: /2017.*2023/ });
    await activateLocale('zh');
    expect(checkPeriodInput('20', DEFAULT_SPEC, years)).toMatchObject({
      ok: false,
      message: /[\u4e00-\u9fff]/,
    });
  });
});
