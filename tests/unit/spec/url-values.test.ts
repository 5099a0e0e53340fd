// The zod-free URL value checks must accept exactly what the zod spec schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerCode } from '../../../src/data/schema';
import { BREAKDOWNS, CHART_TYPES, DATASET_IDS, MEASURES, SCALES, VIEWS } from '../../../src/spec/fields';
import {
  breakdown,
  chartType,
  datasetId,
  measure,
  productSelector,
  scale,
  specPeriod,
  transform,
  view,
} from '../../../src/spec/schema';
import { readProductToken } from '../../../src/spec/url-products';
import { readTransform } from '../../../src/spec/url-transform';
import { isPartnerCode, readOneOf, readSpecPeriod } from '../../../src/spec/url-values';
import { DEFAULT_SPEC } from '../../../src/spec';
import { reasonText } from '../../../src/spec/notice-words';

const RUNS = { numRuns: 400 };
const near = (samples: string[]) =>
  fc.oneof(
    fc.constantFrom(...samples),
    fc.string({ maxLength: 10 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );

describe('URL value checks = the zod spec schema', () => {
  const ENUMS = [
    ['dataset', DATASET_IDS, datasetId],
    ['breakdown', BREAKDOWNS, breakdown],
    ['chart', CHART_TYPES, chartType],
    ['measure', MEASURES, measure],
    ['scale', SCALES, scale],
    ['view', VIEWS, view],
  ] as const;

  it.each(ENUMS)('%s: the same values', (_name, options, schema) => {
    fc.assert(
      fc.property(near([...options, ...options.map((o) => o.toUpperCase()), ` ${options[0]}`]), (raw) => {
        expect(readOneOf(options, raw).ok).toBe(schema.safeParse(raw).success);
      }),
      RUNS,
    );
  });

  it('periods: the same values, with the schema’s message', () => {
    const samples = [
      '2023',
      '2023-01',
      '2023-12',
      '2023-13',
      '2023-00',
      '1949',
      '1950',
      '2100',
      '2101',
      '23',
      '2023-1',
    ];
    fc.assert(
      fc.property(near(samples), (raw) => {
        const zod = specPeriod.safeParse(raw);
        const read = readSpecPeriod(raw);
        expect(read.ok).toBe(zod.success);
        if (!read.ok && !zod.success) expect(reasonText(read.reason)).toBe(zod.error.issues[0]?.message);
      }),
      RUNS,
    );
  });

  it('partner codes: the same codes', () => {
    fc.assert(
      fc.property(near(['CHN', 'EU27', 'G998', 'chn', 'AB', 'ABCDEFGHI', 'A_B']), (code) => {
        expect(isPartnerCode(code)).toBe(partnerCode.safeParse(code).success);
      }),
      RUNS,
    );
  });

  it('product tokens: what is read is a valid selector, and every valid selector is read', () => {
    const tokens = near([
      't:1',
      't:4.B',
      't:5',
      'h6:854231',
      'h6:85423',
      'h4:8542',
      'h2:85',
      'h2:00',
      'chpl',
      'total',
      'eus',
    ]);
    fc.assert(
      fc.property(tokens, (token) => {
        const read = readProductToken(token);
        if (read.ok) expect(productSelector.safeParse(read.item).success).toBe(true);
        const colon = token.indexOf(':');
        const [prefix, rest] = [token.slice(0, colon), token.slice(colon + 1)];
        const kind = { t: 'tier', h6: 'hs6', h4: 'hs4', h2: 'hs2' }[prefix];
        if (colon < 0 || kind === undefined) return;
        const shape = kind === 'tier' ? { kind, tier: rest } : { kind, code: rest };
        expect(read.ok).toBe(productSelector.safeParse(shape).success);
      }),
      RUNS,
    );
  });

  it('transforms: what is read is valid under the schema', () => {
    const raws = near([
      'abs',
      'yoy',
      'share:total',
      'share:sel',
      'index:2021',
      'index:1800',
      'roll:3',
      'roll:7',
      'roll:12',
    ]);
    fc.assert(
      fc.property(raws, (raw) => {
        const read = readTransform(raw, DEFAULT_SPEC);
        if (read.ok) expect(transform.safeParse(read.spec.transform).success).toBe(true);
      }),
      RUNS,
    );
    expect(readTransform('index:1800', DEFAULT_SPEC).ok).toBe(false);
    expect(readTransform('roll:6', DEFAULT_SPEC)).toMatchObject({
      ok: true,
      spec: { transform: { kind: 'rolling', window: 6 } },
    });
  });
});
