import { describe, expect, it } from 'vitest';
import { seriesForSpec } from '../../../src/query/spec-series';
import type { ConcordanceRow } from '../../../src/data/schema';
import { baciSpec, concordance, tables } from './fixtures';

// 854140 stands in for CHPL 854149 only approximately (HS 2017 is broader): a chart of that code must say so.
const approximate: ConcordanceRow = {
  hs6_2022: '854149',
  hs6_2017: '854140',
  tier: '3.A',
  match: 'approximate',
  note: 'broader: includes LEDs and photovoltaic cells',
  comparability: 'split',
  comparable: 'no',
  carved_out: '854141;854142;854143',
  override: '',
};

describe('seriesForSpec: approximate CHPL codes', () => {
  it('says when a series is an HS 2017 code that only approximates a CHPL code', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854140' }] });
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, approximate] }));
    expect(result.notices).toContain(
      'HS 854140 approximates CHPL 854149 (HS 2022): broader: includes LEDs and photovoltaic cells.',
    );
  });

  it('says nothing for exact codes', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854231' }] });
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, approximate] }));
    expect(result.notices.some((notice) => notice.includes('approximates'))).toBe(false);
  });

  it('ends a note that has its own full stop with a single one', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854140' }] });
    const withStop = { ...approximate, note: 'Broader: also LEDs.' };
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, withStop] }));
    expect(result.notices).toContain('HS 854140 approximates CHPL 854149 (HS 2022): Broader: also LEDs.');
  });
});
