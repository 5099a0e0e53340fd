// The importer's fast paths must agree with the slow, obvious code they stand in for: the precompiled row check
// with the zod schema, the duplicate summing with a plain map of every row, the number, code, period and
// partner readers with their straightforward versions (written out here as the reference).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSummer } from '../../../src/data/importers/aggregate';
import { isValidFlowRow } from '../../../src/data/importers/flow-row-check';
import { parseProductCode } from '../../../src/data/importers/hs';
import { parseNumberCell } from '../../../src/data/importers/numbers';
import { gaccPartnerResolver, resolveGaccPartner } from '../../../src/data/importers/partners-gacc';
import { parsePeriod } from '../../../src/data/importers/period';
import { flowRow, type FlowRow } from '../../../src/data/schema';

const someOf = <T>(...values: T[]) => fc.constantFrom(...values);

const candidate = fc.record({
  period: someOf<unknown>('2023', '2023-04', '2023-13', '23', '', 2023, null),
  freq: someOf<unknown>('A', 'M', 'Q', '', null),
  exporter: someOf<unknown>('CHN', 'RUS', 'EU27', 'chn', 'C', 'TOOLONGCODE', null),
  importer: someOf<unknown>('RUS', 'WLD', 'X_Y', '', 7),
  product: someOf<unknown>('854231', '010620', 'TOTAL', 'EU-SANCTIONED', '8542', 'total', 854231),
  value: someOf<unknown>(0, 1.5, 1e300, -0, -1, Number.NaN, Number.POSITIVE_INFINITY, '12', null),
  currency: someOf<unknown>('USD', 'EUR', 'CNY', 'usd', 'GBP', null),
  quantity: someOf<unknown>(null, 0, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined),
  quantity_unit: someOf<unknown>(null, 't', 'kg', '', undefined),
  source: someOf<unknown>('user:x.csv', 'baci', '', null),
  basis: someOf<unknown>('reconciled', 'exporter-reported', 'importer-reported', 'estimate', 'other', null),
});

describe('isValidFlowRow', () => {
  it('only ever accepts what the flowRow schema accepts, unchanged', () => {
    fc.assert(
      fc.property(candidate, (row) => {
        if (!isValidFlowRow(row as Record<keyof FlowRow, unknown>)) return;
        const parsed = flowRow.safeParse(row);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(row);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts ordinary rows, so the schema is asked only about the odd ones', () => {
    const row: FlowRow = {
      period: '2023-04',
      freq: 'M',
      exporter: 'CHN',
      importer: 'RUS',
      product: '010620',
      value: 12.5,
      currency: 'CNY',
      quantity: null,
      quantity_unit: null,
      source: 'user:x.csv',
      basis: 'exporter-reported',
    };
    expect(isValidFlowRow(row)).toBe(true);
    expect(isValidFlowRow({ ...row, product: 'EU-SANCTIONED', quantity: 0, quantity_unit: 't' })).toBe(true);
    expect(isValidFlowRow({ ...row, value: Number.NaN })).toBe(false);
    expect(isValidFlowRow({ ...row, freq: 'Q' })).toBe(false);
  });
});

/** The summing as it was written before it was made incremental: one map of every row's full key. */
function referenceSum(rows: readonly FlowRow[]): { rows: FlowRow[]; summed: number } {
  const byKey = new Map<string, FlowRow>();
  for (const row of rows) {
    const key = [
      row.period,
      row.freq,
      row.exporter,
      row.importer,
      row.product,
      row.currency,
      row.source,
      row.basis,
    ].join('|');
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, row);
      continue;
    }
    const same = seen.quantity !== null && row.quantity !== null && seen.quantity_unit === row.quantity_unit;
    byKey.set(key, {
      ...seen,
      value: seen.value + row.value,
      quantity: same ? (seen.quantity as number) + (row.quantity as number) : null,
      quantity_unit: same ? seen.quantity_unit : null,
    });
  }
  return { rows: [...byKey.values()], summed: rows.length - byKey.size };
}

const flow: fc.Arbitrary<FlowRow> = fc
  .record({
    // 24 periods x 2 partners: more groups than the summer compares field by field.
    month: fc.integer({ min: 1, max: 24 }),
    importer: someOf('RUS', 'KAZ'),
    product: someOf('854231', '010620', '100000', 'TOTAL', 'EU-SANCTIONED'),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
    quantity: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
    source: someOf('user:a.csv', 'user:b|c.csv'),
    basis: someOf('exporter-reported' as const, 'estimate' as const),
  })
  .map(({ month, quantity, ...rest }) => ({
    period: month > 12 ? String(2010 + month) : `2023-${String(month).padStart(2, '0')}`,
    freq: month > 12 ? ('A' as const) : ('M' as const),
    exporter: 'CHN',
    currency: 'USD' as const,
    quantity,
    quantity_unit: quantity === null ? null : ('t' as const),
    ...rest,
  }));

describe('RowSummer', () => {
  it('sums exactly as a map of every row would, in first-seen order, leaving its input alone', () => {
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 300 }), (rows) => {
        const before = JSON.stringify(rows);
        const summer = new RowSummer();
        for (const row of rows) summer.add(row);
        const expected = referenceSum(rows.map((r) => ({ ...r })));
        expect(summer.rows).toEqual(expected.rows);
        expect(summer.summed).toBe(expected.summed);
        expect(JSON.stringify(rows)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});

/** parseNumberCell as it was: normalise, trim, drop spaces, then the two patterns. */
function referenceNumber(raw: string) {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u00a0]/g, '');
  if (text === '' || text === '-') return { ok: true, value: null };
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return { ok: false, message: 'not a number' };
  const value = Number(plain);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'number out of range' };
}

