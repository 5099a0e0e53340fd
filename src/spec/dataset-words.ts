// The explorer's words for each dataset, one row each (a missing row is a compile error): the flow switch's
// label of each flow and its second line. Apart from DATASETS (datasets.ts) because only the explorer's controls
// say them: a page that only draws a chart (the embed) does not load them.
import type { DatasetId } from './schema';

export interface DatasetWords {
  /** The flow switch's second line: source, frequency, products, currency. */
  detail: string;
  /**
   * The flow switch's label of each flow key; a flow without one reads "<label>: <flow>". A reader's file has
   * no fixed flows: its choices are made from the file (src/explorer/user/).
   */
  flowLabels: Readonly<Record<string, string>>;
}

export const DATASET_WORDS: Readonly<Record<DatasetId, DatasetWords>> = {
  'baci-hs6': {
    detail: 'BACI, annual, by HS6 product, US$',
    flowLabels: { 'CHN-RUS': 'China → Russia', 'RUS-CHN': 'Russia → China' },
  },
  'comtrade-monthly': {
    detail: 'UN Comtrade, monthly, all goods only, US$',
    flowLabels: { 'CHN-RUS': 'China → Russia, monthly', 'RUS-CHN': 'Russia → China, monthly' },
  },
  'imf-partners': {
    detail: 'IMF, annual, all goods, US$',
    flowLabels: {
      'RUS:imports': 'Russia’s imports by partner',
      'RUS:exports': 'Russia’s exports by partner',
    },
  },
  'eurostat-eu-sanctioned': {
    detail: 'Eurostat, monthly, values in euros (EUR)',
    flowLabels: { 'EU27:exports': 'EU exports of sanctioned goods to Russia and its neighbours' },
  },
  'comtrade-chpl-monthly': {
    detail: 'UN Comtrade, monthly, CHPL codes (HS 2022) as China reported them, US$',
    flowLabels: { 'CHN-RUS': 'China → Russia, monthly CHPL codes' },
  },
  'comtrade-chpl-partners': {
    detail: 'UN Comtrade, monthly, CHPL codes as China reported them, by partner, US$',
    flowLabels: { 'CHN:exports': 'China’s CHPL exports to Russia and transit partners, monthly' },
  },
  user: {
    detail: 'Your file, annual (years of 12 months summed), imported in this browser',
    flowLabels: {},
  },
  'user-monthly': {
    detail: 'Your file, monthly, imported in this browser',
    flowLabels: {},
  },
};
