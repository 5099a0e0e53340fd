import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { prerenderEmbeds } from './scripts/prerender/plugin.ts';
import { numericInterpolate } from './scripts/size/numeric-interpolate.ts';
import { pureD3 } from './scripts/size/pure-d3.ts';
import { queryWithoutMutations } from './scripts/size/query-without-mutations.ts';
import { queryWithoutInfinite } from './scripts/size/query-without-infinite.ts';
import { scaleWithoutFormat } from './scripts/size/scale-format.ts';
import { shortMessageIds } from './scripts/size/short-message-ids.ts';
import { reactDomClientOnly } from './scripts/size/react-dom-client-only.ts';
import { contentSecurityPolicy } from './scripts/csp/plugin.ts';
import { dropInlinedCssDeps } from './scripts/prerender/inlined-css-deps.ts';

// BASE_URL lets the static build live under a sub-path (e.g. /tools/china-russia/). The default, './', makes
// every URL relative, so the same build also works from any folder. Vite wants the base to end in '/'.
function baseFromEnv(value = process.env.BASE_URL?.trim()): string {
  if (!value) return './';
  return value.endsWith('/') ? value : `${value}/`;
}

export default defineConfig({
  base: baseFromEnv(),
  // pureD3: lets the bundler drop the d3 curves and interpolators no page uses; numericInterpolate: d3-scale
  // interpolates numbers only here, so d3-color stays out; scaleWithoutFormat: no scale's tickFormat is called (numbers
  // go through src/charts/kit/number-format.ts), so d3-format stays out; queryWithoutMutations: no page runs a
  // react-query mutation, so QueryClient gets an empty mutation cache and the mutation code stays out; queryWithoutInfinite:
  // nor an infinite query, so Query's paging behaviour stays out (see each module).
  // shortMessageIds: message ids become one- or two-character ids in the bundle, code and catalogues alike.
  // reactDomClientOnly: react-dom's client gets the package's internals only, not its unused API.
  plugins: [
    pureD3(),
    numericInterpolate(),
    scaleWithoutFormat(),
    queryWithoutMutations(),
    queryWithoutInfinite(),
    shortMessageIds(),
    reactDomClientOnly(),
    react(),
    // The embed pages' CSS is inline: their entry's lazy imports must not request it again.
    dropInlinedCssDeps(/^assets\/embed-[\w-]+\.js$/),
    dropInlinedCssDeps(/^assets\/main-[\w-]+\.js$/, 'index.html'),
    // Every built HTML page carries the Content-Security-Policy of scripts/csp/policy.ts (build only).
    contentSecurityPolicy(),
    // After the bundle: dist/embed-<preset>.html with each preset's chart already drawn (scripts/prerender/).
    prerenderEmbeds(),
  ],
  preview: {
    // An embed in <iframe sandbox="allow-scripts"> has an opaque origin: its module scripts, stylesheets and
    // data requests are cross-origin requests then, and load only with this header (README, Hosting).
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Every browser this targets that lacks modulepreload still runs the page, only without the head start;
    // the polyfill would cost every page a request and 0.4 KB.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/bundle-size.ts reads it to find each page's chunks.
    manifest: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        // The prerendered embeds' template (scripts/prerender/plugin.ts): their own entry, src/embed/boot.ts.
        'embed-prerendered': resolve(import.meta.dirname, 'embed-prerendered.html'),
      },
      output: {
        codeSplitting: {
          // One chunk instead of ~17 small ones (each costs gzip overhead and, on the embed, a request before the
          // chart is drawn): everything the embed's entries import, the data reader, start.ts (URL, theme, data
          // requests), React and the chart code (EmbedApp and all it imports), and the modules the line chart
          // loads before it is drawn. The app's pages share it. React's DOM client is not in it (chart-client,
          // below): a reader's-spec embed draws its chart before fetching that (src/embed/boot-reader.ts).
          groups: [
            {
              name: 'chart-core',
              priority: 2,
              test: /src[\\/]data[\\/]worker-client\.ts$|preload-helper|src[\\/]i18n[\\/](i18n|locales)\.ts$|src[\\/]embed[\\/](start\.ts|EmbedApp\.tsx|reader-embed\.tsx|page-language\.ts|held-files\.ts)$|react-dom-internals\.cjs$|rolldown[\\/:]runtime/,
            },
            // React's DOM client and mount.tsx: one chunk a reader's-spec embed fetches only once its chart is drawn
            // (src/embed/boot-reader.ts), a prerendered page with its entry (src/embed/boot.ts imports mount.tsx,
            // so no re-exporting facade chunk). hydrate-reader.tsx stays out, a chunk of its own: only a first-drawn
            // embed runs it, and in here every hydrating page would download it.
            {
              name: 'chart-client',
              priority: 1,
              test: /react-dom[\\/]client\.js$|react-dom-client\.production\.js$|src[\\/]embed[\\/](mount|post-height)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
});
