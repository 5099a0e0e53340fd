// A Vite plugin: react-dom's production client gets only the `react-dom` package's shared internals
// (react-dom-internals.ts) in place of the whole package, which nothing else in the bundle imports. Any other
// import of `react-dom` stops the build: it would get a second internals object the client never sees (a
// flushSync or a preload that silently does nothing), so that import must come with this plugin's removal.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
const SHIM = join(import.meta.dirname, 'react-dom-internals.cjs');

export function reactDomClientOnly(): Plugin {
  return {
    name: 'react-dom-client-only',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      if (id !== 'react-dom') return null;
      if (importer && CLIENT.test(importer)) return SHIM;
      this.error(
        `${importer ?? 'an entry'} imports react-dom: the build gives react-dom's client only its internals ` +
          '(scripts/size/react-dom-client-only.ts). Remove that plugin from vite.config.ts to use the package.',
      );
    },
  };
}
