// Every fact about a dataset, one row each: what it can show (the rules between spec fields read these), its
// files and sources, its currency, its default view and the events it labels. A new dataset, or a new capability,
// is a row here, not an `if` or a table elsewhere; its English name is its row in dataset-labels.ts and its words
// in the explorer's flow switch its row in dataset-words.ts (apart, so that a page that only draws a chart does not
// load them).
import { DATA_FILES, SOURCE_IDS } from '../data/files';
import type { EVENT_LABEL_TOPICS } from '../data/patterns';
import type { Currency, Frequency } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';
import type { Breakdown, ChartSpec, DatasetId, Measure, ProductKind, ShareDenominator } from './schema';

/** Every dataset's id (the URL's `d`), each with its row below. */
export const DATASET_IDS = [
  'baci-hs6',
  'comtrade-monthly',
  'imf-partners',
  'eurostat-eu-sanctioned',
  'comtrade-chpl-monthly',
  'comtrade-chpl-partners',
  'user',
  'user-monthly',
] as const;

/** The fields of a spec its dataset decides by default; the view's own defaults are in defaults.ts. */
export type DatasetDefaults = Pick<ChartSpec, 'flow' | 'products' | 'from' | 'to'>;

/**
 * Where a dataset's flow rows are: one file (`optional` when only some builds have it: the manifest says), or
 * BACI's layout (a small file of the CHPL codes, all-goods totals for shares, every HS6 row split by chapter,
 * HS 2017 names in products.csv), which src/query/product-selectors.ts and spec-files.ts read.
 */
export type DatasetRows = { file: string; optional?: true } | 'baci-split';

export interface DatasetCapabilities {
  freq: Frequency;
  flowKind: 'bilateral' | 'partners';
  /** Allowed flows as flow keys ("CHN-RUS", "RUS:imports"). */
  flows: readonly string[];
  productKinds: readonly ProductKind[];
  measures: readonly Measure[];
  breakdowns: readonly Breakdown[];
  shareOf: readonly ShareDenominator[];
  /** Product codes are the CHPL's own HS 2022 codes (tiers read from concordance.csv's hs6_2022), not BACI's HS 2017. */
  hs2022?: true;
  /** Refreshed as months are published: the chart ends at the file's last month, not at `to`. */
  openEnd?: true;
  /**
   * Who declared every value, when one side did: the subtitle says so (other charts: the source line, breaks).
   * 'china': "as China declared them" (worded per language in describe-spec.ts).
   */
  basis?: 'china';
  /**
   * Any exporter -> importer pair (`flows` is empty): the pairs are those of a reader's own file, which only the
   * page that holds the file can check (src/explorer/user/).
   */
  openFlows?: true;
  /** Rows held in this browser's memory (a reader's file), never fetched: only the page holding them can draw it. */
  inBrowser?: true;
  /** The currency of its values (a reader's file may be in another: SpecTables.currency then says so). */
  currency: Currency;
  rows: DatasetRows;
  /** The sources its flow rows come from: named even when a chart has no data point at all. */
  sources: readonly string[];
  /** Ranges follow the source's coverage (see its PROVENANCE.md); the URL stores only what differs from these. */
  defaults: DatasetDefaults;
  /** Which events its charts label directly, whatever the products (events.csv `label_on`; see event-topics.ts). */
  eventTopics: readonly (typeof EVENT_LABEL_TOPICS)[number][];
  /** A reader's file of its frequency is compared with it (in row order), its series named so in the legend. */
  comparedAs?: string;
}

/** Last month the explorer offers for the monthly CHPL data; move it on when snapshots reach it. */
const CHPL_MONTHLY_HORIZON = '2026-12';

// A reader's own file, imported in this browser (src/import/), in two views like the Comtrade CHPL file:
// its annual rows (and years whose 12 months are all in the file, summed), and its monthly rows. Codes are
// matched to CHPL tiers by HS 2022 and by HS 2017, as the file's period dictates (src/query/user/).
// Its `defaults` only anchor the URL's differences: the explorer starts from the file's own pairs, codes and periods.
const USER_FILE: Omit<DatasetCapabilities, 'freq' | 'defaults'> = {
  flowKind: 'bilateral',
  flows: [],
  openFlows: true,
  inBrowser: true,
  // A reader's file may be in CNY: SpecTables.currency then says so.
  currency: 'USD',
  rows: { file: DATA_FILES.inBrowserFile },
  // A reader's file is "user:<slug>": its series carry that id themselves (Series.sources).
  sources: [],
  eventTopics: [],
  productKinds: ['tier', 'hs6', 'hs4', 'hs2', 'chpl-all', 'total'],
  measures: ['value', 'quantity', 'unit-value'],
  breakdowns: ['none', 'hs2', 'hs4', 'hs6'],
  shareOf: ['selection'],
};

