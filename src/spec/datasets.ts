// What each dataset can show. The rules between spec fields read this table, so a new dataset or a new
// capability is a row here, not an `if` elsewhere.
import type { Frequency } from '../data/schema';
import type { Breakdown, DatasetId, Measure, ProductKind, ShareDenominator } from './schema';

export interface DatasetCapabilities {
  label: string;
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
  /** Who declared every value, when one side did: the subtitle says so (other charts: the source line, breaks). */
  basis?: string;
  /**
   * Any exporter -> importer pair (`flows` is empty): the pairs are those of a reader's own file, which only the
   * page that holds the file can check (src/explorer/user/).
   */
  openFlows?: true;
  /** Rows held in this browser's memory (a reader's file), never fetched: only the page holding them can draw it. */
  inBrowser?: true;
}

// A reader's own file, imported in this browser (src/import/), in two views like the Comtrade CHPL file:
// its annual rows (and years whose 12 months are all in the file, summed), and its monthly rows. Codes are
// matched to CHPL tiers by HS 2022 and by HS 2017, as the file's period dictates (src/query/user/).
const USER_FILE: Omit<DatasetCapabilities, 'label' | 'freq'> = {
  flowKind: 'bilateral',
  flows: [],
  openFlows: true,
  inBrowser: true,
  productKinds: ['tier', 'hs6', 'hs4', 'hs2', 'chpl-all', 'total'],
  measures: ['value', 'quantity', 'unit-value'],
  breakdowns: ['none', 'hs2', 'hs4', 'hs6'],
  shareOf: ['selection'],
};

export const DATASETS: Readonly<Record<DatasetId, DatasetCapabilities>> = {
  'baci-hs6': {
    label: 'BACI (annual, HS6)',
    freq: 'A',
    flowKind: 'bilateral',
    flows: ['CHN-RUS', 'RUS-CHN'],
    productKinds: ['tier', 'hs6', 'hs4', 'hs2', 'chpl-all', 'total'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none', 'hs2', 'hs4', 'hs6'],
    shareOf: ['total', 'chpl', 'selection'],
  },
  // China-reported monthly totals: no HS breakdown, values only.
  'comtrade-monthly': {
    label: 'UN Comtrade monthly totals',
    freq: 'M',
    flowKind: 'bilateral',
    flows: ['CHN-RUS', 'RUS-CHN'],
    productKinds: ['total'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: [],
  },
  // Russia's goods trade by partner; "total" share = share of Russia's trade with the world.
  'imf-partners': {
    label: 'IMF trade by partner',
    freq: 'A',
    flowKind: 'partners',
    flows: ['RUS:imports', 'RUS:exports'],
    productKinds: ['total'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: ['total', 'selection'],
  },
  // EU-27 exports of EU-sanctioned goods (EUR) to Russia and its neighbours.
  'eurostat-eu-sanctioned': {
    label: 'EU exports of sanctioned goods',
    freq: 'M',
    flowKind: 'partners',
    flows: ['EU27:exports'],
    productKinds: ['eu-sanctioned'],
    measures: ['value'],
    breakdowns: ['none'],
    shareOf: ['selection'],
  },
  // China-reported monthly exports of the CHPL codes (UN Comtrade, `npm run data:update`): offered only when
  // the manifest lists the file. Two views of one file: China -> Russia by product, and by partner.
  'comtrade-chpl-monthly': {
    label: 'UN Comtrade monthly CHPL codes (China-reported)',
    freq: 'M',
    flowKind: 'bilateral',
    flows: ['CHN-RUS'],
    productKinds: ['tier', 'hs6', 'chpl-all'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none', 'hs6'],
    shareOf: ['chpl', 'selection'],
    hs2022: true,
    openEnd: true,
    basis: 'as China declared them',
  },
  'comtrade-chpl-partners': {
    label: 'UN Comtrade monthly CHPL codes by partner (China-reported)',
    freq: 'M',
    flowKind: 'partners',
    flows: ['CHN:exports'],
    productKinds: ['tier', 'hs6', 'chpl-all'],
    measures: ['value', 'quantity', 'unit-value'],
    breakdowns: ['none'],
    shareOf: ['selection'],
    hs2022: true,
    openEnd: true,
    basis: 'as China declared them',
  },
  user: { label: 'Your file (annual)', freq: 'A', ...USER_FILE },
  'user-monthly': { label: 'Your file (monthly)', freq: 'M', ...USER_FILE },
};
