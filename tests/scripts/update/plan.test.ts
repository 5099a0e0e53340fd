// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointFor } from '../../../scripts/update/endpoint';
import { monthRange } from '../../../scripts/update/months';
import {
  cellCount,
  maxCellsPerChunk,
  partition,
  planChunks,
  splitChunk,
  type ChunkLimits,
  type ChunkQuery,
} from '../../../scripts/update/plan';

const cells = (chunk: ChunkQuery) =>
  chunk.months.flatMap((m) => chunk.cmdCodes.flatMap((c) => chunk.partners.map((p) => `${m}|${c}|${p}`)));

const monthArb = fc
  .record({ year: fc.integer({ min: 2017, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
const queryArb = fc.record({
  months: fc.uniqueArray(monthArb, { minLength: 1, maxLength: 30 }),
  cmdCodes: fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { minLength: 1, maxLength: 60 }),
  partners: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 10 }),
});
const smallQueryArb = fc.record({
  months: fc.uniqueArray(monthArb, { minLength: 1, maxLength: 8 }),
  cmdCodes: fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { minLength: 1, maxLength: 8 }),
  partners: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 4 }),
});
const limitsArb: fc.Arbitrary<ChunkLimits> = fc.record({
  maxRecords: fc.integer({ min: 2, max: 2_000 }),
  maxPeriods: fc.integer({ min: 1, max: 12 }),
  rowsPerCell: fc.integer({ min: 1, max: 3 }),
});

describe('planChunks', () => {
  it('keeps every chunk strictly under the record cap and within the period limit', () => {
    fc.assert(
      fc.property(queryArb, limitsArb, (query, limits) => {
        fc.pre(maxCellsPerChunk(limits) >= 1);
        for (const chunk of planChunks(query, limits)) {
          expect(cellCount(chunk) * limits.rowsPerCell).toBeLessThan(limits.maxRecords);
          expect(chunk.months.length).toBeLessThanOrEqual(limits.maxPeriods);
          expect(cellCount(chunk)).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('covers exactly the requested months x codes x partners, each cell once', () => {
    fc.assert(
      fc.property(queryArb, limitsArb, (query, limits) => {
        fc.pre(maxCellsPerChunk(limits) >= 1);
        const planned = planChunks(query, limits).flatMap(cells);
        expect(new Set(planned).size).toBe(planned.length);
        expect(planned.sort()).toEqual(cells(query).sort());
      }),
    );
  });

  it('never mixes two calendar years in a chunk', () => {
    fc.assert(
      fc.property(queryArb, limitsArb, (query, limits) => {
        fc.pre(maxCellsPerChunk(limits) >= 1);
        for (const chunk of planChunks(query, limits)) {
          expect(new Set(chunk.months.map((m) => m.slice(0, 4))).size).toBe(1);
        }
      }),
    );
  });

  it('plans the real scope as one month a preview call and one year a keyed call', () => {
    const query = {
      months: monthRange('2017-01', '2024-12'),
      cmdCodes: Array.from({ length: 50 }, (_, i) => String(100000 + i)),
      partners: [643, 344, 398, 417, 51, 792, 784, 112],
    };
    expect(planChunks(query, endpointFor(null))).toHaveLength(96);
    expect(planChunks(query, endpointFor('key'))).toHaveLength(8);
  });

  it('returns no chunk when a dimension is empty, and refuses a cap that fits no cell', () => {
    const limits = { maxRecords: 500, maxPeriods: 1, rowsPerCell: 1 };
    expect(planChunks({ months: [], cmdCodes: ['854231'], partners: [643] }, limits)).toEqual([]);
    const query = { months: ['2023-01'], cmdCodes: ['854231'], partners: [643] };
    expect(() => planChunks(query, { ...limits, maxRecords: 1 })).toThrow(RangeError);
  });
});

describe('splitChunk', () => {
  it('halves a chunk of more than one code or month into two that cover exactly its cells', () => {
    fc.assert(
      // Small queries are enough to exercise every split axis, and keep the run quick.
      fc.property(smallQueryArb, (query) => {
        const halves = splitChunk(query);
        // Never return an assertion's value: fast-check reads a returned false as a failed property.
        // One code in one month is not split (issue 13.5), whatever its partners.
        if (query.months.length === 1 && query.cmdCodes.length === 1) {
          expect(halves).toBeNull();
          return;
        }
        expect(halves).not.toBeNull();
        const [a, b] = halves as [ChunkQuery, ChunkQuery];
        expect(cellCount(a)).toBeGreaterThan(0);
        expect(cellCount(b)).toBeGreaterThan(0);
        expect([...cells(a), ...cells(b)].sort()).toEqual(cells(query).sort());
      }),
    );
  });
});

describe('partition', () => {
  it('makes the fewest groups of at most `size`, sizes within one of each other', () => {
    expect(partition([1, 2, 3, 4, 5, 6, 7], 3).map((g) => g.length)).toEqual([3, 2, 2]);
    expect(partition([], 3)).toEqual([]);
  });
});
