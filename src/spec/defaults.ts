// The default view, per dataset. The URL stores only what differs from the defaults of the spec's dataset,
// so `?v=1&d=imf-partners` alone is a complete, sensible chart.
import { TIER_ORDER } from '../data/tiers';
import type { ChartSpec, DatasetId } from './schema';

type DatasetDefaults = Pick<ChartSpec, 'flow' | 'products' | 'from' | 'to'>;

/** Last month the explorer offers for the monthly CHPL data; move it on when snapshots reach it. */
const CHPL_MONTHLY_HORIZON = '2026-12';

// Ranges follow each source's coverage (see its PROVENANCE.md). Partner codes are those of the flow files:
// G998 is the IMF's code for the EU; reporter EU27 stands for the sum of the 27 member states' exports.
const DATASET_DEFAULTS: Readonly<Record<DatasetId, DatasetDefaults>> = {
  'baci-hs6': {
    flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
    products: TIER_ORDER.map((tier) => ({ kind: 'tier', tier })),
    from: '2017',
    to: '2023',
  },
  'comtrade-monthly': {
    flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
    products: [{ kind: 'total' }],
    from: '2017-01',
    to: '2024-12',
  },
  'imf-partners': {
    flow: {
      kind: 'partners',
      reporter: 'RUS',
      direction: 'imports',
      partners: ['CHN', 'G998', 'HKG', 'KAZ', 'KGZ', 'ARM', 'TUR', 'ARE'],
    },
    products: [{ kind: 'total' }],
    from: '2016',
    to: '2024',
  },
  'eurostat-eu-sanctioned': {
    flow: {
      kind: 'partners',
      reporter: 'EU27',
      direction: 'exports',
      partners: ['RUS', 'ARM', 'BLR', 'GEO', 'KAZ', 'KGZ', 'UZB'],
    },
    products: [{ kind: 'eu-sanctioned' }],
    from: '2020-01',
    to: '2022-12',
  },
  // The refresh asks from 2017-01 to the latest month published; `to` is the horizon a reader can choose, and
  // the chart ends at the file's last month (DATASETS openEnd). Partners: those the refresh asks for.
  'comtrade-chpl-monthly': {
    flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
    products: TIER_ORDER.map((tier) => ({ kind: 'tier', tier })),
    from: '2017-01',
    to: CHPL_MONTHLY_HORIZON,
  },
  'comtrade-chpl-partners': {
    flow: {
      kind: 'partners',
      reporter: 'CHN',
      direction: 'exports',
      partners: ['RUS', 'HKG', 'KAZ', 'KGZ', 'ARM', 'TUR', 'ARE', 'BLR'],
    },
    products: [{ kind: 'chpl-all' }],
    from: '2017-01',
    to: CHPL_MONTHLY_HORIZON,
  },
  // A reader's own file: the explorer starts from the file's own pairs, codes and periods (src/query/user/);
  // these only anchor the URL's differences.
  user: {
    flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
    products: [{ kind: 'chpl-all' }],
    from: '2017',
    to: '2024',
  },
  'user-monthly': {
    flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
    products: [{ kind: 'chpl-all' }],
    from: '2017-01',
    to: '2024-12',
  },
};

const VIEW_DEFAULTS = {
  breakdown: 'none',
  measure: 'value',
  transform: { kind: 'absolute' },
  chart: 'line',
  scale: 'linear',
  topN: 10,
  events: true,
  breaks: true,
  view: 'chart',
} as const satisfies Omit<ChartSpec, 'dataset' | keyof DatasetDefaults>;

/** A fresh default spec for `dataset` (a new object each call: callers may not share nested arrays). */
export function defaultSpecFor(dataset: DatasetId): ChartSpec {
  return structuredClone({ dataset, ...DATASET_DEFAULTS[dataset], ...VIEW_DEFAULTS });
}

/** CHPL by tier, China -> Russia, BACI, 2017-2023, value, absolute, line, linear scale, events and breaks on. */
export const DEFAULT_SPEC: Readonly<ChartSpec> = Object.freeze(defaultSpecFor('baci-hs6'));
