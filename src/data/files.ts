// Where each generated file lives under public/data/. The pipeline writes these paths and the browser reads them,
// so a chart fetches only what it needs: the story never downloads the whole HS6 table.
export const DATA_FILES = {
  manifest: 'manifest.json',
  /** BACI rows, both directions, for the HS 2017 codes that carry a CHPL tier (small: the story and embeds use it). */
  baciChpl: 'flows/baci_chpl.csv',
  /** BACI all-goods totals per year and direction (sum of every HS6 row), the denominator for CHPL shares. */
  baciTotals: 'flows/baci_totals.csv',
  /** BACI every HS6 row, split by HS2 chapter: loaded lazily by the explorer. */
  baciHs6Chapter: (hs2: string) => `flows/baci_hs6/hs2-${hs2}.csv`,
  comtradeMonthlyTotals: 'flows/comtrade_monthly_totals.csv',
  /** UN Comtrade, China-reported monthly exports of the CHPL codes: present only after `npm run data:update`. */
  comtradeChplMonthly: 'flows/comtrade_chpl_monthly.csv',
  /** A maintainer's imported file (`npm run data:import`), one per import: `flows/user_<slug>.csv`. */
  userImport: (slug: string) => `flows/user_${slug}.csv`,
  /** A reader's file imported in the browser (src/import/): rows held in memory, never fetched (src/query/user/). */
  inBrowserFile: 'in-browser/your-file.csv',
  imfRussiaPartners: 'flows/imf_russia_partners.csv',
  eurostatEuSanctioned: 'flows/eurostat_eu_sanctioned.csv',
  products: 'products.csv',
  chpl: 'chpl.csv',
  concordance: 'concordance.csv',
  partners: 'partners.csv',
  events: 'events.csv',
  headlineFigures: 'headline_figures.csv',
  /** China Customs' year-to-date totals as quoted by the press (optional source, like the headline figures). */
  gaccReportedTotals: 'gacc_reported_totals.csv',
  reconciliation: 'reconciliation.csv',
} as const;

/** Source ids used in flow rows' `source` column and in the manifest. */
export const SOURCE_IDS = {
  baci: 'baci',
  comtrade: 'comtrade-monthly-totals',
  comtradeChpl: 'comtrade-monthly-chpl',
  imf: 'imf-imts',
  eurostat: 'eurostat-eu-sanctioned',
  chpl: 'chpl',
  hsNames: 'hs-names',
  hsClassification: 'hs-classification',
  headlineFigures: 'headline-figures',
  gaccReportedTotals: 'gacc-reported-totals',
  events: 'events',
} as const;
