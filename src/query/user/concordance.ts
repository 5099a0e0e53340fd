// Which CHPL tier a code of a reader's file belongs to. A file holds the codes of the HS edition in force when
// it was declared: HS 2022 from 2022 (the CHPL's own codes), HS 2017 before (BACI's, read through the
// concordance). The concordance, plus each CHPL code standing for itself, covers both: data, not an `if`.
import type { ConcordanceRow } from '../../data/schema';

const cache = new WeakMap<readonly ConcordanceRow[], ConcordanceRow[]>();

/** concordance.csv, plus a row "HS 2022 code -> itself" for each CHPL code HS 2017 does not already hold. */
export function userConcordance(concordance: readonly ConcordanceRow[]): readonly ConcordanceRow[] {
  const cached = cache.get(concordance);
  if (cached) return cached;
  const hs2017 = new Set(concordance.map((row) => row.hs6_2017));
  const seen = new Set<string>();
  const own = concordance
    .filter((row) => !hs2017.has(row.hs6_2022) && !seen.has(row.hs6_2022) && seen.add(row.hs6_2022))
    .map((row): ConcordanceRow => ({
      hs6_2022: row.hs6_2022,
      hs6_2017: row.hs6_2022,
      tier: row.tier,
      match: 'exact',
      note: 'The CHPL (HS 2022) code itself, as a file of 2022 or later declares it.',
      comparability: 'same-scope',
      comparable: 'yes',
      carved_out: '',
      override: '',
    }));
  const rows = [...concordance, ...own];
  cache.set(concordance, rows);
  return rows;
}
