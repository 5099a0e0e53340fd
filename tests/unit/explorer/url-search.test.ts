import { describe, expect, it } from 'vitest';
import {
  parseRawSearch,
  rawSearchToParams,
  stringifyRawSearch,
  validateRawSearch,
} from '../../../src/spec/url-search';
import {
  DEFAULT_SPEC,
  parseSearchParams,
  PRESETS,
  specToSearchParams,
  type ChartSpec,
} from '../../../src/spec';

/** What the router does with a spec: write the search object, stringify it, parse it back. */
function throughRouter(spec: ChartSpec): ChartSpec {
  const searchStr = stringifyRawSearch(Object.fromEntries(specToSearchParams(spec)));
  return parseSearchParams(rawSearchToParams(validateRawSearch(parseRawSearch(searchStr)))).spec;
}

describe('explorer search codec', () => {
  it('writes compact, readable strings: no JSON quotes, no escaped commas or colons', () => {
    expect(stringifyRawSearch({ v: '1', p: 't:4.B,h6:854231', tf: 'index:2021' })).toBe(
      '?v=1&p=t:4.B,h6:854231&tf=index:2021',
    );
    expect(stringifyRawSearch({})).toBe('');
  });

  it('escapes what would break the query string', () => {
    const text = stringifyRawSearch({ q: 'a&b=c d#e' });
    expect(text).toBe('?q=a%26b%3Dc%20d%23e');
    expect(parseRawSearch(text)).toEqual({ q: 'a&b=c d#e' });
  });

  it('keeps values as strings (no number or boolean coercion)', () => {
    expect(parseRawSearch('?v=1&ev=0&from=2019')).toEqual({ v: '1', ev: '0', from: '2019' });
  });

  it('keeps a repeated parameter, so the spec parser can report it', () => {
    const search = parseRawSearch('?c=line&c=stacked-bar');
    expect(search).toEqual({ c: ['line', 'stacked-bar'] });
    expect(stringifyRawSearch(search)).toBe('?c=line&c=stacked-bar');
    const { spec, notices } = parseSearchParams(rawSearchToParams(search));
    expect(spec.chart).toBe('line');
    expect(notices.map((n) => n.param)).toEqual(['c']);
  });

  it('drops search values that cannot come from a link', () => {
    expect(validateRawSearch({ a: 'x', b: 3, c: ['y', 4], d: null })).toEqual({ a: 'x', c: ['y'] });
  });

  it('round-trips the default spec and every preset through the router codec', () => {
    expect(throughRouter(DEFAULT_SPEC)).toEqual(DEFAULT_SPEC);
    for (const preset of Object.values(PRESETS)) expect(throughRouter(preset)).toEqual(preset);
  });
});
