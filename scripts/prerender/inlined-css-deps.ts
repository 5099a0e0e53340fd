// embed.html and every embed-<id>.html carry all their stylesheets inline (./inline-styles.ts): the entry's and
// those of the chunks it imports lazily (scripts/size/preload-lazy-entry.ts links them, the build inlines them).
// Vite's preload helper does not know that: when the embed's entry imports mount.tsx or hydrate.tsx it would
// request the same CSS again by its link, one more request before the chart is drawn (and the same rules twice).
// This plugin takes the stylesheets out of the dependency list of the embed's entry chunk only; every other
// chunk (the chunks the embed loads after its chart is drawn) keeps them. index.html inlines its own stylesheets
// too (it holds the story's first chart, ./plugin.ts): the app's entry loses those from its list, and keeps
// the lazy pages' (the explorer's, the importer's), which the page does not carry.
import type { Plugin } from 'vite';

/** Vite's dependency list in a chunk: `__vite__mapDeps=(…,m.f=["./a.js","./b.css",…])`. */
const MAP_DEPS = /(m\.f\|\|\(m\.f=\[)([^\]]*)(\]\))/;

/**
 * The list with each stylesheet replaced by `self` (the entry chunk's own file, e.g. "assets/embed-x.js"), written
 * as the list writes its scripts ("./embed-x.js" beside them, or "/base/assets/embed-x.js" under an absolute base):
 * the page has already run it, so the helper's modulepreload of it is answered from the module map, without a
 * request. Keeping the list's length keeps the indexes the chunk refers to by position.
 */
export function depsWithoutCss(
  code: string,
  self: string,
  inlined: (cssFile: string) => boolean = () => true,
): string {
  const name = self.replace(/^.*\//, '');
  const dropped = (file: string) => /\.css"$/.test(file) && inlined(file.slice(1, -1).replace(/^.*\//, ''));
  return code.replace(MAP_DEPS, (all, open: string, list: string, close: string) => {
    const files = list.split(',');
    const script = files.find((file) => /\.js"$/.test(file));
    if (!script) return all;
    const written = script.replace(/[^/"]+\.js"$/, `${name}"`);
    return `${open}${files.map((file) => (dropped(file) ? written : file)).join(',')}${close}`;
  });
}

/** The file names of the stylesheets an HTML page links (`<link rel="stylesheet" … href="…/x.css">`). */
export function linkedStylesheets(html: string): Set<string> {
  const links = html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+\.css)"/g);
  return new Set([...links].map((link) => link[1]!.replace(/^.*\//, '')));
}

/**
 * `page`: only the stylesheets that this HTML page of the bundle links (and the build inlines) leave the list;
 * without it, every stylesheet does.
 */
export function dropInlinedCssDeps(entryChunk: RegExp, page?: string): Plugin {
  return {
    name: `drop-inlined-css-deps${page ? `-${page}` : ''}`,
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = page ? bundle[page] : undefined;
        if (page && html?.type !== 'asset') this.error(`drop-inlined-css-deps: no ${page} in the bundle`);
        const linked = html?.type === 'asset' ? linkedStylesheets(String(html.source)) : null;
        const inlined = linked ? (file: string) => linked.has(file) : undefined;
        for (const output of Object.values(bundle))
          if (output.type === 'chunk' && output.isEntry && entryChunk.test(output.fileName))
            output.code = depsWithoutCss(output.code, output.fileName, inlined);
      },
    },
  };
}
