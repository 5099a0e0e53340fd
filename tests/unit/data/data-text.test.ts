// The pipeline's English texts (caveats, breaks, event labels) in the reader's language: the data's own
// translation where it has one, else the English marked as English; English readers see the English as it was.
import { afterEach, describe, expect, it } from 'vitest';
import {
  breakLabel,
  caveatText,
  caveatTitle,
  eventDescription,
  eventLabel,
  eventShortLabel,
} from '../../../src/data/data-text';
import type { Caveat, SeriesBreak } from '../../../src/data/schema';
import { activateLocale } from '../../../src/i18n/i18n';

const caveat: Caveat = {
  id: 'dual-use-not-military',
  title: 'Dual-use is not military use',
  text: 'Most trade under these codes is civilian.',
  zh: { title: '两用物项不等于军事用途' },
  ru: { title: 'Двойное назначение — не военное применение' },
};
const seriesBreak: SeriesBreak = {
  id: 'imf-2022-estimates',
  source: 'imf-imts',
  after: '2021',
  before: '2022',
  label: 'From 2022: IMF estimates',
  caveat: 'imf-estimates-2022',
  zh: { label: '2022年起：IMF估计值' },
  ru: { label: 'С 2022 г.: оценки МВФ' },
};
const event = {
  label: 'Russia invades Ukraine',
  short_label: 'Russia invades Ukraine',
  label_zh: '俄罗斯入侵乌克兰',
  label_ru: 'Россия вторгается в Украину',
  short_label_zh: '俄罗斯入侵乌克兰',
  short_label_ru: null,
  description: 'Full-scale invasion.',
};

describe('data texts in the reader’s language', () => {
  afterEach(() => activateLocale('en'));

  it('are the English as written in English', () => {
    expect(caveatTitle(caveat)).toBe('Dual-use is not military use');
    expect(caveatText(caveat)).toBe('Most trade under these codes is civilian.');
    expect(breakLabel(seriesBreak)).toBe('From 2022: IMF estimates');
    expect(eventShortLabel(event)).toBe('Russia invades Ukraine');
    expect(eventDescription(event)).toBe('Full-scale invasion.');
  });

  it('are the data’s Chinese words in Chinese, the English marked where there are none', async () => {
    await activateLocale('zh');
    expect(caveatTitle(caveat)).toBe('两用物项不等于军事用途');
    expect(caveatText(caveat)).toBe('（英文）Most trade under these codes is civilian.');
    expect(breakLabel(seriesBreak)).toBe('2022年起：IMF估计值');
    expect(eventLabel(event)).toBe('俄罗斯入侵乌克兰');
    expect(eventShortLabel(event)).toBe('俄罗斯入侵乌克兰');
  });

  it('are the data’s Russian words in Russian, the English marked where there are none', async () => {
    await activateLocale('ru');
    expect(caveatTitle(caveat)).toBe('Двойное назначение — не военное применение');
    expect(breakLabel(seriesBreak)).toBe('С 2022 г.: оценки МВФ');
    expect(eventLabel(event)).toBe('Россия вторгается в Украину');
    expect(eventShortLabel(event)).toBe('(англ.) Russia invades Ukraine');
    expect(eventDescription(event)).toBe('(англ.) Full-scale invasion.');
    // Data from before the translations (no zh/ru fields at all) reads in English, marked.
    expect(breakLabel({ ...seriesBreak, zh: undefined, ru: undefined })).toBe(
      '(англ.) From 2022: IMF estimates',
    );
  });
});
