import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { pureD3 } from './scripts/size/pure-d3';

// BASE_URL lets the static build live under a sub-path (e.g. /tools/china-russia/). The default, './', makes
// every URL relative, so the same build also works from any folder. Vite wants the base to end in '/'.
function baseFromEnv(value = process.env.BASE_URL?.trim()): string {
  if (!value) return './';
  return value.endsWith('/') ? value : `${value}/`;
}

export default defineConfig({
  base: baseFromEnv(),
  // pureD3: lets the bundler drop the d3 curves and interpolators no page uses (see the module).
  plugins: [pureD3(), react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/bundle-size.ts reads it to find each page's chunks.
    manifest: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
});