const numberish = fc
  .array(someOf('0', '1', '7', '9', ',', '.', '-', '+', 'e', 'E', ' ', '\u00a0', '１', 'x'), {
    maxLength: 22,
  })
  .map((parts) => parts.join(''));

describe('parseNumberCell', () => {
  it('reads every cell as the plain version does', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string(), fc.double().map(String)), (raw) => {
        expect(parseNumberCell(raw)).toEqual(referenceNumber(raw));
      }),
      { numRuns: 5000 },
    );
    for (const raw of [
      '1,234',
      '123,456,789,012,345',
      '1,234,567,890,123,456',
      ',123',
      '1234,567',
      '1,23',
      '-',
    ])
      expect(parseNumberCell(raw)).toEqual(referenceNumber(raw));
  });
});

describe('parseProductCode and parsePeriod', () => {
  it('read codes as before: NFKC, trimmed, dots and spaces dropped', () => {
    /** parseProductCode as it was, without the fast path. */
    const reference = (raw: string) => {
      const text = raw.normalize('NFKC').trim().replace(/[.\s]/g, '');
      if (/^total$/i.test(text))
        return { ok: true, product: 'TOTAL', truncatedFrom: null, zeroRestored: false };
      if (!/^\d{1,10}$/.test(text)) return { ok: false, kind: 'invalid', message: 'not a commodity code' };
      const digits = text.length % 2 === 1 ? `0${text}` : text;
      const zeroRestored = digits !== text;
      if (digits.length === 6) return { ok: true, product: digits, truncatedFrom: null, zeroRestored };
      if (digits.length === 8 || digits.length === 10)
        return { ok: true, product: digits.slice(0, 6), truncatedFrom: digits, zeroRestored };
      const message = `HS${digits.length} aggregate: only HS6 codes and TOTAL can be imported`;
      return { ok: false, kind: 'unsupported', message };
    };
    const code = fc
      .array(someOf('0', '1', '8', '5', '.', ' ', '８', 'T', 'total', 'x'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(code, (raw) => {
        expect(parseProductCode(raw)).toEqual(reference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same period for the same text every time, and the cached value cannot be changed', () => {
    const first = parsePeriod('202304');
    expect(parsePeriod('202304')).toEqual({ period: '2023-04', freq: 'M' });
    expect(parsePeriod('202304')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parsePeriod('202313')).toBeNull();
    expect(parsePeriod('202313')).toBeNull();
  });
});

describe('gaccPartnerResolver', () => {
  it('resolves every (code, name) pair as resolveGaccPartner does, however often it repeats', () => {
    const pair = fc.tuple(
      someOf('344', '0344', '110', '341', '145', ' 116 ', '999'),
      someOf('Russia', 'Ukraine', 'Hong Kong，China', 'HONG KONG CHINA', '', 'Kazakhstan', 'Japan'),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), fc.boolean(), (pairs, mapped) => {
        const partnerMap = mapped ? { '341': 'KAZ', '999': 'not a code' } : undefined;
        const resolve = gaccPartnerResolver(partnerMap);
        for (const [code, name] of pairs)
          expect(resolve(code, name)).toEqual(resolveGaccPartner(code, name, partnerMap));
      }),
      { numRuns: 300 },
    );
  });
});
