// A Vite plugin: `<link rel="modulepreload">` in an HTML page for the modules the page imports lazily, and for
// every chunk those modules import. The embed's entry imports mount.tsx (React and the chart) only after it has
// sent its data requests; with these links the browser fetches and compiles that code from the first moment,
// in parallel, instead of after the entry has run.
import type { Plugin, ResolvedConfig } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  /** Vite's record of the CSS files a chunk brings. */
  viteMetadata?: { importedCss: Set<string> };
}

/** File names of `start` and its static imports, transitively, each once. */
export function staticFiles(chunks: ReadonlyMap<string, ChunkLike>, start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(chunks.get(file)?.imports ?? []));
  }
  return [...seen];
}

export function preloadLazyEntry(htmlFile: string, lazyModule: RegExp): Plugin {
  let base = './';
  return {
    name: 'preload-lazy-entry',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      base = config.base || './';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith(htmlFile)) return [];
        const chunks = new Map<string, ChunkLike>();
        for (const output of Object.values(ctx.bundle))
          if (output.type === 'chunk') chunks.set(output.fileName, output as ChunkLike);
        const lazy = [...chunks.values()].filter(
          (c) => c.facadeModuleId && lazyModule.test(c.facadeModuleId),
        );
        if (lazy.length === 0)
          throw new Error(`preload-lazy-entry: no chunk for ${lazyModule} in the build of ${htmlFile}`);
        // Files the page already links (the entry's own imports) are not listed twice.
        const reached = new Set(lazy.flatMap((chunk) => staticFiles(chunks, chunk.fileName)));
        const files = [...reached].filter((file) => !html.includes(file));
        const css = files.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        });
        return [
          ...files.map((file) => link('modulepreload', file)),
          ...css.filter((file) => !html.includes(file)).map((file) => link('stylesheet', file)),
        ];
      },
    },
  };
}
