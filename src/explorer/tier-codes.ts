// The HS codes behind each CHPL tier, as the explorer lists them: BACI's HS 2017 code (what a series is
// drawn from) with the official HS 2022 code(s) and names. Built from concordance.csv and chpl.csv (data,
// not if-statements); two HS 2022 codes that share one HS 2017 code are listed once.
import type { ChplItem, ChplTier, ConcordanceRow } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';

export interface TierCode {
  /** HS 2017 code, as in the flow files. */
  hs6: string;
  /** HS 2022 CHPL codes that map to it. */
  hs6_2022: string[];
  name: string;
  match: 'exact' | 'approximate';
  note: string;
}

export function tierCodes(
  concordance: readonly ConcordanceRow[],
  chpl: readonly ChplItem[],
): Map<ChplTier, TierCode[]> {
  const names = new Map(chpl.map((item) => [item.hs6_2022, item.description]));
  const byTier = new Map<ChplTier, TierCode[]>(TIER_ORDER.map((tier) => [tier, []]));
  for (const row of concordance) {
    const codes = byTier.get(row.tier) ?? [];
    const name = names.get(row.hs6_2022) ?? `HS ${row.hs6_2022}`;
    const existing = codes.find((code) => code.hs6 === row.hs6_2017);
    if (existing) {
      existing.hs6_2022.push(row.hs6_2022);
      if (!existing.name.includes(name)) existing.name = `${existing.name}; ${name}`;
      if (row.match === 'approximate') existing.match = 'approximate';
    } else {
      codes.push({ hs6: row.hs6_2017, hs6_2022: [row.hs6_2022], name, match: row.match, note: row.note });
    }
    byTier.set(row.tier, codes);
  }
  return byTier;
}

/** For data in the CHPL's own HS 2022 codes (UN Comtrade monthly): each CHPL code as itself, exactly. */
export function hs2022TierCodes(
  concordance: readonly ConcordanceRow[],
  chpl: readonly ChplItem[],
): Map<ChplTier, TierCode[]> {
  const exact = concordance.map((row) => ({ ...row, hs6_2017: row.hs6_2022, match: 'exact' as const }));
  return tierCodes(exact, chpl);
}
