// The Content-Security-Policy every built page carries, in one place: the meta tag the build writes
// (scripts/csp/plugin.ts), the header the README recommends to hosts, and the browser test read it from here.
//
// Everything the app loads comes from its own origin: scripts (embed.html's and index.html's inline scripts allowed by their
// hash), workers (emitted as files, never blob: URLs), styles (no inline `style` attributes anywhere, so no
// 'unsafe-inline') and data. Images also allow data: (the empty favicon `data:,`) and blob: (the PNG export draws
// the chart's SVG from an object URL).

import { createHash } from 'node:crypto';

/** The CSP hash source of an inline <script> element's exact text (embed.html's early requests, index.html's
 * language check). */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export type Directives = Readonly<Record<string, readonly string[]>>;

/** What a <meta http-equiv="Content-Security-Policy"> can carry. */
export const META_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const META_POLICY = serializePolicy(META_DIRECTIVES);

/**
 * The policy of a page that carries inline <style> elements (the prerendered embeds, whose stylesheets are
 * inlined so the chart paints with the HTML: scripts/prerender/inline-styles.ts): each one allowed by its
 * hash, never by 'unsafe-inline'.
 */
export function withStyleHashes(directives: Directives, hashes: readonly string[]): Directives {
  return withHashes(directives, 'style-src', hashes);
}

/**
 * The policy of a page that carries an inline <script> (embed.html's early data requests:
 * scripts/prerender/early-requests.ts; index.html's language check before its first paint:
 * scripts/prerender/language-gate.ts): allowed by its hash, never by 'unsafe-inline', so no other inline script runs.
 */
export function withScriptHashes(directives: Directives, hashes: readonly string[]): Directives {
  return withHashes(directives, 'script-src', hashes);
}

function withHashes(directives: Directives, directive: string, hashes: readonly string[]): Directives {
  if (hashes.some((hash) => !/^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(hash)))
    throw new Error(`csp: not a sha256 hash source in ${hashes.join(' ')}`);
  return { ...directives, [directive]: [...(directives[directive] ?? []), ...new Set(hashes)] };
}

/**
 * The header a host may send for the app's pages. frame-ancestors works only as a header, and is the host's
 * choice: the app's own pages may say 'self', the embed (embed*.html) must leave it out (or list the sites
 * allowed to frame it), or newspapers cannot show it.
 */
export function headerPolicy(
  page: 'app' | 'embed',
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  const directives = withScriptHashes(withStyleHashes(META_DIRECTIVES, styleHashes), scriptHashes);
  return serializePolicy(page === 'app' ? { ...directives, 'frame-ancestors': ["'self'"] } : directives);
}

/** Which header a built page gets: embed pages may be framed by any site, the others only by the site. */
export function pageKind(file: string): 'app' | 'embed' {
  return /^embed[^/]*\.html$/.test(file) ? 'embed' : 'app';
}

export interface PagePolicy {
  /** The page's path under the build folder, e.g. "embed-chpl-tiers.html" or "share/chpl-tiers.html". */
  file: string;
  styleHashes: readonly string[];
  /** Its inline scripts' hashes (embed.html's early requests, index.html's language check), if any. */
  scriptHashes?: readonly string[];
}

/**
 * Every page's policy as a response header, in the `_headers` format Netlify and Cloudflare Pages read (one
 * block per page, exact paths: no wildcard, since two matching rules would send two policies). Other hosts copy
 * the lines from it: a prerendered embed's style hashes change whenever the CSS does.
 */
export function headersFile(pages: readonly PagePolicy[]): string {
  const blocks = [...pages]
    .sort((a, b) => a.file.localeCompare(b.file))
    .flatMap((page) => {
      const header = `  Content-Security-Policy: ${headerPolicy(pageKind(page.file), page.styleHashes, page.scriptHashes)}`;
      const paths = page.file === 'index.html' ? ['/', '/index.html'] : [`/${page.file}`];
      return paths.map((path) => `${path}\n${header}\n`);
    });
  return `# Written by vite build (scripts/csp/policy.ts): each page's Content-Security-Policy as a header.\n${blocks.join('')}`;
}
