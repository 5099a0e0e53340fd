import { describe, expect, it } from 'vitest';
import {
  DATASETS,
  DEFAULT_SPEC,
  defaultSpecFor,
  PRESETS,
  specToQueryString,
  specToSearchParams,
} from '../../../src/spec';
import { chartSpec, datasetId } from '../../../src/spec/schema';

describe('default spec', () => {
  it('is CHPL by tier, China -> Russia, BACI 2017-2023, value, absolute, line, linear, events on', () => {
    expect(DEFAULT_SPEC).toMatchObject({
      dataset: 'baci-hs6',
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      from: '2017',
      to: '2023',
      measure: 'value',
      transform: { kind: 'absolute' },
      chart: 'line',
      scale: 'linear',
      events: true,
    });
    expect(DEFAULT_SPEC.products.map((p) => (p.kind === 'tier' ? p.tier : p.kind))).toEqual([
      '1',
      '2',
      '3.A',
      '3.B',
      '4.A',
      '4.B',
    ]);
  });

  it('writes an empty query except the version', () => {
    expect(specToSearchParams(DEFAULT_SPEC).toString()).toBe('v=1');
    expect(specToQueryString(DEFAULT_SPEC)).toBe('v=1');
  });

  it.each(datasetId.options)(
    'the defaults of %s are a drawable spec and cost only `d` in a URL',
    (dataset) => {
      const spec = defaultSpecFor(dataset);
      expect(chartSpec.safeParse(spec).success).toBe(true);
      const expected = dataset === 'baci-hs6' ? 'v=1' : `v=1&d=${dataset}`;
      expect(specToQueryString(spec)).toBe(expected);
      // A reader's file has open flows (any pair of its own): the others list theirs.
      if (DATASETS[dataset].openFlows) expect(DATASETS[dataset].flows).toEqual([]);
      else expect(DATASETS[dataset].flows.length).toBeGreaterThan(0);
    },
  );

  it('hands out fresh objects, so changing one spec never changes the defaults', () => {
    const spec = defaultSpecFor('baci-hs6');
    (spec.products as unknown[]).push({ kind: 'total' });
    expect(defaultSpecFor('baci-hs6').products).toHaveLength(6);
    expect(DEFAULT_SPEC.products).toHaveLength(6);
    expect(Object.isFrozen(DEFAULT_SPEC)).toBe(true);
  });
});

describe('presets', () => {
  it.each(Object.entries(PRESETS))('%s is a drawable spec', (_id, spec) => {
    const result = chartSpec.safeParse(spec);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('the chpl-tiers preset is the default chart as stacked bars', () => {
    expect(specToQueryString(PRESETS['chpl-tiers'])).toBe('v=1&c=stacked-bar');
  });
});
