// How far the IMF's figure (Russia's imports from China, CIF) sits above China's own declaration (UN Comtrade,
// FOB), computed from reconciliation.csv so the Sources page never states a gap the data do not show.
import type { ReconciliationRow } from '../data/schema';

export interface GapRange {
  /** Smallest and largest gap, in per cent, over the years both sources have. */
  min: number;
  max: number;
  from: string;
  to: string;
}

export function imfAboveComtrade(rows: readonly ReconciliationRow[]): GapRange | null {
  const years = rows.filter(
    (row): row is ReconciliationRow & { imf_vs_comtrade_pct: number } => row.imf_vs_comtrade_pct !== null,
  );
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return null;
  const gaps = years.map((row) => row.imf_vs_comtrade_pct);
  return { min: Math.min(...gaps), max: Math.max(...gaps), from: first.year, to: last.year };
}

/** "8–12% higher than China's declaration in every year both have (2017–2024)", whole per cent. */
export function imfGapText(range: GapRange | null): string {
  if (range === null) return 'so it is usually higher than China’s declaration';
  const low = Math.round(range.min);
  const high = Math.round(range.max);
  const span = low === high ? `${low}%` : `${low}–${high}%`;
  const sign = range.max < 0 ? 'lower' : 'higher';
  return `so it is ${span} ${sign} than China’s declaration in every year both have (${range.from}–${range.to})`;
}
