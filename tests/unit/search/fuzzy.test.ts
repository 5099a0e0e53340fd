import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, singular } from '../../../src/data/search/fuzzy';

describe('typo tolerance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('bearing', 'bearing')).toBe(0);
    expect(editDistance('bearings', 'bearnigs')).toBe(1);
    expect(editDistance('tantalm', 'tantalum')).toBe(1);
    expect(editDistance('gnss', 'gnns')).toBe(1);
    expect(editDistance('chips', 'ships')).toBe(1);
    expect(editDistance('lathe', 'metal')).toBe(4);
  });

  it('stops early once over the allowed edits', () => {
    expect(editDistance('microcircuits', 'cat', 2)).toBe(3);
  });

  it('allows no edit in short words, one in middling, two in long', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });

  it('reads a plural as the same word', () => {
    expect(singular('bearings')).toBe('bearing');
    expect(singular('glass')).toBe('glass');
    expect(singular('ics')).toBe('ics');
  });
});
