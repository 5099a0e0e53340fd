import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  META_POLICY,
  pageKind,
  withStyleHashes,
  META_DIRECTIVES,
} from '../../../scripts/csp/policy';
import { inlineStylesheets, styleHash } from '../../../scripts/prerender/inline-styles';
import { withInlinedStyles } from '../../../scripts/prerender/plugin';
import { depsWithoutCss, linkedStylesheets } from '../../../scripts/prerender/inlined-css-deps';

const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />
<script type="module" crossorigin src="/assets/embed-x.js"></script>
<link rel="stylesheet" crossorigin href="/assets/embed-a.css">
<link rel="modulepreload" crossorigin href="/assets/chart-core-y.js">
<link rel="stylesheet" crossorigin href="/assets/chart-b.css">
</head><body><div id="root"><svg></svg></div></body></html>`;

const SHEETS: Record<string, string> = {
  '/assets/embed-a.css': '.embed{margin:0}',
  '/assets/chart-b.css': 'svg{display:block}',
};
const read = (href: string) => {
  const css = SHEETS[href];
  if (css === undefined) throw new Error(`unexpected ${href}`);
  return css;
};

describe('inlineStylesheets', () => {
  it('puts each stylesheet where its link was, in order, and leaves every other tag alone', () => {
    const { html } = inlineStylesheets(PAGE, read);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html.indexOf('<style>.embed{margin:0}</style>')).toBeLessThan(html.indexOf('chart-core-y.js'));
    expect(html.indexOf('chart-core-y.js')).toBeLessThan(html.indexOf('<style>svg{display:block}</style>'));
    expect(html).toContain('<script type="module" crossorigin src="/assets/embed-x.js"></script>');
  });

  it('returns the sha256 hash source of each <style> text, as CSP computes it', () => {
    const { hashes } = inlineStylesheets(PAGE, read);
    // The well-known SHA-256 of the empty string, in base64.
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const expected = createHash('sha256').update('svg{display:block}').digest('base64');
    expect(hashes).toHaveLength(2);
    expect(hashes[1]).toBe(`'sha256-${expected}'`);
  });

  it('refuses CSS that would end the <style> element early', () => {
    expect(() => inlineStylesheets(PAGE, () => 'a{content:"</style>"}')).toThrow(/embed-a\.css.*<\/style/);
  });
});

describe('withInlinedStyles', () => {
  it("allows exactly the page's inline styles, by hash, and nothing else inline", () => {
    const { html, hashes } = withInlinedStyles(PAGE, read);
    const policy = /content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`style-src 'self' ${hashes.join(' ')};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(META_POLICY);
  });

  it('fails on a page without the policy meta tag rather than ship styles the policy would block', () => {
    expect(() => withInlinedStyles(PAGE.replace(/<meta http-equiv[^>]*>/, ''), read)).toThrow(
      /Content-Security-Policy/,
    );
  });
});

describe('withStyleHashes', () => {
  it('rejects anything that is not a sha256 hash source', () => {
    expect(() => withStyleHashes(META_DIRECTIVES, ["'unsafe-inline'"])).toThrow(/not a sha256/);
  });
});

describe('headersFile', () => {
  const file = headersFile([
    { file: 'index.html', styleHashes: [] },
    { file: 'embed-chpl-tiers.html', styleHashes: ["'sha256-AAAA'"] },
    { file: 'share/chpl-tiers.html', styleHashes: [] },
  ]);

  it('gives every page its own exact path, the story both / and /index.html', () => {
    expect(file).toMatch(/^\/\n {2}Content-Security-Policy: /m);
    expect(file).toMatch(/^\/index\.html$/m);
    expect(file).toMatch(/^\/embed-chpl-tiers\.html$/m);
    expect(file).toMatch(/^\/share\/chpl-tiers\.html$/m);
    expect(file).not.toContain('*');
  });

  it('lets any site frame an embed, only the site frame the others, and carries the style hashes', () => {
    const blocks = file.split(/\n(?=\/)/);
    const embed = blocks.find((b) => b.startsWith('/embed-chpl-tiers.html')) ?? '';
    expect(embed).toContain("style-src 'self' 'sha256-AAAA';");
    expect(embed).not.toContain('frame-ancestors');
    const share = blocks.find((b) => b.startsWith('/share/')) ?? '';
    expect(share).toContain("frame-ancestors 'self'");
    expect(pageKind('embed.html')).toBe('embed');
    expect(pageKind('share/embed-x.html')).toBe('app');
  });
});

describe("the embed entry's lazy imports and its inlined stylesheets", () => {
  const chunk =
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./hydrate-a.js","./chart-core-b.js",' +
    '"./chart-core-c.css","./mount-d.js"])))=>i.map(i=>d[i]);\nimport("./x.js");';

  it('no longer lists a stylesheet for the preload helper to request again', () => {
    const out = depsWithoutCss(chunk, 'assets/embed-e.js');
    expect(out).not.toContain('.css"');
    // Same length, so the chunk's indexes into the list still point at the same scripts.
    expect(out).toContain('["./hydrate-a.js","./chart-core-b.js","./embed-e.js","./mount-d.js"]');
    expect(out.endsWith('import("./x.js");')).toBe(true);
  });

  it('writes the entry as the list writes its scripts (an absolute base)', () => {
    const absolute = chunk.replaceAll('"./', '"/tools/assets/');
    expect(depsWithoutCss(absolute, 'assets/embed-e.js')).toContain(
      '"/tools/assets/chart-core-b.js","/tools/assets/embed-e.js","/tools/assets/mount-d.js"',
    );
  });

  it('leaves a chunk without a dependency list as it is', () => {
    expect(depsWithoutCss('import("./x.js");', 'embed-e.js')).toBe('import("./x.js");');
  });

  it("keeps the stylesheets a page does not inline (index.html: the lazy pages')", () => {
    const app =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/chart-core-b.js",' +
      '"assets/chart-core-c.css","assets/ExplorerPage-f.js","assets/ExplorerPage-g.css"])))=>i.map(i=>d[i]);';
    const inlined = linkedStylesheets(
      '<link rel="stylesheet" crossorigin href="./assets/chart-core-c.css">' +
        '<link rel="stylesheet" crossorigin href="./assets/main-h.css">',
    );
    expect([...inlined]).toEqual(['chart-core-c.css', 'main-h.css']);
    expect(depsWithoutCss(app, 'assets/main-e.js', (file) => inlined.has(file))).toContain(
      '["assets/chart-core-b.js","assets/main-e.js","assets/ExplorerPage-f.js","assets/ExplorerPage-g.css"]',
    );
  });
});
