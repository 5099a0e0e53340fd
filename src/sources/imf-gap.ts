// How far the IMF's figure (Russia's imports from China, CIF) sits above China's own declaration (UN Comtrade,
// FOB), computed from reconciliation.csv so the Sources page never states a gap the data do not show.
import type { ReconciliationRow } from '../data/schema';
import { i18n } from '../i18n/i18n';

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

/**
 * The Sources page's paragraph on how the three sources compare, with the IMF's gap over China's declaration
 * ("8–12% higher … (2017–2024)", whole per cent) computed from the data: one whole message per shape, so each
 * language orders it its own way.
 */
export function sourcesAgreeText(range: GapRange | null): string {
  if (range === null)
    return i18n._({
      id: 'sources.agree-none',
      message:
        'The same trade, measured three ways. BACI reconciles what China and Russia each declared, and estimates values without freight and insurance; UN Comtrade here is China’s own declaration of its exports (FOB); the IMF figure is Russia’s imports from China, valued CIF (including freight and insurance), so it is usually higher than China’s declaration. From 2022 Russia stopped publishing its trade: the IMF’s figures for it are estimates built largely from China’s mirror data, and BACI rests on China’s declarations alone.',
    });
  const low = Math.round(range.min);
  const high = Math.round(range.max);
  const span = low === high ? `${low}%` : `${low}–${high}%`;
  const values = { span, from: range.from, to: range.to };
  if (range.max < 0)
    return i18n._(
      {
        id: 'sources.agree-lower',
        message:
          'The same trade, measured three ways. BACI reconciles what China and Russia each declared, and estimates values without freight and insurance; UN Comtrade here is China’s own declaration of its exports (FOB); the IMF figure is Russia’s imports from China, valued CIF (including freight and insurance), so it is {span} lower than China’s declaration in every year both have ({from}–{to}). From 2022 Russia stopped publishing its trade: the IMF’s figures for it are estimates built largely from China’s mirror data, and BACI rests on China’s declarations alone.',
      },
      values,
    );
  return i18n._(
    {
      id: 'sources.agree-higher',
      message:
        'The same trade, measured three ways. BACI reconciles what China and Russia each declared, and estimates values without freight and insurance; UN Comtrade here is China’s own declaration of its exports (FOB); the IMF figure is Russia’s imports from China, valued CIF (including freight and insurance), so it is {span} higher than China’s declaration in every year both have ({from}–{to}). From 2022 Russia stopped publishing its trade: the IMF’s figures for it are estimates built largely from China’s mirror data, and BACI rests on China’s declarations alone.',
    },
    values,
  );
}
