// Why a link's parameter is ignored, in the reader's language: the codecs' reasons are whole messages, translated
// inside the notice's own sentence ("{why}; using the default"), so a Chinese or Russian explorer or embed does not
// explain a bad link in English. Their words load with the notices that show them (the later catalogue).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, ensureCatalogue } from '../../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';
import { parseSearchParams } from '../../../src/spec/url';
import { noticeText } from '../../../src/spec/notice-words';

const messages = (query: string) => parseSearchParams(query).notices.map(noticeText);

describe('the URL codec’s reasons', () => {
  beforeAll(() => ensureCatalogue(LATER_CATALOGUE));
  afterEach(() => activateLocale('en'));

  it('stay as they were in English', () => {
    expect(messages('v=1&n=0')).toContain('expected a whole number from 1 to 50; using the default');
    expect(messages('v=1&p=x:1')).toContain('no valid product; using the default');
  });

  it('are Chinese and Russian in those languages, tokens of the link syntax kept', async () => {
    await activateLocale('zh');
    expect(messages('v=1&n=0')).toContain('应为1至50之间的整数；使用默认值');
    expect(messages('v=1&from=20x')).toContain('应为年份（如2023）或年月（如2023-05）；使用默认值');
    await activateLocale('ru');
    expect(messages('v=1&ev=2')).toContain('ожидается 1 или 0; используется значение по умолчанию');
    expect(messages('v=1&p=chpl,x:1')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^не товар: ожидается t:<уровень>, h6:<6 цифр>/)]),
    );
  });

  it('a combination that cannot be drawn is explained too, the dataset called “this dataset”', async () => {
    await activateLocale('ru');
    expect(messages('v=1&d=baci-hs6&tf=roll:12')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^недоступно для этого набора данных \(годового\)/)]),
    );
    await activateLocale('zh');
    expect(messages('v=1&d=baci-hs6&from=2022&to=2019')).toContain('起始时间晚于结束时间；已互换');
  });
});
