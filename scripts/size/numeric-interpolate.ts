// d3-scale's import of d3-interpolate resolves to d3-interpolate-numeric.ts (numbers only), so the bundle drops
// d3-color, which only colour interpolation needs.
import { scaleShim } from './scale-shim.ts';

export const numericInterpolate = () =>
  scaleShim('numeric-interpolate', 'd3-interpolate', 'd3-interpolate-numeric.ts');
