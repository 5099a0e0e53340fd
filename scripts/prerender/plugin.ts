// `vite build` then writes, for every preset and the explorer's default view, dist/embed-<id>.html: embed.html with the chart already in it
// (SVG, title, legend, notes, source line, the screen-reader table), drawn by the app's own React components
// from public/data, plus embed-<id>.json, the data the page hydrates with (src/embed/prerendered.tsx).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
// Only types from the app: the config loader should not have to read the app's sources (render.tsx does).
import type { PrerenderedChart } from './render.tsx';

const ROOT_DIV = '<div id="root"></div>';
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/;
const TITLE = /<title>[\s\S]*?<\/title>/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** embed.html, with one chart in it. Exported for the tests. */
export function prerenderedPage(template: string, chart: PrerenderedChart): string {
  if (!template.includes(ROOT_DIV)) throw new Error(`prerender: embed.html has no ${ROOT_DIV}`);
  const { dataFile } = chart;
  const root =
    `<div id="root" data-prerendered="${escapeHtml(chart.id)}" data-chart-data="${dataFile}">` +
    `${chart.html}</div>`;
  // The data leaves with the HTML, not after the scripts: hydration waits for it, the chart does not.
  const preload = `<link rel="preload" href="${dataFile}" as="fetch" crossorigin="anonymous" />`;
  return template
    .replace(TITLE, `<title>${escapeHtml(chart.data.title)} · China–Russia dual-use trade explorer</title>`)
    .replace('</head>', `  ${preload}\n  </head>`)
    .replace(NOSCRIPT, '')
    .replace(ROOT_DIV, root);
}

async function renderCharts(config: ResolvedConfig): Promise<PrerenderedChart[]> {
  // A throwaway SSR loader over the same sources: the app's modules (and their CSS imports) load in Node.
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'error',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const render = (await server.ssrLoadModule(resolve(import.meta.dirname, 'render.tsx'))) as {
      renderPresetEmbeds: (dataDir: string, appUrl: string) => Promise<PrerenderedChart[]>;
    };
    const dataDir = join(config.publicDir, 'data');
    return await render.renderPresetEmbeds(dataDir, `${config.base}#/`);
  } finally {
    await server.close();
  }
}

export function prerenderEmbeds(): Plugin {
  let config: ResolvedConfig | undefined;
  let done = false;
  return {
    name: 'prerender-embeds',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config || done || config.build.ssr) return;
      done = true;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'embed.html'), 'utf8');
      for (const chart of await renderCharts(config)) {
        writeFileSync(join(outDir, chart.htmlFile), prerenderedPage(template, chart));
        writeFileSync(join(outDir, chart.dataFile), JSON.stringify(chart.data));
      }
    },
  };
}