export const DATASETS: Readonly<Record<DatasetId, DatasetCapabilities>> = {
  'baci-hs6': {
    freq: 'A',
    flowKind: 'bilateral',
    flows: ['CHN-RUS', 'RUS-CHN'],
    productKinds: ['tier', 'hs6', 'hs4', 'hs2', 'chpl-all', 'total'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none', 'hs2', 'hs4', 'hs6'],
    shareOf: ['total', 'chpl', 'selection'],
    currency: 'USD',
    rows: 'baci-split',
    sources: [SOURCE_IDS.baci],
    defaults: {
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      products: TIER_ORDER.map((tier) => ({ kind: 'tier', tier })),
      from: '2017',
      to: '2023',
    },
    eventTopics: [],
    comparedAs: 'BACI',
  },
  // China-reported monthly totals: no HS breakdown, values only.
  'comtrade-monthly': {
    freq: 'M',
    flowKind: 'bilateral',
    flows: ['CHN-RUS', 'RUS-CHN'],
    productKinds: ['total'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: [],
    currency: 'USD',
    rows: { file: DATA_FILES.comtradeMonthlyTotals },
    sources: [SOURCE_IDS.comtrade],
    defaults: {
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      products: [{ kind: 'total' }],
      from: '2017-01',
      to: '2024-12',
    },
    eventTopics: ['china-totals'],
    comparedAs: 'UN Comtrade',
  },
  // Russia's goods trade by partner; "total" share = share of Russia's trade with the world.
  'imf-partners': {
    freq: 'A',
    flowKind: 'partners',
    flows: ['RUS:imports', 'RUS:exports'],
    productKinds: ['total'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: ['total', 'selection'],
    currency: 'USD',
    rows: { file: DATA_FILES.imfRussiaPartners },
    sources: [SOURCE_IDS.imf],
    // G998 is the IMF's code for the EU.
    defaults: {
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
    eventTopics: ['russia-imports'],
  },
  // EU-27 exports of EU-sanctioned goods (EUR) to Russia and its neighbours.
  'eurostat-eu-sanctioned': {
    freq: 'M',
    flowKind: 'partners',
    flows: ['EU27:exports'],
    productKinds: ['eu-sanctioned'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: ['selection'],
    currency: 'EUR',
    rows: { file: DATA_FILES.eurostatEuSanctioned },
    sources: [SOURCE_IDS.eurostat],
    // Reporter EU27 stands for the sum of the 27 member states' exports.
    defaults: {
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
    eventTopics: ['eu'],
  },
  // China-reported monthly exports of the CHPL codes (UN Comtrade, `npm run data:update`): offered only when
  // the manifest lists the file. Two views of one file: China -> Russia by product, and by partner.
  'comtrade-chpl-monthly': {
    freq: 'M',
    flowKind: 'bilateral',
    flows: ['CHN-RUS'],
    productKinds: ['tier', 'hs6', 'chpl-all'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none', 'hs6'],
    shareOf: ['chpl', 'selection'],
    hs2022: true,
    openEnd: true,
    basis: 'china',
    currency: 'USD',
    rows: { file: DATA_FILES.comtradeChplMonthly, optional: true },
    sources: [SOURCE_IDS.comtradeChpl],
    // The refresh asks from 2017-01 to the latest month published; `to` is the horizon a reader can choose, and
    // the chart ends at the file's last month (openEnd).
    defaults: {
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      products: TIER_ORDER.map((tier) => ({ kind: 'tier', tier })),
      from: '2017-01',
      to: CHPL_MONTHLY_HORIZON,
    },
    eventTopics: ['chpl'],
    comparedAs: 'UN Comtrade CHPL',
  },
  'comtrade-chpl-partners': {
    freq: 'M',
    flowKind: 'partners',
    flows: ['CHN:exports'],
    productKinds: ['tier', 'hs6', 'chpl-all'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none'],
    shareOf: ['selection'],
    hs2022: true,
    openEnd: true,
    basis: 'china',
    currency: 'USD',
    rows: { file: DATA_FILES.comtradeChplMonthly, optional: true },
    sources: [SOURCE_IDS.comtradeChpl],
    // Partners: those the refresh asks for.
    defaults: {
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
    eventTopics: ['chpl'],
  },
  user: {
    freq: 'A',
    ...USER_FILE,
    defaults: {
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      products: [{ kind: 'chpl-all' }],
      from: '2017',
      to: '2024',
    },
  },
  'user-monthly': {
    freq: 'M',
    ...USER_FILE,
    defaults: {
      flow: { kind: 'bilateral', exporter: 'CHN', importer: 'RUS' },
      products: [{ kind: 'chpl-all' }],
      from: '2017-01',
      to: '2024-12',
    },
  },
};
