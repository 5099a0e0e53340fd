// Issue 15: the monthly CHPL findings (present only in builds with the monthly file, so not on the real data of
// findings-locales.test.ts) in Chinese and Russian, from made-up rows: the month in the language's own words
// (Russian in the genitive after "до"), the tier's name and the partners' names translated, money in 万/тыс.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthsBefore } from '../../../src/data/transforms/period';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { chplMonthlyFinding, chplPartnersFinding } from '../../../src/story/facts/chpl-monthly';
import { flow, storyData } from './fixtures';

function monthly(importer: string, end: string, months: number, value: (m: string) => number) {
  return Array.from({ length: months }, (_, i) => monthsBefore(end, i)).map((period) =>
    flow({ period, importer, product: '854231', value: value(period), source: 'comtrade-monthly-chpl' }),
  );
}

// Tier 1 (854231), in millions of dollars a month, so that the sums have large-number words.
const rows = [
  ...monthly('RUS', '2024-12', 24, (m) => (m >= '2024' ? 15e6 : 10e6)),
  ...monthly('HKG', '2024-12', 24, (m) => (m >= '2024' ? 11e6 : 10e6)),
  ...monthly('KAZ', '2024-12', 12, () => 2e6),
];

beforeAll(() => addCatalogue(PAGES_CATALOGUE));
afterAll(async () => {
  await activateLocale('en');
});

describe('monthly CHPL findings in Chinese', () => {
  beforeAll(async () => {
    await activateLocale('zh');
  });

  it('writes the 12 months to December 2024 with 亿 and the tier in Chinese', () => {
    const text = chplMonthlyFinding(storyData({ comtradeChpl: rows })).sentences.join('');
    expect(text).toContain('截至2024年12月的12个月');
    expect(text).toContain('1.8亿美元'); // 12 x 15e6
    expect(text).toContain('+50%');
    expect(text).toContain('第 1 级（集成电路）');
  });

  it('names the partners in Chinese', () => {
    const text = chplPartnersFinding(storyData({ comtradeChpl: rows })).sentences.join('');
    expect(text).toContain('对俄罗斯为1.8亿美元');
    expect(text).toContain('中国香港 1.32亿美元（+10%）');
    expect(text).toContain('哈萨克斯坦 2,400万美元');
  });
});

describe('monthly CHPL findings in Russian', () => {
  beforeAll(async () => {
    await activateLocale('ru');
  });

  it('writes "до декабря 2024 г." and млн долл.', () => {
    const text = chplMonthlyFinding(storyData({ comtradeChpl: rows })).sentences.join(' ');
    expect(text).toContain('За 12 месяцев до декабря 2024 г. включительно');
    expect(text).toContain('180 млн долл.');
    expect(text).toContain('+50 %');
    expect(text).toContain('На уровень 1 (интегральные схемы)');
  });

  it('names the partners in Russian', () => {
    const text = chplPartnersFinding(storyData({ comtradeChpl: rows })).sentences.join(' ');
    expect(text).toContain('Гонконг 132 млн долл. (+10 %)');
    expect(text).toContain('Казахстан 24 млн долл.');
  });
});
