// A prerendered page's chart is already in its HTML (an embed-<id>.html, the static story), so the only thing
// its first frame still waits for is its render-blocking stylesheets: one more round trip for each. Inlined, the
// chart paints as soon as the HTML has arrived (measured with the page-load bench: about half the time to a drawn chart on plain, a tenth less on the
// phone profile). The Content-Security-Policy allows no inline style, so each <style> is allowed by its own hash
// (scripts/csp/policy.ts): nothing else inline is let in.
import { createHash } from 'node:crypto';

/** What Vite writes for a page's CSS: `<link rel="stylesheet" crossorigin href="…">`. */
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g;

export interface InlinedStyles {
  html: string;
  /** CSP hash sources of the <style> elements written, in page order: `'sha256-…'`. */
  hashes: string[];
}

/** The CSP hash source of an inline <style> element's exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * `html` with each stylesheet link replaced by a <style> holding that stylesheet (`read` gets the link's href),
 * in the same place, so the cascade is unchanged.
 */
export function inlineStylesheets(html: string, read: (href: string) => string): InlinedStyles {
  const hashes: string[] = [];
  const inlined = html.replace(STYLESHEET_LINK, (_link, href: string) => {
    const css = read(href);
    // The HTML parser ends a <style> at the first "</style": such CSS cannot be inlined as it is.
    if (/<\/style/i.test(css)) throw new Error(`inline styles: ${href} contains "</style"`);
    hashes.push(styleHash(css));
    return `<style>${css}</style>`;
  });
  return { html: inlined, hashes };
}
