import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPEC,
  defaultSpecFor,
  isPeriodInRange,
  reconcileSpec,
  specIssues,
  type ChartSpec,
} from '../../../src/spec';
import { chartSpec } from '../../../src/spec/schema';
import { chartSpecArb, looseSpecArb } from './arbitraries';

describe('rules between spec fields', () => {
  it('finds no issue in a drawable spec and leaves it untouched', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        expect(specIssues(spec)).toEqual([]);
        expect(reconcileSpec(spec)).toEqual({ spec, notices: [] });
      }),
    );
  });

  it('turns any spec into a drawable one, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(looseSpecArb, (spec) => {
        const once = reconcileSpec(spec);
        expect(chartSpec.safeParse(once.spec).error?.issues ?? []).toEqual([]);
        expect(reconcileSpec(once.spec)).toEqual({ spec: once.spec, notices: [] });
        expect(once.notices.length > 0).toBe(specIssues(spec).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a rolling sum of annual data and a log scale under stacked bars', () => {
    const spec: ChartSpec = { ...DEFAULT_SPEC, transform: { kind: 'rolling', window: 12 } };
    expect(specIssues(spec).map((i) => i.field)).toEqual(['transform']);
    expect(reconcileSpec(spec).spec.transform).toEqual({ kind: 'absolute' });
    const logBars: ChartSpec = { ...DEFAULT_SPEC, scale: 'log', chart: 'stacked-bar' };
    expect(chartSpec.safeParse(logBars).success).toBe(false);
  });

  it('keeps the products a dataset has and drops the others', () => {
    const spec: ChartSpec = {
      ...defaultSpecFor('imf-partners'),
      products: [{ kind: 'tier', tier: '1' }, { kind: 'total' }],
    };
    const { spec: fixed, notices } = reconcileSpec(spec);
    expect(fixed.products).toEqual([{ kind: 'total' }]);
    expect(notices.map((n) => n.param)).toEqual(['p']);
  });
});

describe('isPeriodInRange', () => {
  it('lets a year bound cover its months and a monthly bound cut a year', () => {
    expect(isPeriodInRange('2019-01', '2019', '2023')).toBe(true);
    expect(isPeriodInRange('2023-12', '2019', '2023')).toBe(true);
    expect(isPeriodInRange('2024-01', '2019', '2023')).toBe(false);
    expect(isPeriodInRange('2019', '2019-03', '2023')).toBe(false);
    expect(isPeriodInRange('2020', '2019-03', '2023')).toBe(true);
  });
});
