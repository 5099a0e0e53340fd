// A published claim cited in a Chinese or Russian finding: the publisher's English words, kept and marked as
// English, then the project's translation from the data (claim_zh, claim_ru), labelled as such; English unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { citeSentence } from '../../../src/story/facts/cite';
import { englishParts } from '../../../src/story/facts/format';
import { headline } from './fixtures';

const hongKong = headline({
  id: 'hk',
  claim: 'Hong Kong’s IC exports to Russia',
  value: '~400 (doubled vs 2021)',
  source_as_attributed: 'Carnegie',
  claim_zh: '中国香港对俄罗斯的集成电路出口',
  claim_ru: 'Экспорт ИС из Гонконга в Россию',
});
const months = { ...hongKong, period: '2023-01..2023-10' };

beforeAll(() => {
  addCatalogue(PAGES_CATALOGUE);
});
afterAll(async () => {
  await activateLocale('en');
});

describe('citeSentence', () => {
  it('in English, as before: no translation, no label', () => {
    expect(citeSentence(hongKong)).toBe(
      'Hong Kong’s IC exports to Russia (2022): about $400 m, according to Carnegie.',
    );
  });

  it('in Chinese, the English claim and source marked, then the labelled translation', async () => {
    await activateLocale('zh');
    const sentence = citeSentence(hongKong);
    expect(englishParts(sentence)).toEqual([
      '“',
      'Hong Kong’s IC exports to Russia',
      '”（本项目译文：“中国香港对俄罗斯的集成电路出口”），2022：约4亿美元，据',
      'Carnegie',
      '。',
    ]);
    expect(citeSentence(months)).toContain(
      '（本项目译文：“中国香港对俄罗斯的集成电路出口”），2023-01至2023-10：',
    );
    // No translation in the data (an earlier version): the claim alone, marked English, as before.
    expect(citeSentence({ ...hongKong, claim_zh: null })).not.toContain('本项目译文');
  });

  it('in Russian, with the label and Russian quotation marks', async () => {
    await activateLocale('ru');
    expect(englishParts(citeSentence(hongKong)).join('')).toBe(
      '«Hong Kong’s IC exports to Russia» (перевод проекта: «Экспорт ИС из Гонконга в Россию»), 2022: около 400 млн долл., по данным Carnegie.',
    );
  });
});
