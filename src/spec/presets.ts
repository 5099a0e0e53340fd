// Named charts used by the story and embeds. Each is a full ChartSpec, checked against the schema in tests,
// so a preset is always a chart the explorer could also show (and link to).
import { DEFAULT_SPEC, defaultSpecFor } from './defaults';
import type { ChartSpec } from './schema';

export const PRESETS = {
  /** CHPL exports China -> Russia by tier, BACI, stacked by year. */
  'chpl-tiers': { ...DEFAULT_SPEC, chart: 'stacked-bar' },
  /** All CHPL goods as a share of all China -> Russia goods. */
  'chpl-share-of-total': {
    ...DEFAULT_SPEC,
    products: [{ kind: 'chpl-all' }],
    transform: { kind: 'share', of: 'total' },
  },
  /** Integrated circuits (tier 1) indexed to 2021, the last year before the invasion. */
  'tier1-index-2021': {
    ...DEFAULT_SPEC,
    products: [{ kind: 'tier', tier: '1' }],
    transform: { kind: 'index', base: '2021' },
  },
  /** The top 10 CHPL codes China sold Russia in 2023. */
  'chpl-top-codes-2023': {
    ...DEFAULT_SPEC,
    products: [{ kind: 'chpl-all' }],
    breakdown: 'hs6',
    chart: 'ranked-bar',
  },
  /** China's monthly exports to Russia, all goods, as a 12-month rolling sum. */
  'monthly-totals-rolling': {
    ...defaultSpecFor('comtrade-monthly'),
    transform: { kind: 'rolling', window: 12 },
  },
  /**
   * China's monthly exports to Russia summed from January (year to date), from 2021: the same quantity China
   * Customs publishes, so its figures are drawn on it as cited marks (src/figure/published-marks/).
   */
  'monthly-totals-ytd': {
    ...defaultSpecFor('comtrade-monthly'),
    from: '2021-01',
    transform: { kind: 'ytd' },
  },
  /** Russia's imports by partner (IMF). */
  'russia-imports-by-partner': defaultSpecFor('imf-partners'),
  /** EU exports of sanctioned goods to Russia and its neighbours, small multiples. */
  'eu-sanctioned-neighbours': { ...defaultSpecFor('eurostat-eu-sanctioned'), chart: 'small-multiples' },
} satisfies Record<string, ChartSpec>;

export type PresetId = keyof typeof PRESETS;
