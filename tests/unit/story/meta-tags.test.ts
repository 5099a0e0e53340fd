// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const html = readFileSync(resolve(root, 'index.html'), 'utf8');

function meta(attribute: 'name' | 'property', key: string): string | undefined {
  const pattern = new RegExp(`<meta\\s+${attribute}="${key}"\\s+content="([^"]*)"`);
  return pattern.exec(html.replace(/\s+/g, ' '))?.[1];
}

describe('index.html head', () => {
  it('has a title, a description and Open Graph / Twitter card tags', () => {
    expect(html).toMatch(/<title>[^<]*dual-use[^<]*<\/title>/);
    expect(meta('name', 'description')?.length).toBeGreaterThan(50);
    expect(meta('property', 'og:type')).toBe('article');
    expect(meta('property', 'og:title')).toBeTruthy();
    expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
  });

  it('points og:image at a file that exists in public/', () => {
    const image = meta('property', 'og:image');
    expect(image).toBe('og-image.png');
    expect(existsSync(resolve(root, 'public', image ?? ''))).toBe(true);
  });
});
