// How a CHPL code's HS 2017 line compares with it across the HS 2017 -> HS 2022 change (derived by the pipeline
// from UNSD's correlation workbook; see scripts/pipeline/hs-correlation.ts). No zod here: the worker's row rules
// import it.
export const COMPARABILITY = ['same-scope', 'hs2017-broader', 'split', 'renumbered'] as const;
export type Comparability = (typeof COMPARABILITY)[number];

/** The words a reader sees for each class. */
export const COMPARABILITY_LABELS: Readonly<Record<Comparability, string>> = {
  'same-scope': 'same scope',
  'hs2017-broader': 'HS 2017 line broader',
  split: 'split',
  renumbered: 'renumbered',
};
