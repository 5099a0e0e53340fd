// Issue 13, item 4: a crafted link (a parameter repeated thousands of times, or a huge value) is refused with
// one notice instead of being parsed; shorter links are parsed in one pass.
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/spec/embed-params';
import { parseRawSearch, rawSearchToParams, validateRawSearch } from '../../../src/spec/url-search';
import {
  DEFAULT_SPEC,
  parseSearchParams,
  PRESETS,
  specToQueryString,
  type ChartSpec,
} from '../../../src/spec';
import { MAX_LINK_LENGTH } from '../../../src/spec/link-length';
import { noticeText } from '../../../src/spec/notice-words';

const repeated = (times: number) => `?${'x=1&'.repeat(times)}`;

/** The explorer's path: the router's codec, then the spec parser. */
const throughExplorer = (searchStr: string) =>
  parseSearchParams(rawSearchToParams(validateRawSearch(parseRawSearch(searchStr))));

describe('over-long links', () => {
  it('the explorer refuses `x=1&` x 20,000 with a single notice naming the length', () => {
    const link = repeated(20_000);
    const search = parseRawSearch(link);
    expect(Object.keys(search)).toHaveLength(1);
    const { spec, notices } = throughExplorer(link);
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(notices).toHaveLength(1);
    expect(notices[0] && noticeText(notices[0])).toMatch(/80,001 characters long.*not read.*default chart/);
  });

  it('the embed refuses an over-long address the same way, keeping its other defaults', () => {
    const request = parseEmbedParams(`?chart=chpl-tiers&${'p=' + 'h6:854231,'.repeat(1000)}`);
    expect(request.spec).toEqual(DEFAULT_SPEC);
    expect(request.notices).toHaveLength(1);
    expect(request.notices[0] && noticeText(request.notices[0])).toMatch(/characters long.*not read/);
    expect(request).toMatchObject({ controls: true, theme: 'light', dataVersion: null });
  });

  it('reads a link just under the limit, and the longest link the app writes is far below it', () => {
    const link = `?v=1&c=line&zz=${'a'.repeat(MAX_LINK_LENGTH - 20)}`;
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const { spec, notices } = throughExplorer(link);
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(notices.map((n) => n.param)).toEqual(['zz']);
    const longest: ChartSpec = {
      ...PRESETS['russia-imports-by-partner'],
      products: Array.from({ length: 20 }, (_, i) => ({ kind: 'hs6' as const, code: String(850000 + i) })),
    };
    expect(specToQueryString(longest).length).toBeLessThan(MAX_LINK_LENGTH / 4);
  });

  it('keeps every value of a parameter repeated many times, in order', () => {
    const search = parseRawSearch(`?${Array.from({ length: 500 }, (_, i) => `c=${i}`).join('&')}`);
    expect(search.c).toEqual(Array.from({ length: 500 }, (_, i) => String(i)));
  });
});
