// The Content-Security-Policy every built page carries, in one place: the meta tag the build writes
// (scripts/csp/plugin.ts), the header the README recommends to hosts, and the browser test read it from here.
//
// Everything the app loads comes from its own origin: scripts, workers (emitted as files, never blob: URLs),
// styles (no inline `style` attributes anywhere, so no 'unsafe-inline') and data. Images also allow data: (the
// empty favicon `data:,`) and blob: (the PNG export draws the chart's SVG from an object URL).

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
 * The header a host may send for the app's pages. frame-ancestors works only as a header, and is the host's
 * choice: the app's own pages may say 'self', the embed (embed*.html) must leave it out (or list the sites
 * allowed to frame it), or newspapers cannot show it.
 */
export function headerPolicy(page: 'app' | 'embed'): string {
  return page === 'app'
    ? serializePolicy({ ...META_DIRECTIVES, 'frame-ancestors': ["'self'"] })
    : META_POLICY;
}
