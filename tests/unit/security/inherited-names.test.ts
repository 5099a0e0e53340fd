// Issue 13, item 1: a URL value that names an inherited property (`__proto__`, `constructor`, `toString`, ...)
// must read as an unknown name, never as something found on Object.prototype.
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/spec/embed-params';
import { parseRawSearch, rawSearchToParams, validateRawSearch } from '../../../src/spec/url-search';
import { DEFAULT_SPEC, parseSearchParams } from '../../../src/spec';
import { SPEC_PARAMS } from '../../../src/spec/url';
import { partyName } from '../../../src/figure/spec-data/describe-spec';
import { noticeText } from '../../../src/spec/notice-words';

export const INHERITED_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

describe('URL values that name inherited properties', () => {
  it.each(INHERITED_NAMES)('embed chart=%s gets the default chart and a notice', (name) => {
    const request = parseEmbedParams(`?chart=${name}`);
    expect(request.spec).toEqual(DEFAULT_SPEC);
    expect(request.presetId).toBeNull();
    expect(request.notices[0]).toMatchObject({ param: 'chart', value: name });
    expect(request.notices[0] && noticeText(request.notices[0])).toMatch(/no chart of that name/);
  });

  it.each(INHERITED_NAMES)('every spec parameter set to %s falls back with notices', (name) => {
    // Every spec parameter but the version, which has its own handling.
    const params = SPEC_PARAMS.filter((param) => param !== 'v');
    const query = params.map((param) => `${param}=${name}`).join('&');
    const parsed = parseSearchParams(`v=1&${query}`);
    expect(parsed.spec).toEqual(DEFAULT_SPEC);
    expect(parsed.notices.length).toBeGreaterThan(0);
    const embed = parseEmbedParams(`?v=1&${query}&theme=${name}&controls=${name}&dv=${name}`);
    expect(embed.spec).toEqual(DEFAULT_SPEC);
    expect(embed).toMatchObject({ theme: 'light', controls: true, dataVersion: null });
  });

  it('the explorer search codec keeps inherited names as plain own parameters', () => {
    const search = parseRawSearch(
      `?${INHERITED_NAMES.map((name, i) => `${name}=${i}`).join('&')}&constructor=x`,
    );
    expect(Object.getPrototypeOf(search)).toBe(Object.prototype);
    for (const [i, name] of INHERITED_NAMES.entries()) {
      expect(Object.hasOwn(search, name)).toBe(true);
      const expected = name === 'constructor' ? [String(i), 'x'] : String(i);
      expect(search[name]).toEqual(expected);
    }
    const valid = validateRawSearch(search);
    expect(Object.keys(valid)).toEqual([...INHERITED_NAMES]);
    const { spec, notices } = parseSearchParams(rawSearchToParams(valid));
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(notices.filter((n) => noticeText(n) === 'unknown parameter; ignored').map((n) => n.param)).toEqual(
      [...INHERITED_NAMES],
    );
  });

  it('names of parties are looked up among own names only', () => {
    for (const name of INHERITED_NAMES) expect(partyName(name, new Map())).toBe(name);
  });
});
