import { describe, expect, it } from 'vitest';
import { preloadLazyEntry, staticFiles } from '../../../scripts/size/preload-lazy-entry';

const chunk = (
  fileName: string,
  imports: string[] = [],
  facadeModuleId: string | null = null,
  css: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/embed.js': chunk('assets/embed.js', ['assets/start.js'], '/app/embed.html'),
  'assets/start.js': chunk('assets/start.js'),
  'assets/go.js': chunk('assets/go.js', ['assets/start.js'], '/app/src/embed/go.ts'),
  'assets/mount.js': chunk('assets/mount.js', ['assets/core.js'], '/app/src/embed/mount.tsx'),
  'assets/core.js': chunk('assets/core.js', ['assets/start.js', 'assets/mount.js'], null, [
    'assets/core.css',
  ]),
};

type Handler = (html: string, ctx: { filename: string; bundle?: typeof bundle }) => unknown;

function run(html: string, filename = '/app/embed.html', base = '/sub/') {
  const plugin = preloadLazyEntry('embed.html', /src[\\/]embed[\\/](mount\.tsx|go\.ts)$/);
  (plugin.configResolved as (config: { base: string }) => void)({ base });
  const hook = plugin.transformIndexHtml as { handler: Handler };
  return hook.handler(html, { filename, bundle }) as Array<{ attrs: { rel: string; href: string } }>;
}

describe('preloadLazyEntry', () => {
  it('follows static imports once each, through cycles', () => {
    const chunks = new Map(Object.values(bundle).map((c) => [c.fileName, c]));
    expect(staticFiles(chunks, 'assets/mount.js').sort()).toEqual(
      ['assets/core.js', 'assets/mount.js', 'assets/start.js'].sort(),
    );
  });

  it('links the lazy module, its imports and their CSS under the base, leaving out what the page has', () => {
    const tags = run('<script src="/sub/assets/embed.js"></script><link href="/sub/assets/start.js">');
    expect(tags.map((tag) => `${tag.attrs.rel} ${tag.attrs.href}`).sort()).toEqual([
      'modulepreload /sub/assets/core.js',
      'modulepreload /sub/assets/go.js',
      'modulepreload /sub/assets/mount.js',
      'stylesheet /sub/assets/core.css',
    ]);
  });

  it('leaves other pages alone', () => {
    expect(run('<html></html>', '/app/index.html')).toEqual([]);
  });
});
