// The value axis: linear from zero (or below it for negative changes), or logarithmic over the positive
// values only. Ticks are few and round, labelled with the unit.
import { scaleLinear, scaleLog } from 'd3-scale';
import type { Unit } from '../../data/series';
import { formatShort } from './unit-format';

export type ScaleKind = 'linear' | 'log';

export interface ValueAxis {
  y: (value: number) => number;
  ticks: { label: string; value: number }[];
  /** Whether a value can be drawn at all (a log axis has no place for zero or less). */
  drawable: (value: number) => boolean;
}

/** [min, max] of the values, ignoring nulls (and non-positive values on a log axis). */
export function valueExtent(values: Iterable<number | null>, scale: ScaleKind): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value) || (scale === 'log' && value <= 0)) continue;
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  return lo <= hi ? [lo, hi] : [scale === 'log' ? 1 : 0, 1];
}

export function tickCount(plotHeight: number): number {
  return Math.max(3, Math.min(7, Math.round(plotHeight / 55)));
}

function logTicks(domain: [number, number], count: number): number[] {
  const scale = scaleLog().domain(domain);
  const all = scale.ticks(count * 3);
  for (const mantissas of [[1], [1, 3], [1, 2, 5]]) {
    const kept = all.filter((t) =>
      mantissas.includes(Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9))),
    );
    if (kept.length >= 3 || mantissas.length === 3) return kept.length > 0 ? kept : all.slice(0, count);
  }
  return all;
}

/** A value axis for `extent` from `bottom` up to `top` pixels. */
export function valueAxis(
  extent: [number, number],
  scale: ScaleKind,
  unit: Unit,
  range: [bottom: number, top: number],
  count = tickCount(range[0] - range[1]),
): ValueAxis {
  if (scale === 'log') {
    const y = scaleLog()
      .domain(extent[0] === extent[1] ? [extent[0] / 10, extent[1] * 10] : extent)
      .nice();
    y.range(range);
    const domain = y.domain() as [number, number];
    return {
      y: (value) => y(value),
      ticks: logTicks(domain, count).map((value) => ({ value, label: formatShort(value, unit) })),
      drawable: (value) => value > 0,
    };
  }
  const y = scaleLinear().domain([Math.min(0, extent[0]), Math.max(0, extent[1])]);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  y.nice(count).range(range);
  return {
    y: (value) => y(value),
    ticks: y.ticks(count).map((value) => ({ value, label: formatShort(value, unit) })),
    drawable: () => true,
  };
}
