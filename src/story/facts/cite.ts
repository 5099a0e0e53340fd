// Published figures cited in prose, with the qualifier they were published with ("about", "over").
import type { HeadlineFigure } from '../../data/schema';
import { activeLocale, i18n } from '../../i18n/i18n';
import { keptEnglish, plainPercent, usd } from './format';
import { parseHeadlineValue } from '../../data/headline-value';
import { claimTranslation } from '../../data/claim-translation';

const QUALIFIER =
  /^(~|about|around|approximately|over|more than|almost|nearly|under|less than|at least|up to)\s*/i;

/** "$179 m", "about $400 m", "over $500 m", "about 90%"; several numbers are quoted as published. */
export function citedValue(figure: HeadlineFigure): string {
  const parsed = parseHeadlineValue(figure);
  if (parsed.kind === 'multiple' || parsed.kind === 'unreadable' || parsed.number === null) {
    return `“${figure.value}” (${figure.unit})`;
  }
  const written = QUALIFIER.exec(figure.value.trim())?.[1] ?? '';
  const english = written === '~' ? 'about' : written.toLowerCase();
  if (activeLocale() !== 'en') {
    // The qualifier comes before the number in Chinese and Russian too ("约4亿美元", "около 400 млн долл.").
    const words = activeLocale() === 'zh' ? QUALIFIER_ZH : QUALIFIER_RU;
    const local = english ? `${words[english] ?? english}${activeLocale() === 'zh' ? '' : ' '}` : '';
    if (parsed.usd !== null) return `${local}${usd(parsed.usd)}`;
    if (figure.unit === 'percent') return `${local}${plainPercent(parsed.number)}`;
    return `${local}${parsed.number} ${figure.unit}`;
  }
  const qualifier = english ? `${english} ` : '';
  if (parsed.usd !== null) return `${qualifier}${usd(parsed.usd)}`;
  if (figure.unit === 'percent') return `${qualifier}${parsed.number}%`;
  return `${qualifier}${parsed.number} ${figure.unit}`;
}

/** The published qualifiers (QUALIFIER, lower case) as Chinese and Russian figures are qualified. */
const QUALIFIER_ZH: Readonly<Record<string, string>> = {
  about: '约',
  around: '约',
  approximately: '约',
  over: '超过',
  'more than': '超过',
  almost: '近',
  nearly: '近',
  under: '不到',
  'less than': '不到',
  'at least': '至少',
  'up to': '最多',
};
const QUALIFIER_RU: Readonly<Record<string, string>> = {
  about: 'около',
  around: 'около',
  approximately: 'около',
  over: 'более',
  'more than': 'более',
  almost: 'почти',
  nearly: 'почти',
  under: 'менее',
  'less than': 'менее',
  'at least': 'не менее',
  'up to': 'до',
};

/** "Hong Kong's semiconductor/IC exports to Russia (2022): about $400 m, according to Carnegie (...)." */
// The claim and the source are the published record's own words (headline_figures.csv), quoted as they are. In
// Chinese and Russian the claim is followed by the project's translation (the data's claim_zh, claim_ru), labelled
// so, as the article's quotations are; a whole sentence of its own, since the label changes the punctuation around.
export function citeSentence(figure: HeadlineFigure): string {
  const [from, to] = figure.period.split('..');
  const values = {
    claim: keptEnglish(figure.claim),
    value: citedValue(figure),
    source: keptEnglish(figure.source_as_attributed),
  };
  const translation = claimTranslation(figure);
  if (translation !== null) {
    return to === undefined
      ? i18n._(
          {
            id: 'story.cite-tr',
            message:
              '“{claim}” (this project’s translation: “{translation}”), {period}: {value}, according to {source}.',
          },
          { ...values, translation, period: from ?? figure.period },
        )
      : i18n._(
          {
            id: 'story.cite-range-tr',
            message:
              '“{claim}” (this project’s translation: “{translation}”), {from} to {to}: {value}, according to {source}.',
          },
          { ...values, translation, from: from ?? '', to },
        );
  }
  return to === undefined
    ? i18n._(
        { id: 'story.cite', message: '{claim} ({period}): {value}, according to {source}.' },
        { ...values, period: from ?? figure.period },
      )
    : i18n._(
        { id: 'story.cite-range', message: '{claim} ({from} to {to}): {value}, according to {source}.' },
        { ...values, from: from ?? '', to },
      );
}

/** How our value compares with a published one; within 10% counts as close. Each kind is its own sentence. */
export type Comparison = 'close' | 'above' | 'below';
export function compareKind(ours: number, published: number): Comparison {
  const ratio = ours / published;
  if (ratio > 0.9 && ratio < 1.1) return 'close';
  return ratio > 1 ? 'above' : 'below';
}
