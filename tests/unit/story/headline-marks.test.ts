import { describe, expect, it } from 'vitest';
import { referenceMarks } from '../../../src/figure/published-marks/headline-marks';
import { activateLocale, ensureCatalogue } from '../../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';
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

describe('a mark’s claim in Chinese and Russian', () => {
  const translated = { ...ic, claim: 'IC exports', claim_zh: '集成电路出口', claim_ru: 'Экспорт ИС' };

  it('quotes the claim in English, marked, then the project’s translation, labelled; English is as before', async () => {
    const english = referenceMarks([translated], [{ id: 'ic-2022' }])[0]?.title;
    expect(english).toBe('IC exports, 2022: $179 m, published by A newspaper (link: a secondary report)');
    await ensureCatalogue(LATER_CATALOGUE);
    try {
      await activateLocale('zh');
      const [zh] = referenceMarks([translated], [{ id: 'ic-2022' }]);
      expect(zh?.title).toMatch(
        /^（英文）IC exports（本项目译文：“集成电路出口”），2022：1\.8亿美元，发布者：A newspaper/,
      );
      // A claim the data has no translation of (an earlier data version) stays English, marked, without a label.
      expect(referenceMarks([ic], [{ id: 'ic-2022' }])[0]?.title).toMatch(/^（英文）A claim，2022/);
      await activateLocale('ru');
      const [ru] = referenceMarks([translated], [{ id: 'ic-2022' }]);
      expect(ru?.title).toMatch(/^\(англ\.\) IC exports \(перевод проекта: «Экспорт ИС»\), 2022: /);
    } finally {
      await activateLocale('en');
    }
    expect(referenceMarks([translated], [{ id: 'ic-2022' }])[0]?.title).toBe(english);
  });
});
