import { describe, expect, it } from 'vitest';
import { monthsBefore } from '../../../src/data/transforms/period';
import {
  chplMonthlyFinding,
  chplPartnersFinding,
  lastMonth,
  windowSum,
} from '../../../src/story/facts/chpl-monthly';
import { flow, storyData } from './fixtures';

/** One made-up row a month for `months` months ending `end`. */
function monthly(
  importer: string,
  product: string,
  end: string,
  months: number,
  value: (m: string) => number,
) {
  return Array.from({ length: months }, (_, i) => monthsBefore(end, i)).map((period) =>
    flow({ period, importer, product, value: value(period), source: 'comtrade-monthly-chpl' }),
  );
}

const rows = [
  ...monthly('RUS', '854231', '2024-12', 24, () => 10),
  ...monthly('RUS', '845710', '2024-12', 12, () => 5),
  ...monthly('HKG', '854231', '2024-12', 24, (m) => (m >= '2024' ? 110 : 100)),
  ...monthly('KAZ', '854231', '2024-11', 11, () => 1), // December missing: no 12-month sum
  flow({ period: '2024-12', exporter: 'RUS', importer: 'CHN', product: '854231', value: 9e9 }),
];

describe('windowSum and lastMonth', () => {
  it('sum 12 months only when each has a row', () => {
    expect(lastMonth(rows)).toBe('2024-12');
    expect(windowSum(rows, (r) => r.importer === 'RUS', '2024-12')).toBe(180);
    expect(windowSum(rows, (r) => r.importer === 'KAZ', '2024-12')).toBeNull();
    expect(lastMonth([])).toBeNull();
  });
});

describe('chplMonthlyFinding', () => {
  it('compares the 12 months to the last month with the 12 before, and names the largest tier', () => {
    const finding = chplMonthlyFinding(storyData({ comtradeChpl: rows }));
    expect(finding.figures).toMatchObject({ latest12Months: 180, previous12Months: 120 });
    expect(finding.figures.topTierShare).toBeCloseTo(120 / 180);
    const text = finding.sentences.join(' ');
    expect(text).toContain('In the 12 months to Dec 2024');
    expect(text).toContain('worth $180: +50% on the 12 months before ($120)');
    expect(text).toContain('Tier 1, integrated circuits, made up 66.7% of it');
  });

  it('gives no 12-month total when a month has no row for Russia (unpublished is not zero)', () => {
    const gap = rows.filter((r) => !(r.importer === 'RUS' && r.period === '2024-06'));
    const finding = chplMonthlyFinding(storyData({ comtradeChpl: gap }));
    expect(finding.figures.latest12Months).toBeNull();
    expect(finding.sentences[0]).toContain('not every one of the 12 months to then has a row for Russia');
  });

  it('says so when there are no rows at all', () => {
    const finding = chplMonthlyFinding(storyData());
    expect(finding.figures.latest12Months).toBeNull();
    expect(finding.sentences[0]).toMatch(/holds no exports from China/);
  });
});

describe('chplPartnersFinding', () => {
  it('lists Russia and the transit partners with a complete 12 months, largest first, with their change', () => {
    const finding = chplPartnersFinding(storyData({ comtradeChpl: rows }));
    expect(finding.figures).toEqual({ russia12Months: 180, HKG12Months: 1320 });
    const text = finding.sentences.join(' ');
    expect(text).toContain(
      'exports worth $180 to Russia and, to the largest transit partners, Hong Kong $1.3 k (+10%) (in brackets',
    );
    expect(text).not.toContain('Kazakhstan');
    expect(text).toContain('do not show whether any of the goods went on to Russia');
  });
});
