// A Vite plugin: @tanstack/query-core's QueryClient (and only it) gets an always-empty mutation cache in place
// of the real one (query-mutations-unused.ts), so the bundle drops the mutation code this app never runs.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const QUERY_CLIENT = /[\\/]node_modules[\\/]@tanstack[\\/]query-core[\\/].*[\\/]queryClient\.js$/;
const SHIM = join(import.meta.dirname, 'query-mutations-unused.ts');

export function queryWithoutMutations(): Plugin {
  return {
    name: 'query-without-mutations',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === './mutationCache.js' && importer && QUERY_CLIENT.test(importer) ? SHIM : null;
    },
  };
}
