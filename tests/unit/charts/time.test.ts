import { expect, it } from 'vitest';
import { dateToYear, periodMidpoint, periodStart } from '../../../src/charts/kit/time';

it('places annual values at mid-year and months at mid-month', () => {
  expect(periodMidpoint('2017')).toBe(2017.5);
  expect(periodMidpoint('2023-01')).toBeCloseTo(2023 + 0.5 / 12);
});

it('places a period start at its first day', () => {
  expect(periodStart('2022')).toBe(2022);
  expect(periodStart('2022-03')).toBeCloseTo(2022 + 2 / 12);
});

it('places a date at its true fraction of the year', () => {
  expect(dateToYear('2022-01-01')).toBe(2022);
  expect(dateToYear('2022-02-24')).toBeCloseTo(2022 + 54 / 365);
  expect(dateToYear('2020-12-31')).toBeCloseTo(2020 + 365 / 366);
});
