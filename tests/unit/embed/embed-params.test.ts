import { describe, expect, it } from 'vitest';
import { embedQueryString } from '../../../src/spec/embed-link';
import { isDataVersion, parseEmbedParams, presetIdOf } from '../../../src/spec/embed-params';
import { DEFAULT_SPEC, PRESETS, specToQueryString } from '../../../src/spec';
import { noticeText } from '../../../src/spec/notice-words';

describe('parseEmbedParams', () => {
  it('reads a preset by name, with the default options', () => {
    const request = parseEmbedParams('?chart=chpl-tiers');
    expect(request.spec).toEqual(PRESETS['chpl-tiers']);
    expect(request.presetId).toBe('chpl-tiers');
    expect(request).toMatchObject({ controls: true, theme: 'light', dataVersion: null, notices: [] });
  });

  it("reads the spec's own query parameters, ignoring the embed's", () => {
    const spec = PRESETS['tier1-index-2021'];
    const request = parseEmbedParams(`?${specToQueryString(spec)}&controls=0&theme=dark&dv=19328fea8939`);
    expect(request.spec).toEqual(spec);
    expect(request.presetId).toBeNull();
    expect(request).toMatchObject({ controls: false, theme: 'dark', dataVersion: '19328fea8939' });
    expect(request.notices).toEqual([]);
  });

  it('falls back to defaults with a notice for each value it cannot use', () => {
    const request = parseEmbedParams('?chart=nope&controls=maybe&theme=pink&dv=../../etc');
    expect(request.spec).toEqual(DEFAULT_SPEC);
    expect(request).toMatchObject({ controls: true, theme: 'light', dataVersion: null });
    expect(request.notices.map((notice) => notice.param)).toEqual(['chart', 'controls', 'theme', 'dv']);
    expect(request.notices[0] && noticeText(request.notices[0])).toMatch(/chpl-tiers/);
  });

  it('passes on the spec parser notices', () => {
    const request = parseEmbedParams('?v=1&tf=sideways');
    expect(request.notices.some((notice) => notice.param === 'tf')).toBe(true);
  });
});

describe('data versions', () => {
  it('accept only short hex hashes, so a pin cannot leave data/versions/', () => {
    expect(isDataVersion('19328fea8939')).toBe(true);
    for (const bad of ['', '..', '../x', 'ABCDEF12', '1932/fea', '12345'])
      expect(isDataVersion(bad)).toBe(false);
  });
});

describe('embedQueryString', () => {
  it('names a preset when the spec is one, and leaves default options out', () => {
    expect(embedQueryString(PRESETS['chpl-tiers'])).toBe('chart=chpl-tiers');
    expect(presetIdOf({ ...DEFAULT_SPEC, from: '2019' })).toBeNull();
  });

  it('round-trips through parseEmbedParams', () => {
    const spec = { ...DEFAULT_SPEC, from: '2019' };
    const options = { controls: false, theme: 'auto', dataVersion: 'abcdef123456' } as const;
    const request = parseEmbedParams(embedQueryString(spec, options));
    expect(request.spec).toEqual(spec);
    expect(request).toMatchObject(options);
    expect(request.notices).toEqual([]);
  });
});
