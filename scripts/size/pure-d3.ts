// A Vite plugin that lets the bundler drop the parts of d3 a page does not use. d3's packages ship one
// bundled .mjs file each, whose top-level factory calls (`var cardinal = (function custom(t) {...})(0)`,
// `var hslLong = hsl(nogamma)`) carry no /*#__PURE__*/ mark, so every unused curve and colour interpolator
// is kept "in case the call has effects". These initialisers only build values, so marking them pure is
// safe; plain statements (d3-color's `define(...)`, d3-format's `defaultLocale(...)`) are left alone.
import type { Plugin } from 'vite';

const D3_DIST = /[\\/]node_modules[\\/]d3-[a-z-]+[\\/]dist[\\/][^\\/]+\.mjs$/;
/** A top-level `var|let|const name = ` whose value starts with a call: `f(`, `a.b(` or `(function`. */
const TOP_LEVEL_CALL = /^((?:var|let|const) [\w$]+ = )(?=[\w$.]+\(|\(function)/gm;

export function markPureInitialisers(code: string): string {
  return code.replace(TOP_LEVEL_CALL, '$1/*#__PURE__*/ ');
}

export function pureD3(): Plugin {
  return {
    name: 'pure-d3',
    enforce: 'pre',
    transform(code, id) {
      return D3_DIST.test(id) ? { code: markPureInitialisers(code), map: null } : null;
    },
  };
}
