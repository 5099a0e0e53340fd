import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPEC,
  defaultSpecFor,
  MAX_SERIES,
  parseSearchParams,
  specToSearchParams,
  type ChartSpec,
} from '../../../src/spec';
import { chartSpec } from '../../../src/spec/schema';
import { SPEC_PARAMS } from '../../../src/spec/url';
import { worded } from './worded-notices';

type Field = keyof ChartSpec;

/** [query, the parameter a notice must name, the fields that must keep their defaults]. */
const INVALID: [string, string, Field[]][] = [
  ['m=', 'm', ['measure']],
  ['m=price', 'm', ['measure']],
  ['m=VALUE', 'm', ['measure']],
  ['c=pie', 'c', ['chart']],
  ['c=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'c', ['chart']],
  ['sc=loglog', 'sc', ['scale']],
  ['n=0', 'n', ['topN']],
  ['n=51', 'n', ['topN']],
  ['n=1e9', 'n', ['topN']],
  ['n=99999999999999999999999', 'n', ['topN']],
  ['n=10.5', 'n', ['topN']],
  ['n=-3', 'n', ['topN']],
  ['n=Infinity', 'n', ['topN']],
  ['ev=yes', 'ev', ['events']],
  ['ev=2', 'ev', ['events']],
  ['br=', 'br', ['breaks']],
  ['view=chart%3Bdrop%20table', 'view', ['view']],
  ['from=99999', 'from', ['from']],
  ['from=2019-13', 'from', ['from']],
  ['from=1800', 'from', ['from']],
  ['to=2023-00', 'to', ['to']],
  ['to=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93', 'to', ['to']],
  ['from=2019%0A', 'from', ['from']],
  ['p=t:9', 'p', ['products']],
  ['p=t:4.C', 'p', ['products']],
  ['p=h6:12345', 'p', ['products']],
  ['p=h6:1234567', 'p', ['products']],
  ['p=h6:85423a', 'p', ['products']],
  ['p=h4:123', 'p', ['products']],
  ['p=h2:00', 'p', ['products']],
  ['p=h2:100', 'p', ['products']],
  ['p=', 'p', ['products']],
  ['p=,,,', 'p', ['products']],
  ['p=x:1', 'p', ['products']],
  ['p=constructor', 'p', ['products']],
  ['p=__proto__', 'p', ['products']],
  ['p=%E2%98%83', 'p', ['products']],
  ['p=h6:%EF%BC%98%EF%BC%95%EF%BC%94%EF%BC%92%EF%BC%93%EF%BC%91', 'p', ['products']],
  ['p=eus', 'p', ['products']],
  ['tf=index', 'tf', ['transform']],
  ['tf=index:20x1', 'tf', ['transform']],
  ['tf=index:2021-06', 'tf', ['transform']],
  ['tf=share:everything', 'tf', ['transform']],
  ['tf=roll:7', 'tf', ['transform']],
  ['tf=roll:12', 'tf', ['transform']],
  ['tf=yoy:1', 'tf', ['transform']],
  ['tf=abs:abs', 'tf', ['transform']],
  ['tf=toString', 'tf', ['transform']],
  ['f=CHN-CHN', 'f', ['flow']],
  ['f=CHN%3ERUS', 'f', ['flow']],
  ['f=USA-RUS', 'f', ['flow']],
  ['f=RUS:imports', 'f', ['flow']],
  ['f=RUS:sideways', 'f', ['flow']],
  ['f=', 'f', ['flow']],
  ['pt=CHN', 'pt', ['flow']],
  ['d=bogus', 'd', ['dataset', 'flow', 'products']],
  ['by=hs8', 'by', ['breakdown']],
  ['sc=log&c=stacked-bar', 'sc', ['scale']],
  ['sc=log&tf=yoy', 'sc', ['scale']],
  ['v=abc', 'v', []],
  ['v=99', 'v', []],
  ['foo=bar', 'foo', []],
  ['utm_source=newsletter', 'utm_source', []],
  ['%3Cscript%3E=1', '<script>', []],
  ['%F0%9F%92%A5=%F0%9F%92%A5', '💥', []],
];

/** Same idea on other datasets: the fields fall back to that dataset's defaults. */
const INVALID_FOR_DATASET: [string, string, Field[]][] = [
  ['d=imf-partners&pt=%3F%3F%3F', 'pt', ['flow']],
  ['d=imf-partners&pt=RUS', 'pt', ['flow']],
  ['d=imf-partners&by=hs6', 'by', ['breakdown']],
  ['d=imf-partners&m=quantity', 'm', ['measure']],
  ['d=imf-partners&p=t:1', 'p', ['products']],
  ['d=imf-partners&f=CHN-RUS', 'f', ['flow']],
  ['d=imf-partners&tf=share:chpl', 'tf', ['transform']],
  ['d=comtrade-monthly&tf=index:2021', 'tf', ['transform']],
  ['d=eurostat-eu-sanctioned&f=RUS:imports', 'f', ['flow']],
];

function expectReadable(query: string, param: string, fields: Field[], base: ChartSpec) {
  let parsed: ReturnType<typeof parseSearchParams> | undefined;
  expect(() => (parsed = parseSearchParams(query))).not.toThrow();
  if (!parsed) return;
  expect(parsed.notices.map((n) => n.param)).toContain(param);
  for (const field of fields) expect(parsed.spec[field], field).toEqual(base[field]);
  expect(chartSpec.safeParse(parsed.spec).success).toBe(true);
}

describe('reading invalid links', () => {
  it.each(INVALID)('%s -> defaults for that field and a notice for %s', (query, param, fields) => {
    expectReadable(`v=1&${query}`, param, fields, DEFAULT_SPEC);
  });

  it.each(INVALID_FOR_DATASET)('%s -> that dataset’s default and a notice for %s', (query, param, fields) => {
    const dataset = /d=([a-z0-9-]+)/.exec(query)?.[1];
    const base = parseSearchParams(`v=1&d=${dataset}`).spec;
    expectReadable(`v=1&${query}`, param, fields, base);
  });

  it('keeps the valid parameters next to an invalid one', () => {
    const { spec, notices } = parseSearchParams('v=1&m=quantity&c=pie&from=2019');
    expect(spec).toEqual({ ...DEFAULT_SPEC, measure: 'quantity', from: '2019' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ param: 'c', value: 'pie' });
  });

  it('swaps a range given backwards, with a notice', () => {
    const { spec, notices } = parseSearchParams('v=1&from=2023&to=2019');
    expect([spec.from, spec.to]).toEqual(['2019', '2023']);
    expect(notices.map((n) => n.param)).toEqual(['from']);
  });

  it('reads a monthly bound on an annual dataset as its year', () => {
    const { spec, notices } = parseSearchParams('v=1&from=2019-03');
    expect(spec.from).toBe('2019');
    expect(notices.map((n) => n.param)).toEqual(['from']);
  });

  it('uses the first of repeated parameters and says so', () => {
    const { spec, notices } = parseSearchParams('v=1&m=quantity&m=value');
    expect(spec.measure).toBe('quantity');
    expect(notices).toEqual([expect.objectContaining({ param: 'm', value: 'value' })]);
  });

  it('keeps the valid products of a list, one notice per bad or repeated one', () => {
    const { spec, notices } = parseSearchParams('v=1&p=t:1,h6:12345,t:1,h4:8542');
    expect(spec.products).toEqual([
      { kind: 'tier', tier: '1' },
      { kind: 'hs4', code: '8542' },
    ]);
    expect(notices.map((n) => [n.param, n.value])).toEqual([
      ['p', 'h6:12345'],
      ['p', 't:1'],
    ]);
  });

  it(`caps a chart at ${MAX_SERIES} series`, () => {
    const codes = Array.from({ length: 30 }, (_, i) => `h6:${String(850000 + i)}`);
    const { spec, notices } = parseSearchParams(`v=1&p=${codes.join(',')}`);
    expect(spec.products).toHaveLength(MAX_SERIES);
    expect(worded(notices)).toEqual([
      expect.objectContaining({ param: 'p', message: expect.stringContaining('10 more') }),
    ]);
  });

  it('shortens long values in notices', () => {
    const { notices } = parseSearchParams(`v=1&c=${'x'.repeat(5000)}`);
    expect(notices[0]?.value.length).toBeLessThanOrEqual(61);
  });

  it('ignores parameters that belong to others when asked', () => {
    expect(parseSearchParams('v=1&dv=abc123', { ignore: ['dv'] }).notices).toEqual([]);
    expect(parseSearchParams('v=1&dv=abc123').notices.map((n) => n.param)).toEqual(['dv']);
  });

  it('accepts lower-case partner codes', () => {
    const { spec, notices } = parseSearchParams('v=1&f=rus-chn');
    expect(notices).toEqual([]);
    expect(spec.flow).toEqual({ kind: 'bilateral', exporter: 'RUS', importer: 'CHN' });
  });

  it('never throws and always yields a drawable spec, whatever the query', () => {
    const keys = fc.oneof(fc.constantFrom(...SPEC_PARAMS), fc.string());
    const values = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('1', '0', '2021', 't:1', 'RUS:imports'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values), { maxLength: 12 }), (entries) => {
        const { spec } = parseSearchParams(new URLSearchParams(entries));
        expect(chartSpec.safeParse(spec).success).toBe(true);
        // Whatever a link said, the spec it became is itself a stable link.
        const again = parseSearchParams(specToSearchParams(spec));
        expect(again.spec).toEqual(spec);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('datasets change the base of the URL', () => {
  it('reads fields against the chosen dataset’s defaults', () => {
    const { spec, notices } = parseSearchParams('v=1&d=comtrade-monthly&tf=roll:12');
    expect(notices).toEqual([]);
    expect(spec).toEqual({
      ...defaultSpecFor('comtrade-monthly'),
      transform: { kind: 'rolling', window: 12 },
    });
  });
});
