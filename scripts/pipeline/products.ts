// products.csv: every HS6 code in the BACI data, named from the HS 2012 list (or its heading when new in HS 2017),
// with its CHPL tier found through the concordance table.
import type { ChplTier, ConcordanceRow, ProductRow } from '../../src/data/schema';
import type { HsNames } from '../parsers/hs-names';
import { PipelineError } from './errors';

interface ChplLink {
  tier: ChplTier;
  chpl_hs6_2022: string;
  chpl_match: 'exact' | 'approximate';
}

/** HS 2017 code -> its CHPL tier and the HS 2022 code(s) that map to it. */
export function chplLinks(concordance: readonly ConcordanceRow[]): Map<string, ChplLink> {
  const grouped = new Map<string, ConcordanceRow[]>();
  for (const row of concordance) grouped.set(row.hs6_2017, [...(grouped.get(row.hs6_2017) ?? []), row]);
  const links = new Map<string, ChplLink>();
  for (const [hs6, rows] of grouped) {
    const tiers = new Set(rows.map((r) => r.tier));
    const [tier] = tiers;
    if (tiers.size !== 1 || tier === undefined) {
      throw new PipelineError(`concordance: HS 2017 ${hs6} receives CHPL codes of different tiers`);
    }
    links.set(hs6, {
      tier,
      chpl_hs6_2022: rows.map((r) => r.hs6_2022).join(';'),
      chpl_match: rows.some((r) => r.match === 'approximate') ? 'approximate' : 'exact',
    });
  }
  return links;
}

function headingName(hs4: string, names: HsNames, extraHeadings: ReadonlyMap<string, string>): string {
  const name = names.hs4.get(hs4) ?? extraHeadings.get(hs4);
  if (!name)
    throw new PipelineError(
      `hs-names: no name for heading ${hs4} (add it to scripts/curated/hs2017_new_headings.csv)`,
    );
  return name;
}

export function buildProducts(
  hs6Codes: Iterable<string>,
  /** hs2017: UN Comtrade's HS 2017 names, for codes the HS 2012 list lacks. */
  names: HsNames & { hs2017?: ReadonlyMap<string, string> },
  extraHeadings: ReadonlyMap<string, string>,
  concordance: readonly ConcordanceRow[],
): ProductRow[] {
  const links = chplLinks(concordance);
  return [...new Set(hs6Codes)].sort().map((hs6) => {
    const hs4 = hs6.slice(0, 4);
    const hs2 = hs6.slice(0, 2);
    const hs4Name = headingName(hs4, names, extraHeadings);
    const own = names.hs6.get(hs6);
    const comtrade = own ? undefined : names.hs2017?.get(hs6);
    const link = links.get(hs6);
    const hs2Name = names.hs2.get(hs2);
    if (hs2Name === undefined) throw new PipelineError(`hs-names: no name for chapter ${hs2}`);
    return {
      hs6,
      name:
        own ??
        comtrade ??
        `Other products of heading ${hs4} (HS 2017 code; named from its heading: ${hs4Name})`,
      name_source: own ? 'hs12' : comtrade ? 'comtrade-hs17' : 'hs4-parent',
      hs4,
      hs2,
      hs2_name: hs2Name,
      hs4_name: hs4Name,
      tier: link?.tier ?? null,
      chpl_hs6_2022: link?.chpl_hs6_2022 ?? '',
      chpl_match: link?.chpl_match ?? null,
    };
  });
}
