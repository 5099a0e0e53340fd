// A Vite plugin: @tanstack/query-core's Query (and only it) gets a refusing stand-in for the infinite queries'
// paging behaviour (query-infinite-unused.ts), so the bundle drops the paging code this app never runs.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = /[\\/]node_modules[\\/]@tanstack[\\/]query-core[\\/].*[\\/]query\.js$/;
const SHIM = join(import.meta.dirname, 'query-infinite-unused.ts');

export function queryWithoutInfinite(): Plugin {
  return {
    name: 'query-without-infinite',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === './infiniteQueryBehavior.js' && importer && QUERY.test(importer) ? SHIM : null;
    },
  };
}
