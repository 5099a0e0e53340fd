import { describe, expect, it } from 'vitest';
import { embedQueryString } from '../../../src/spec/embed-link';
import { parseEmbedParams } from '../../../src/spec/embed-params';
import { PRESETS } from '../../../src/spec';
import { hydratable, prerenderedDataFile, prerenderedEmbedFile } from '../../../src/figure/prerendered-files';
import { embedUrl } from '../../../src/figure/actions/embed-snippet';
import { worded } from '../spec/worded-notices';

describe('the embed link language (lang=)', () => {
  it('reads en, zh and ru, and none as null (the browser decides)', () => {
    expect(parseEmbedParams('?chart=chpl-tiers&lang=zh')).toMatchObject({ lang: 'zh', notices: [] });
    expect(parseEmbedParams('?chart=chpl-tiers&lang=ru').lang).toBe('ru');
    expect(parseEmbedParams('?chart=chpl-tiers&lang=en').lang).toBe('en');
    expect(parseEmbedParams('?chart=chpl-tiers').lang).toBeNull();
  });

  it('names a bad value in a notice, as it does any other bad parameter, and is not read as a chart field', () => {
    const request = parseEmbedParams(`?chart=chpl-tiers&lang=de`);
    expect(request.lang).toBeNull();
    expect(worded(request.notices)).toEqual([
      { param: 'lang', value: 'de', message: expect.stringContaining('expected en, zh, ru') },
    ]);
    const bySpec = parseEmbedParams('?v=1&lang=ZH');
    expect(bySpec.notices.map((notice) => notice.param)).toEqual(['lang']);
  });

  it('writes the language into the embed link only when one is chosen', () => {
    const spec = PRESETS['chpl-tiers'];
    expect(embedQueryString(spec, { lang: 'ru' })).toBe('chart=chpl-tiers&lang=ru');
    expect(embedQueryString(spec, {})).toBe('chart=chpl-tiers');
  });

  it('hydrates a prerendered chart only when the link asks for no other language than the page’s', () => {
    expect(hydratable('?theme=dark&lang=en')).toBe(true);
    expect(hydratable('?lang=zh')).toBe(false);
    expect(hydratable('?lang=zh', 'zh')).toBe(true);
    expect(hydratable('', 'ru')).toBe(true);
    expect(hydratable('?lang=en', 'ru')).toBe(false);
  });

  it('names each language’s prerendered page and data file, English’s as they always were', () => {
    expect(prerenderedEmbedFile('chpl-tiers')).toBe('embed-chpl-tiers.html');
    expect(prerenderedEmbedFile('chpl-tiers', 'zh')).toBe('embed-chpl-tiers.zh.html');
    expect(prerenderedDataFile('chpl-tiers', 'ru')).toBe('embed-chpl-tiers.ru.json');
    expect(prerenderedDataFile('chpl-tiers', 'en')).toBe('embed-chpl-tiers.json');
  });
});

describe('the embed snippet language', () => {
  const input = { appBase: 'https://example.org/', spec: PRESETS['chpl-tiers'] };

  it('gives each language its own prerendered page, the language in the file name', () => {
    expect(embedUrl({ ...input, options: {} })).toBe('https://example.org/embed-chpl-tiers.html');
    expect(embedUrl({ ...input, options: { lang: 'en', theme: 'dark' } })).toBe(
      'https://example.org/embed-chpl-tiers.html?theme=dark&lang=en',
    );
    expect(embedUrl({ ...input, options: { lang: 'zh' } })).toBe(
      'https://example.org/embed-chpl-tiers.zh.html',
    );
    expect(embedUrl({ ...input, options: { lang: 'ru', theme: 'dark' } })).toBe(
      'https://example.org/embed-chpl-tiers.ru.html?theme=dark',
    );
  });

  it('still draws a pinned or control-less embed in any language with embed.html', () => {
    expect(embedUrl({ ...input, options: { lang: 'zh', controls: false } })).toMatch(
      /^https:\/\/example\.org\/embed\.html\?.*lang=zh/,
    );
  });
});
