// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { flowRow, type FlowRow } from '../../src/data/schema';
import { assertKnownCodes, assertUniqueFlows, validateRow } from '../../scripts/pipeline/validate';
import { makeFlowRow } from '../fixtures/flow-row';

const row: FlowRow = makeFlowRow();

describe('validateRow', () => {
  it('names the raw column behind a failing output field', () => {
    const ctx = { source: 'baci', file: 'b.csv', line: 7 };
    expect(() => validateRow(flowRow, { ...row, product: '85423' }, ctx, { product: 'k' })).toThrow(
      'baci: b.csv row 7, column k: expected a 6-digit HS code with leading zeros',
    );
    expect(validateRow(flowRow, row, ctx)).toEqual(row);
  });
});

describe('flow file checks', () => {
  it('rejects a duplicate (period, exporter, importer, product, source) key', () => {
    expect(() => assertUniqueFlows('baci', [row, { ...row, value: 2 }])).toThrow(
      'baci: duplicate flow key 2021, CHN, RUS, 854231, baci',
    );
    expect(() => assertUniqueFlows('baci', [row, { ...row, period: '2022' }])).not.toThrow();
  });

  it('rejects unknown products and partners but accepts TOTAL and EU-SANCTIONED', () => {
    const partners = new Set(['CHN', 'RUS']);
    expect(() => assertKnownCodes('f', [row], new Set(), partners)).toThrow(
      /product 854231 .* not in products.csv/,
    );
    expect(() => assertKnownCodes('f', [{ ...row, exporter: 'XXX' }], new Set(['854231']), partners)).toThrow(
      /partner XXX is not in partners.csv/,
    );
    const aggregates = [
      { ...row, product: 'TOTAL' as const },
      { ...row, product: 'EU-SANCTIONED' as const },
    ];
    expect(() => assertKnownCodes('f', aggregates, new Set(), partners)).not.toThrow();
  });
});
