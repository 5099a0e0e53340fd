import { describe, expect, it } from 'vitest';
import { annualNotices, sumMonthsToYears } from '../../../src/query/user/annual';
import { months, userRow } from './fixtures';

describe('a reader’s months summed to years', () => {
  it('sums a year only when all 12 months are there; 11 months give no annual value, not a partial sum', () => {
    const rows = [
      ...months('2022', 12).map((period) => userRow({ period, value: 10 })),
      ...months('2023', 11).map((period) => userRow({ period, value: 10 })),
    ];
    const sums = sumMonthsToYears(rows);
    expect(sums.rows).toHaveLength(1);
    expect(sums.rows[0]).toMatchObject({ period: '2022', freq: 'A', value: 120, source: 'user:my file.csv' });
    expect(sums.summed).toEqual([{ year: '2022', pair: 'CHN-RUS' }]);
    expect(sums.partial).toEqual([{ year: '2023', pair: 'CHN-RUS' }]);
    expect(annualNotices(sums, 'CHN-RUS', ['2022', '2023'])).toEqual([
      'Your file is monthly: 2022 are sums of their 12 months.',
      expect.stringMatching(/lacks some months of 2023.*no annual value/),
    ]);
    expect(annualNotices(sums, 'CHN-KAZ', ['2022', '2023'])).toEqual([]);
  });

  it('keeps tonnes only when every month reports them', () => {
    const rows = months('2022', 12).map((period, i) =>
      userRow({ period, value: 1, quantity: i === 3 ? null : 2, quantity_unit: i === 3 ? null : 't' }),
    );
    expect(sumMonthsToYears(rows).rows[0]).toMatchObject({ value: 12, quantity: null, quantity_unit: null });
    const full = months('2022', 12).map((period) =>
      userRow({ period, value: 1, quantity: 2, quantity_unit: 't' }),
    );
    expect(sumMonthsToYears(full).rows[0]).toMatchObject({ quantity: 24, quantity_unit: 't' });
  });

  it('never sums over a year the file gives itself, nor months that disagree on who reported them', () => {
    const own = [
      userRow({ period: '2022', freq: 'A', value: 5 }),
      ...months('2022', 12).map((period) => userRow({ period })),
    ];
    expect(sumMonthsToYears(own).rows).toEqual([]);
    const mixed = months('2022', 12).map((period, i) =>
      userRow({ period, basis: i === 0 ? 'estimate' : 'exporter-reported' }),
    );
    const sums = sumMonthsToYears(mixed);
    expect(sums.rows).toEqual([]);
    expect(sums.mixedBasis).toEqual([{ year: '2022', pair: 'CHN-RUS' }]);
  });
});
