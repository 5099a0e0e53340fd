// A build-only Vite plugin: every HTML page the build emits carries the Content-Security-Policy of policy.ts
// as a <meta> tag, first in <head> (a meta policy covers only what comes after it). Entries get it through
// transformIndexHtml; a last pass over the bundle adds it to any other .html asset (pages other plugins emit),
// so a new page cannot ship without it. The dev server stays without it (Vite's client injects inline styles).
import type { Plugin } from 'vite';
import { META_POLICY } from './policy.ts';

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;

const HAS_CSP = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;

/** `html` with the CSP meta tag right after <meta charset> (else first in <head>); unchanged if it has one. */
export function withCspMeta(html: string): string {
  if (HAS_CSP.test(html)) return html;
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${CSP_META}${html.slice(end)}`;
  }
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('csp: an HTML page without <head>: it cannot carry the policy');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${CSP_META}${html.slice(end)}`;
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          const html =
            typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
          output.source = withCspMeta(html);
        }
      },
    },
  };
}
