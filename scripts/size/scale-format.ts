// A Vite plugin: d3-scale's import of d3-format resolves to d3-format-unused.ts, so the bundle drops d3-format,
// which only the scales' unused `tickFormat` methods reach. Other importers keep the real package.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SHIM = join(import.meta.dirname, 'd3-format-unused.ts');
const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;

export function scaleWithoutFormat(): Plugin {
  return {
    name: 'scale-without-format',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'd3-format' && importer && D3_SCALE.test(importer) ? SHIM : null;
    },
  };
}
