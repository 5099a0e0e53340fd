import { describe, expect, it } from 'vitest';
import { seriesForSpec } from '../../../src/query/spec-series';
import { baciSpec, tables } from './fixtures';

describe('series that hold the same trade', () => {
  it('finds a tier and one of its codes, and lists each row behind the chart once', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'hs6', code: '854231' },
      ],
    });
    const result = seriesForSpec(spec, tables());
    expect(result.overlaps.map((o) => o.keys)).toEqual([['1', '854231']]);
    expect(result.overlaps[0]!.text).toMatch(/^‘Tier 1’ and ‘.*854231.*’ include the same trade$/);
    expect(new Set(result.flowRows).size).toBe(result.flowRows.length);
    const tier1Alone = seriesForSpec(baciSpec({ products: [{ kind: 'tier', tier: '1' }] }), tables());
    // The 854231 rows are all inside tier 1: adding the code adds no row to the full dataset.
    expect(result.flowRows.length).toBe(tier1Alone.flowRows.length);
  });

  it('finds all goods beside any product, though they share no row', () => {
    const spec = baciSpec({ products: [{ kind: 'total' }, { kind: 'tier', tier: '1' }] });
    expect(seriesForSpec(spec, tables()).overlaps.map((o) => o.keys)).toEqual([['total', '1']]);
  });

  it('finds none between two tiers', () => {
    const spec = baciSpec({
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'tier', tier: '3.B' },
      ],
    });
    expect(seriesForSpec(spec, tables()).overlaps).toEqual([]);
  });
});
