import { describe, expect, it } from 'vitest';
import { hsLabel, productCatalog } from '../../../src/query/product-catalog';
import type { ChplItem, ConcordanceRow } from '../../../src/data/schema';

const concordance: ConcordanceRow[] = [
  {
    hs6_2022: '854231',
    hs6_2017: '854231',
    tier: '1',
    match: 'exact',
    note: '',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
  {
    hs6_2022: '854149',
    hs6_2017: '854140',
    tier: '3.A',
    match: 'approximate',
    note: 'broader',
    comparability: 'split',
    comparable: 'no',
    carved_out: '',
    override: '',
  },
];
const chpl: ChplItem[] = [
  { hs6_2022: '854231', tier: '1', description: 'Processors', source_url: 'https://x.org' },
  {
    hs6_2022: '854149',
    tier: '3.A',
    description: 'Other photosensitive devices (excl. LEDs)',
    source_url: 'https://x.org',
  },
];

describe('hsLabel', () => {
  it('names an exact CHPL code by its CHPL description', () => {
    expect(hsLabel('854231', productCatalog(concordance, chpl))).toBe('854231 Processors');
  });

  it('never gives a broader HS 2017 code the narrower CHPL description as if it were its own', () => {
    expect(hsLabel('854140', productCatalog(concordance, chpl))).toBe(
      '854140 (approx. CHPL: Other photosensitive devices (excl. LEDs))',
    );
  });
});
