import { describe, expect, it } from 'vitest';
import { referenceMarks } from '../../../src/figure/published-marks/headline-marks';
import { headline } from './fixtures';

const ic = headline({ id: 'ic-2022', value: '179', note: 'Same article: 2021 = $74M.' });

describe('referenceMarks', () => {
  it('plots an annual plain figure and the same report’s figure from its note', () => {
    const marks = referenceMarks([ic], [{ id: 'ic-2022', seriesKey: '1' }]);
    expect(marks.map((m) => [m.period, m.value, m.seriesKey])).toEqual([
      ['2022', 179e6, '1'],
      ['2021', 74e6, '1'],
    ]);
    expect(marks[0]).toMatchObject({ sourceTitle: 'A newspaper', url: 'https://example.org/' });
    expect(marks[0]?.label).toContain('$179 m');
  });

  it('leaves out bounds, ranges, sub-year periods, shares and missing ids', () => {
    const rows = [
      headline({ id: 'bound', value: 'over 500' }),
      headline({ id: 'range', value: '200 (2021) -> over 500 (2022)', period: '2021-2022' }),
      headline({ id: 'months', value: '90.08', unit: 'USD billion', period: '2023-01..2023-10' }),
      headline({ id: 'share', value: '90', unit: 'percent', period: '2023' }),
    ];
    const wanted = ['bound', 'range', 'months', 'share', 'absent'].map((id) => ({ id }));
    expect(referenceMarks(rows, wanted)).toEqual([]);
  });
});
