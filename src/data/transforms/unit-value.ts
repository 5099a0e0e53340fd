import type { Series } from '../series';
import { TransformError } from './errors';
import { assertSameFrequency, derivedPoint, pointsByPeriod, ratio } from './points';

const KG_PER_TONNE = 1000;

/**
 * Value per kilogram: value (currency) / (quantity in tonnes x 1000). Null where either is missing or the
 * quantity is 0. The result keeps the value series' currency.
 */
export function unitValue(valueSeries: Series, quantitySeries: Series): Series {
  assertSameFrequency(valueSeries, quantitySeries);
  const { unit } = valueSeries;
  if (unit.kind !== 'currency' || quantitySeries.unit.kind !== 'quantity') {
    throw new TransformError(
      'unit-mismatch',
      'unit value needs a currency series and a quantity series in tonnes',
    );
  }
  const quantities = pointsByPeriod(quantitySeries);
  const points = valueSeries.points.map((point) => {
    const quantity = quantities.get(point.period);
    if (!quantity) return derivedPoint(point.period, null, [point]);
    const kg = quantity.value === null ? null : quantity.value * KG_PER_TONNE;
    return derivedPoint(point.period, ratio(point.value, kg, 1), [point, quantity]);
  });
  return { ...valueSeries, unit: { kind: 'unit-value', currency: unit.currency, per: 'kg' }, points };
}
