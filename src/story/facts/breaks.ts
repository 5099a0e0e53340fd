// The words a finding uses when its periods straddle a break, so that a sentence comparing across one names it
// (tests/unit/story/breaks-named.test.ts checks every finding for them; findings-locales.test.ts in Chinese and
// Russian). Each finding's message writes the words into its own sentence, declined as the language needs, so
// what stays the same in every form is listed here: the part the tests look for.
/** BACI: 2021 and before reconciled from both sides, 2022 on China's declarations alone; IMF: 2022 on estimated. */
export const BASIS_BREAK = 'the 2022 change of basis';
/** HS 2022 narrowed some of the HS 2017 lines the CHPL codes are read from (see concordance.csv). */
export const HS_BREAK = 'the HS 2022 change';

/** The part of each break's name that every sentence naming it contains, per language. */
export const BREAK_WORDS = {
  en: { basis: 'change of basis', hs: 'HS 2022' },
  zh: { basis: '2022年统计口径变化', hs: 'HS 2022' },
  // "смена базы учёта 2022 года": the head noun declines (смены, смену), the rest does not.
  ru: { basis: 'базы учёта 2022 года', hs: 'ГС 2022' },
} as const;
