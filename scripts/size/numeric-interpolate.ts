// A Vite plugin: d3-scale's import of d3-interpolate resolves to d3-interpolate-numeric.ts (numbers only), so
// the bundle drops d3-color, which only colour interpolation needs. Other importers keep the real package.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SHIM = join(import.meta.dirname, 'd3-interpolate-numeric.ts');
const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;

export function numericInterpolate(): Plugin {
  return {
    name: 'numeric-interpolate',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'd3-interpolate' && importer && D3_SCALE.test(importer) ? SHIM : null;
    },
  };
}
