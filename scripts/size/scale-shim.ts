// A Vite plugin that gives d3-scale (and only d3-scale) a smaller module in place of one it imports, when this
// app never reaches the parts of that import the shim leaves out. Other importers keep the real package.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;

/** `source` (e.g. "d3-format") imported by d3-scale resolves to `shimFile` in this folder. */
export function scaleShim(name: string, source: string, shimFile: string): Plugin {
  const shim = join(import.meta.dirname, shimFile);
  return {
    name,
    enforce: 'pre',
    resolveId(id, importer) {
      return id === source && importer && D3_SCALE.test(importer) ? shim : null;
    },
  };
}
