import { describe, expect, it } from 'vitest';
import {
  appRouteOf,
  cardFile,
  shareIdOf,
  shareUrl,
  socialLinks,
} from '../../../src/figure/actions/share-links';
import { stepInHash } from '../../../src/story/StorySections';
import { DEFAULT_SPEC } from '../../../src/spec/defaults';
import { PRESETS } from '../../../src/spec/presets';

const appBase = 'https://example.org/tools/chpl/';

describe('share links', () => {
  it('a story step shares its own page, which leads to the story at that step', () => {
    const url = shareUrl({ appBase, spec: PRESETS['chpl-tiers'], stepId: 'tier-1' });
    expect(url).toBe(`${appBase}share/story-tier-1.html`);
    expect(shareIdOf({ spec: PRESETS['chpl-tiers'], stepId: 'tier-1' })).toBe('story-tier-1');
    expect(stepInHash(appRouteOf({ stepId: 'tier-1' }))).toBe('tier-1');
  });

  it('a preset and the explorer default have share ids; another spec has none and shares its explorer view', () => {
    expect(shareIdOf({ spec: PRESETS['chpl-tiers'] })).toBe('chpl-tiers');
    expect(shareUrl({ appBase, spec: PRESETS['chpl-tiers'] })).toBe(`${appBase}share/chpl-tiers.html`);
    expect(shareIdOf({ spec: DEFAULT_SPEC })).toBe('explorer-default');
    const own = { ...DEFAULT_SPEC, from: '2019' };
    expect(shareIdOf({ spec: own })).toBeNull();
    // As the Share panel asks for a chart outside the story: with the step key present but undefined.
    expect(shareUrl({ appBase, spec: own, stepId: undefined })).toMatch(
      /^https:\/\/example\.org\/tools\/chpl\/#\/explorer\?.*2019/,
    );
  });

  it('every social link is a plain https (or mailto) URL carrying the encoded address', () => {
    const url = `${appBase}#/explorer?v=1&p=t:1`;
    const links = socialLinks(url, 'China’s exports & more');
    expect(links.map((l) => l.site)).toEqual(['X', 'Bluesky', 'Facebook', 'LinkedIn', 'Email']);
    for (const link of links) {
      expect(link.href).toMatch(/^(https:\/\/|mailto:)/);
      expect(link.href).toContain(encodeURIComponent(url).slice(0, 40));
      expect(link.href).not.toContain('&p=t:1');
    }
  });

  it('in Chinese or Russian, the link leads to the share page in that language, and its chart in that language', () => {
    expect(shareUrl({ appBase, spec: PRESETS['chpl-tiers'] }, 'zh')).toBe(
      `${appBase}share/chpl-tiers.zh.html`,
    );
    expect(shareUrl({ appBase, stepId: 'tier-1' }, 'ru')).toBe(`${appBase}share/story-tier-1.ru.html`);
    expect(cardFile('story-tier-1', 'ru')).toBe('cards/story-tier-1.ru.png');
    expect(cardFile('story-tier-1', 'en')).toBe('cards/story-tier-1.png');
    const stepRoute = appRouteOf({ stepId: 'tier-1' }, 'zh');
    expect(stepInHash(stepRoute)).toBe('tier-1');
    expect(new URLSearchParams(stepRoute.split('?')[1]).get('lang')).toBe('zh');
    const own = { ...DEFAULT_SPEC, from: '2019' };
    const url = shareUrl({ appBase, spec: own }, 'ru');
    expect(new URLSearchParams(url.split('?')[1]).get('lang')).toBe('ru');
    // English links stay as they were: no lang parameter.
    expect(shareUrl({ appBase, spec: own })).not.toContain('lang=');
    expect(shareUrl({ appBase }, 'zh')).toBe(`${appBase}#/?lang=zh`);
  });

  it('stepInHash reads only the step parameter', () => {
    expect(stepInHash('#/?step=eu-neighbours&x=1')).toBe('eu-neighbours');
    expect(stepInHash('#/explorer')).toBeNull();
    expect(stepInHash('')).toBeNull();
  });
});
