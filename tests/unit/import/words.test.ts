import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { rejectedFileName, rejectedToCsv } from '../../../src/import/rejected-csv';
import {
  checkPeriod,
  failedSentence,
  needsSentence,
  noRowSentence,
  periodsText,
  refusedCount,
  rejectedNote,
  rowProblem,
} from '../../../src/import/words';

describe('the import page’s words', () => {
  it('names the periods a file covers', () => {
    expect(periodsText(['2023'])).toBe('2023');
    expect(periodsText(['2022', '2023', '2023-01', '2023-02'])).toBe(
      '2022 to 2023 (2 years) and Jan 2023 to Feb 2023 (2 months)',
    );
    expect(periodsText([])).toBe('none');
  });

  it('counts the rows left out from the importer’s warning when it lists only the first ones', () => {
    const rejected = Array.from({ length: 3 }, (_, i) => ({
      row: i + 2,
      column: 'period',
      value: 'x',
      message: 'expected YYYY or YYYY-MM',
      kind: 'invalid' as const,
    }));
    expect(refusedCount({ rejected, warnings: [] })).toBe(3);
    expect(refusedCount({ rejected, warnings: ['1200 rows were refused; the first 3 are listed.'] })).toBe(
      1200,
    );
    expect(rejectedNote(3, 3, 200)).toBe('The rest of the file was imported without them.');
    expect(rejectedNote(1200, 500, 200)).toMatch(
      /first 200 are shown here; the download lists the first 500/,
    );
  });

  it('asks in a sentence for what the file does not say, and checks a typed period', () => {
    expect(needsSentence(['period', 'flow'])).toBe(
      'This file does not say its period or whether it lists exports or imports: please tell us, and it is read again with your answer.',
    );
    expect(checkPeriod(' 2023-04 ')).toEqual({ ok: true, period: '2023-04' });
    expect(checkPeriod('2023-13')).toMatchObject({ ok: false });
    expect(checkPeriod('23')).toMatchObject({ ok: false });
  });

  it('writes the rows left out as a CSV with row, column, value and what was expected', () => {
    const csv = rejectedToCsv([
      {
        row: 7,
        column: 'Trading partner code',
        value: '=344',
        message: 'not in our table, "Ukraine"',
        kind: 'invalid',
      },
    ]);
    expect(csv).toBe(
      'row,column,value,expected,kind\r\n7,Trading partner code,\'=344,"not in our table, ""Ukraine""",invalid\r\n',
    );
    expect(rejectedFileName('gacc export.csv')).toBe('gacc export - rows left out.csv');
  });
});

describe('the import page’s words in Chinese and Russian', () => {
  addCatalogue(PAGES_CATALOGUE);
  afterEach(() => activateLocale('en'));
  const refused = {
    row: 7,
    column: 'Trading partner code',
    value: '=344',
    message: 'not in our table',
    kind: 'invalid' as const,
  };

  it('an error still names the file, the row and the column', async () => {
    expect(rowProblem('gacc.csv', refused)).toBe(
      'gacc.csv, row 7, column Trading partner code: not in our table (found “=344”)',
    );
    await activateLocale('ru');
    expect(rowProblem('gacc.csv', refused)).toBe(
      'gacc.csv, строка 7, столбец «Trading partner code»: not in our table (найдено «=344»)',
    );
    expect(rowProblem('gacc.csv', { ...refused, column: null })).toMatch(/^gacc\.csv, строка 7: /);
    expect(failedSentence('x.csv', noRowSentence('x.csv'))).toBe(
      'Не удалось загрузить x.csv. Ни одну строку из x.csv не удалось загрузить.',
    );
    await activateLocale('zh');
    expect(rowProblem('gacc.csv', refused)).toBe(
      'gacc.csv，第7行，“Trading partner code”列：not in our table（实际为“=344”）',
    );
  });

  it('periods, plurals, lists and counts follow the language', async () => {
    await activateLocale('ru');
    expect(periodsText(['2022', '2023', '2023-01', '2023-02'])).toBe(
      'с 2022 по 2023 (2 года) и с янв. 2023 г. по февр. 2023 г. (2 месяца)',
    );
    expect(periodsText(['2019', '2020', '2021', '2022', '2023'])).toBe('с 2019 по 2023 (5 лет)');
    expect(needsSentence(['period', 'flow'])).toMatch(
      /^В файле не указано: период или экспорт это или импорт\./,
    );
    expect(rejectedNote(1200, 500, 200)).toMatch(/первые 200; в скачиваемом файле — первые 500/);
    expect(checkPeriod('23')).toMatchObject({ ok: false, message: /ГГГГ/ });
    await activateLocale('zh');
    expect(periodsText(['2023-01', '2023-02', '2023-03'])).toBe('2023年1月至2023年3月（3个月）');
    expect(needsSentence(['period', 'flow', 'currency'])).toBe(
      '此文件未注明时期、所列为出口还是进口或币种：请告诉我们，文件将按您的回答重新读取。',
    );
  });
});
