// reconciliation.csv: China's exports to Russia per year in BACI, Comtrade (monthly sums) and the IMF (Russia's
// imports from China, CIF), side by side, so readers see how far sources differ.
import type { FlowRow, ReconciliationRow } from '../../src/data/schema';
import { pctDiff } from './numbers';

export const RECONCILIATION_YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];

const isChinaToRussia = (row: FlowRow) => row.exporter === 'CHN' && row.importer === 'RUS';

/** Percentages compare full years only: a partial Comtrade year is shown with its month count but not compared. */
export function buildReconciliation(
  baciTotals: readonly FlowRow[],
  comtradeMonthly: readonly FlowRow[],
  imf: readonly FlowRow[],
): ReconciliationRow[] {
  return RECONCILIATION_YEARS.map((year) => {
    const baci = baciTotals.find((r) => isChinaToRussia(r) && r.period === year)?.value ?? null;
    const months = comtradeMonthly.filter((r) => isChinaToRussia(r) && r.period.startsWith(`${year}-`));
    const comtrade = months.length > 0 ? months.reduce((sum, r) => sum + r.value, 0) : null;
    const fullComtrade = months.length === 12 ? comtrade : null;
    const imfValue = imf.find((r) => isChinaToRussia(r) && r.period === year)?.value ?? null;
    return {
      year,
      baci_usd: baci,
      comtrade_usd: comtrade,
      comtrade_months: months.length,
      imf_usd: imfValue,
      comtrade_vs_baci_pct: pctDiff(fullComtrade, baci),
      imf_vs_baci_pct: pctDiff(imfValue, baci),
      imf_vs_comtrade_pct: pctDiff(imfValue, fullComtrade),
    };
  });
}

const bn = (usd: number | null) => (usd === null ? '–' : (usd / 1e9).toFixed(2));
const pct = (p: number | null) => (p === null ? '–' : `${p > 0 ? '+' : ''}${p.toFixed(1)}%`);

/** A fixed-width text table for the console. */
export function formatReconciliation(rows: readonly ReconciliationRow[]): string {
  const header = [
    'year',
    'BACI bn',
    'Comtrade bn',
    'months',
    'IMF (CIF) bn',
    'Comtrade/BACI',
    'IMF/BACI',
    'IMF/Comtrade',
  ];
  const body = rows.map((r) => [
    r.year,
    bn(r.baci_usd),
    bn(r.comtrade_usd),
    String(r.comtrade_months),
    bn(r.imf_usd),
    pct(r.comtrade_vs_baci_pct),
    pct(r.imf_vs_baci_pct),
    pct(r.imf_vs_comtrade_pct),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [
    'China -> Russia exports, US$ billion (IMF = Russia-reported imports from China, CIF; 2022+ IMF estimates)',
    line(header),
    ...body.map(line),
  ].join('\n');
}
