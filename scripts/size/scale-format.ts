// d3-scale's import of d3-format resolves to d3-format-unused.ts, so the bundle drops d3-format, which only the
// scales' never-called `tickFormat` methods reach.
import { scaleShim } from './scale-shim.ts';

export const scaleWithoutFormat = () => scaleShim('scale-without-format', 'd3-format', 'd3-format-unused.ts');
