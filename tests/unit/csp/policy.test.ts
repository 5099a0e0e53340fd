import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_META, withCspMeta } from '../../../scripts/csp/plugin';
import { META_DIRECTIVES, META_POLICY, headerPolicy } from '../../../scripts/csp/policy';
import { cssVarsRef, setCssVars } from '../../../src/charts/kit/css-vars';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the Content-Security-Policy', () => {
  it('allows only the own origin for code, workers, data and styles, and nothing inline', () => {
    expect(META_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(META_DIRECTIVES['worker-src']).toEqual(["'self'"]);
    expect(META_DIRECTIVES['connect-src']).toEqual(["'self'"]);
    expect(META_DIRECTIVES['style-src']).toEqual(["'self'"]);
    expect(META_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(META_DIRECTIVES['base-uri']).toEqual(["'self'"]);
    expect(META_POLICY).not.toMatch(/unsafe-|\*/);
    // A meta policy cannot carry frame-ancestors (browsers ignore it there, with a console error).
    expect(META_POLICY).not.toContain('frame-ancestors');
  });

  it('leaves frame-ancestors to the host for the embed, and limits the app pages to their own origin', () => {
    expect(headerPolicy('embed')).not.toContain('frame-ancestors');
    expect(headerPolicy('app')).toContain("frame-ancestors 'self'");
  });
});

describe('withCspMeta', () => {
  const page =
    '<!doctype html>\n<html><head>\n<meta charset="utf-8" />\n<title>x</title></head><body></body></html>';

  it('puts the policy right after <meta charset>, before anything it must cover', () => {
    const html = withCspMeta(page);
    expect(html).toContain(`<meta charset="utf-8" />\n    ${CSP_META}\n<title>`);
  });

  it('adds it once, however often it runs', () => {
    expect(withCspMeta(withCspMeta(page))).toBe(withCspMeta(page));
  });

  it('uses the start of <head> when the page names no charset, and refuses a page without <head>', () => {
    expect(withCspMeta('<html><head lang="en"><title>x</title></head></html>')).toContain(
      `<head lang="en">\n    ${CSP_META}<title>`,
    );
    expect(() => withCspMeta('<p>no head</p>')).toThrow(/without <head>/);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('no inline style attributes in the app', () => {
  it('has no React style prop and sets no style attribute from a string', () => {
    const offenders = sourceFiles(join(root, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = [
        /\bstyle=\{/,
        /setAttribute\(\s*['"]style['"]/,
        /\.attr\(\s*['"]style['"]/,
        /\.cssText\s*=/,
      ];
      return hits
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${relative(root, file)}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('setCssVars / cssVarsRef', () => {
  it('sets custom properties through the CSSOM, numbers as pixels, and removes undefined ones', () => {
    const element = document.createElement('div');
    setCssVars(element, { '--left': 12, '--width': '40%' });
    expect(element.style.getPropertyValue('--left')).toBe('12px');
    expect(element.style.getPropertyValue('--width')).toBe('40%');
    cssVarsRef({ '--left': undefined, '--width': '50%' })(element);
    expect(element.style.getPropertyValue('--left')).toBe('');
    expect(element.style.getPropertyValue('--width')).toBe('50%');
  });
});

describe('the README hosting section', () => {
  it('recommends exactly the policy the build ships, and the CORS header sandboxed embeds need', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${headerPolicy('app')}`);
    expect(readme).toContain(`Content-Security-Policy: ${headerPolicy('embed')}\n`);
    expect(readme).toContain('Access-Control-Allow-Origin: *');
  });
});
