// The words a finding uses when its periods straddle a break, so that a sentence comparing across one names it
// (tests/unit/story/breaks-named.test.ts checks every finding for them).
/** BACI: 2021 and before reconciled from both sides, 2022 on China's declarations alone; IMF: 2022 on estimated. */
export const BASIS_BREAK = 'the 2022 change of basis';
/** HS 2022 narrowed some of the HS 2017 lines the CHPL codes are read from (see concordance.csv). */
export const HS_BREAK = 'the HS 2022 change';
