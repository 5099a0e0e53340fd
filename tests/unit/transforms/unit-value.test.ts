import { describe, expect, it } from 'vitest';
import { TransformError, unitValue } from '../../../src/data/transforms';
import { makeSeries, TONNES, USD, values } from './make-series';

describe('unitValue', () => {
  const quantity = makeSeries(
    [
      ['2020', 2],
      ['2021', 0],
      ['2022', null],
      ['2023', 4],
    ],
    { unit: TONNES },
  );

  it('gives US$ per kg from US$ and tonnes; null on missing or zero quantity', () => {
    const value = makeSeries([
      ['2020', 10_000],
      ['2021', 500],
      ['2022', 500],
      ['2023', null],
      ['2024', 1],
    ]);
    const perKg = unitValue(value, quantity);
    expect(values(perKg)).toEqual([5, null, null, null, null]);
    expect(perKg.unit).toEqual({ kind: 'unit-value', currency: 'USD', per: 'kg' });
  });

  it('refuses swapped arguments and mixed frequencies', () => {
    const value = makeSeries([['2020', 1]], { unit: USD });
    expect(() => unitValue(quantity, value)).toThrow(TransformError);
    const monthlyQuantity = makeSeries([['2020-01', 1]], { unit: TONNES, freq: 'M' });
    expect(() => unitValue(value, monthlyQuantity)).toThrow(
      expect.objectContaining({ code: 'frequency-mismatch' }),
    );
  });
});
