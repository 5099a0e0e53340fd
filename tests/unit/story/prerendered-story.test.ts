// Which pages hydrate the story the build drew into index.html (src/app/hydrate-story.tsx), and which are drawn
// afresh because their first render is not the build's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPrerenderedStoryRoute, PRERENDERED_STORY_ATTRIBUTE } from '../../../src/story/prerendered-story';

describe('isPrerenderedStoryRoute', () => {
  it('is the story in English, with or without a step to scroll to', () => {
    for (const hash of ['', '#', '#/', '#/?step=tier-1', '#/?lang=en', '#/?lang=en&step=tier-1'])
      expect(isPrerenderedStoryRoute(hash, 'en'), hash).toBe(true);
  });

  it('is not another language, another page or a parameter that changes the story', () => {
    expect(isPrerenderedStoryRoute('#/', 'zh')).toBe(false);
    expect(isPrerenderedStoryRoute('#/?lang=ru', 'en')).toBe(false);
    // A `lang=` value that is not ours: the page names it in a notice the build did not draw.
    expect(isPrerenderedStoryRoute('#/?lang=xx', 'en')).toBe(false);
    for (const hash of ['#/explorer', '#/sources', '#/import', '#/nowhere', '#/?v=1'])
      expect(isPrerenderedStoryRoute(hash, 'en'), hash).toBe(false);
  });

  it('names the attribute the build writes on #root (scripts/prerender/plugin.ts keeps its own copy)', () => {
    const plugin = readFileSync('scripts/prerender/plugin.ts', 'utf8');
    expect(plugin).toContain(`const PRERENDERED_STORY_ATTRIBUTE = '${PRERENDERED_STORY_ATTRIBUTE}';`);
  });
});
