// A Vite plugin: react-dom's production client (and the reader's-spec embed's string renderer, below) gets only
// the `react-dom` package's shared internals (react-dom-internals.ts) in place of the whole package, which nothing
// else in the bundle imports. Any other
// import of `react-dom` stops the build: it would get a second internals object the client never sees (a
// flushSync or a preload that silently does nothing), so that import must come with this plugin's removal.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
// The reader's-spec embed's first drawing (src/embed/first-draw.tsx) renders to a string with react-dom's legacy
// browser renderer alone: `react-dom/server` in a browser is that and the streaming renderer (CommonJS, so both
// would be bundled), and renderToString is all it calls. It shares the same internals as the client.
const SERVER =
  /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-server-legacy\.browser\.production\.js$/;
const SERVER_FILE = join(
  dirname(createRequire(import.meta.url).resolve('react-dom/package.json')),
  'cjs',
  'react-dom-server-legacy.browser.production.js',
);
const SHIM = join(import.meta.dirname, 'react-dom-internals.cjs');

export function reactDomClientOnly(): Plugin {
  return {
    name: 'react-dom-client-only',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      if (id === 'react-dom/server') return SERVER_FILE;
      if (id !== 'react-dom') return null;
      if (importer && (CLIENT.test(importer) || SERVER.test(importer))) return SHIM;
      this.error(
        `${importer ?? 'an entry'} imports react-dom: the build gives react-dom's client only its internals ` +
          '(scripts/size/react-dom-client-only.ts). Remove that plugin from vite.config.ts to use the package.',
      );
    },
  };
}
