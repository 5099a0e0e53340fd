import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPEC,
  parseSearchParams,
  specToQueryString,
  specToSearchParams,
  type ChartSpec,
} from '../../../src/spec';
import { chartSpec } from '../../../src/spec/schema';
import { chartSpecArb } from './arbitraries';

const RUNS = { numRuns: 500 };

describe('spec -> URL -> spec', () => {
  it('the generated specs are valid (the arbitrary itself is sound)', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        expect(chartSpec.safeParse(spec).error?.issues ?? []).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is the identity, with no notices, through URLSearchParams', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        const { spec: back, notices } = parseSearchParams(specToSearchParams(spec));
        expect(notices).toEqual([]);
        expect(back).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('is the identity through the readable query string too', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        expect(parseSearchParams(`?${specToQueryString(spec)}`).spec).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('writes only the differences: changing one field adds one parameter', () => {
    const spec: ChartSpec = { ...DEFAULT_SPEC, measure: 'quantity' };
    expect(specToQueryString(spec)).toBe('v=1&m=quantity');
  });

  it('uses compact, readable encodings', () => {
    const spec: ChartSpec = {
      ...DEFAULT_SPEC,
      products: [
        { kind: 'tier', tier: '4.B' },
        { kind: 'hs6', code: '854231' },
      ],
      from: '2019',
      transform: { kind: 'index', base: '2021' },
      events: false,
    };
    expect(specToQueryString(spec)).toBe('v=1&p=t:4.B,h6:854231&from=2019&tf=index:2021&ev=0');
  });

  it('writes partner flows as a reporter, a direction and a partner list', () => {
    const { spec } = parseSearchParams('v=1&d=imf-partners&f=RUS:exports&pt=CHN,TUR');
    expect(spec.flow).toEqual({
      kind: 'partners',
      reporter: 'RUS',
      direction: 'exports',
      partners: ['CHN', 'TUR'],
    });
    expect(specToQueryString(spec)).toBe('v=1&d=imf-partners&f=RUS:exports&pt=CHN,TUR');
  });
});
