// The comparable-codes basis in the spec: on in the URL as `cc=1`, absent when off, and dropped (with a notice
// naming `cc`) where it means nothing: no CHPL tiers or totals, or data without the concordance.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPEC,
  defaultSpecFor,
  parseSearchParams,
  reconcileSpec,
  specToQueryString,
  type ChartSpec,
} from '../../../src/spec';

describe('comparable-codes basis in the spec', () => {
  const on: ChartSpec = { ...DEFAULT_SPEC, comparable: true };

  it('round-trips through the URL as cc=1, and is absent when off', () => {
    expect(specToQueryString(on)).toBe('v=1&cc=1');
    expect(parseSearchParams('v=1&cc=1')).toEqual({ spec: on, notices: [] });
    expect(specToQueryString(DEFAULT_SPEC)).not.toContain('cc');
    expect(parseSearchParams('v=1&cc=0').spec).toEqual(DEFAULT_SPEC);
  });

  it('applies to the monthly CHPL data and to a share of all CHPL goods', () => {
    const monthly = { ...defaultSpecFor('comtrade-chpl-monthly'), comparable: true as const };
    expect(reconcileSpec(monthly).spec).toEqual(monthly);
    const share: ChartSpec = {
      ...DEFAULT_SPEC,
      products: [{ kind: 'hs6', code: '854231' }],
      transform: { kind: 'share', of: 'chpl' },
      comparable: true,
    };
    expect(reconcileSpec(share).spec).toEqual(share);
  });

  it('is dropped with a notice where there are no CHPL tiers or totals', () => {
    const parsed = parseSearchParams('v=1&p=h6:901380&cc=1');
    expect(parsed.spec.comparable).toBeUndefined();
    expect(parsed.notices.map((n) => n.param)).toEqual(['cc']);
    expect(parseSearchParams('v=1&d=imf-partners&cc=1').spec.comparable).toBeUndefined();
    expect(reconcileSpec({ ...defaultSpecFor('user'), comparable: true }).spec.comparable).toBeUndefined();
  });

  it('reads a bad value as off, naming the parameter', () => {
    const parsed = parseSearchParams('v=1&cc=yes');
    expect(parsed.spec).toEqual(DEFAULT_SPEC);
    expect(parsed.notices[0]?.param).toBe('cc');
  });
});
