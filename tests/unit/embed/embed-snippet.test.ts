import { describe, expect, it } from 'vitest';
import {
  appBaseUrl,
  DEFAULT_EMBED_HEIGHT,
  embedUrl,
  explorerPath,
  iframeSnippet,
  scriptSnippet,
} from '../../../src/figure/actions/embed-snippet';
import { PRESETS } from '../../../src/spec';

const input = {
  appBase: 'https://example.org/tools/chpl/',
  spec: PRESETS['chpl-tiers'],
  options: { theme: 'dark' as const },
  title: 'China’s exports "by tier" <2023> & more',
};

describe('embed snippets', () => {
  it('point a preset at its prerendered page under the app base, with the theme', () => {
    expect(embedUrl(input)).toBe('https://example.org/tools/chpl/embed-chpl-tiers.html?theme=dark');
    expect(embedUrl({ ...input, options: {} })).toBe('https://example.org/tools/chpl/embed-chpl-tiers.html');
  });

  it('point anything the prerendered page cannot show at embed.html, with the options', () => {
    const noControls = { ...input, options: { controls: false, theme: 'dark' as const } };
    expect(embedUrl(noControls)).toBe(
      'https://example.org/tools/chpl/embed.html?chart=chpl-tiers&controls=0&theme=dark',
    );
    const pinned = { ...input, options: { dataVersion: 'abc123' } };
    expect(embedUrl(pinned)).toBe('https://example.org/tools/chpl/embed.html?chart=chpl-tiers&dv=abc123');
    const ownSpec = { ...input, spec: { ...PRESETS['chpl-tiers'], from: '2019' } };
    expect(embedUrl(ownSpec)).toMatch(/^https:\/\/example\.org\/tools\/chpl\/embed\.html\?v=1&/);
  });

  it('give the iframe a title, lazy loading, a default height and the embed marker, escaped', () => {
    const html = iframeSnippet(input);
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(input.title);
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('height')).toBe(String(DEFAULT_EMBED_HEIGHT));
    expect(frame?.hasAttribute('data-chpl-embed')).toBe(true);
    expect(frame?.getAttribute('src')).toBe(embedUrl(input));
    expect(html).not.toContain('<2023>');
  });

  it('add embed.js from the app base for auto-resize', () => {
    const doc = new DOMParser().parseFromString(scriptSnippet(input), 'text/html');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://example.org/tools/chpl/embed.js');
    expect(doc.querySelector('iframe')).not.toBeNull();
  });

  it('resolve a relative Vite base against the page', () => {
    expect(appBaseUrl('./', 'https://example.org/sub/path/index.html#/explorer')).toBe(
      'https://example.org/sub/path/',
    );
    expect(appBaseUrl('/sub/', 'https://example.org/sub/embed.html?chart=x')).toBe(
      'https://example.org/sub/',
    );
    expect(explorerPath('v=1&f=2019')).toBe('#/explorer?v=1&f=2019');
  });
});
