// The relation table's rows: for each CHPL (HS 2022) code, the HS 2017 line BACI holds it in, its class across
// the HS change and why, read from concordance.csv (derived by the pipeline from UNSD's correlation workbook),
// never typed here.
import type { Comparability } from '../data/comparability';
import { relationNote, relationOverride } from '../data/data-text';
import { chplItemName } from '../data/product-names';
import type { ChplItem, ConcordanceRow } from '../data/schema';
import { i18n } from '../i18n/i18n';

export interface RelationRow {
  hs2022: string;
  description: string;
  tier: string;
  hs2017: string[];
  /** Words for the class: same scope, renumbered, split, HS 2017 line broader. */
  classLabel: string;
  comparable: boolean;
  /** HS 2022 codes and headings also drawn from the HS 2017 line (what makes it broader, or split). */
  carvedOut: string[];
  reason: string;
  /**
   * Where the override is recorded ("scripts/curated/hs_correlation_overrides.csv row 4", also as its file and row
   * number, for the reader's language) and why; null = none.
   */
  override: { where: string; file: string; row: string; why: string } | null;
}

const OVERRIDE = /^((.*?) row (\d+)): (.*)$/s;

function overrideOf(text: string): RelationRow['override'] {
  if (text === '') return null;
  const [, where = '', file = '', row = '', why = ''] = OVERRIDE.exec(text) ?? [];
  return where ? { where, file, row, why } : { where: '', file: '', row: '', why: text };
}

/** The words for a class in the reader's language (English as COMPARABILITY_LABELS has them). */
export function classLabel(comparability: Comparability): string {
  switch (comparability) {
    case 'same-scope':
      return i18n._({ id: 'sources.class-same', message: 'same scope' });
    case 'hs2017-broader':
      return i18n._({ id: 'sources.class-broader', message: 'HS 2017 line broader' });
    case 'split':
      return i18n._({ id: 'sources.class-split', message: 'split' });
    case 'renumbered':
      return i18n._({ id: 'sources.class-renumbered', message: 'renumbered' });
  }
}

/** One row per CHPL code (named in the reader's language), in the concordance's (tier) order; a code with several HS 2017 lines lists each. */
export function relationRows(
  concordance: readonly ConcordanceRow[],
  chpl: readonly ChplItem[] = [],
): RelationRow[] {
  const names = new Map(chpl.map((item) => [item.hs6_2022, chplItemName(item)]));
  const rows = new Map<string, RelationRow>();
  for (const row of concordance) {
    const seen = rows.get(row.hs6_2022);
    if (seen) {
      if (!seen.hs2017.includes(row.hs6_2017)) seen.hs2017.push(row.hs6_2017);
      continue;
    }
    rows.set(row.hs6_2022, {
      hs2022: row.hs6_2022,
      description: names.get(row.hs6_2022) ?? '',
      tier: row.tier,
      hs2017: [row.hs6_2017],
      classLabel: classLabel(row.comparability),
      comparable: row.comparable === 'yes',
      carvedOut: row.carved_out.split(';').filter((code) => code !== ''),
      reason: relationNote(row),
      override: overrideOf(relationOverride(row)),
    });
  }
  return [...rows.values()];
}
