// The biggest movers compare two years: across BACI's 2021|2022 break the sentence names it (and the HS 2022
// change) and leads with the like-for-like pair.
import { describe, expect, it } from 'vitest';
import { moversBreakText } from '../../../src/explorer/biggest-movers';
import type { SeriesBreak } from '../../../src/data/schema';

const breaks: SeriesBreak[] = [
  {
    id: 'baci-2022-reporting',
    source: 'baci',
    after: '2021',
    before: '2022',
    label: 'From 2022: China’s declarations only',
    caveat: 'baci-basis-break-2022',
  },
  { id: 'imf', source: 'imf-imts', after: '2018', before: '2019', label: 'Other source', caveat: 'x' },
];

describe('biggest movers across a break', () => {
  it('names the change of basis and the HS 2022 change in the sentence that compares across them', () => {
    const text = moversBreakText(breaks, '2021', '2023') ?? '';
    expect(text).toMatch(/^Compare 2022 with a later year for a like-for-like change: 2021 to 2023 crosses/);
    expect(text).toContain('the 2022 change of basis (from 2022: China’s declarations only)');
    expect(text).toContain('the HS 2022 change');
    expect(moversBreakText(breaks, '2023', '2017')).toContain('2017 to 2023 crosses');
  });

  it('says nothing for years on one side, and ignores other sources’ breaks', () => {
    expect(moversBreakText(breaks, '2022', '2023')).toBeNull();
    expect(moversBreakText(breaks, '2017', '2020')).toBeNull();
  });
});
