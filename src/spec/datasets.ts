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
}

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
};
