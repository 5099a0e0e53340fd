// The explorer's words for each dataset, one row each (a missing row is a compile error): the flow switch's
// label of each flow and its second line. Apart from DATASETS (src/spec/datasets.ts) because only the explorer's
// controls say them: here, their translations go to the pages' catalogue, which an embed never downloads.
import { i18n } from '../i18n/i18n';
import type { DatasetId } from '../spec';

export interface DatasetWords {
  /** The dataset's name, as a reason for a disabled choice names it (English: DATASETS' label, word for word). */
  name: string;
  /** The flow switch's second line: source, frequency, products, currency. */
  detail: string;
  /**
   * The flow switch's label of each flow key; a flow without one reads "<label>: <flow>". A reader's file has
   * no fixed flows: its choices are made from the file (src/explorer/user/).
   */
  flowLabels: Readonly<Record<string, string>>;
}

// Rows are functions: read at render, in the language then active (a module-level string would stay English).
const DATASET_WORDS: Readonly<Record<DatasetId, () => DatasetWords>> = {
  'baci-hs6': () => ({
    name: i18n._({ id: 'flows.name-baci', message: 'BACI (annual, HS6)' }),
    detail: i18n._({ id: 'flows.baci-detail', message: 'BACI, annual, by HS6 product, US$' }),
    flowLabels: {
      'CHN-RUS': i18n._({ id: 'flows.chn-rus', message: 'China → Russia' }),
      'RUS-CHN': i18n._({ id: 'flows.rus-chn', message: 'Russia → China' }),
    },
  }),
  'comtrade-monthly': () => ({
    name: i18n._({ id: 'flows.name-monthly', message: 'UN Comtrade monthly totals' }),
    detail: i18n._({ id: 'flows.monthly-detail', message: 'UN Comtrade, monthly, all goods only, US$' }),
    flowLabels: {
      'CHN-RUS': i18n._({ id: 'flows.chn-rus-m', message: 'China → Russia, monthly' }),
      'RUS-CHN': i18n._({ id: 'flows.rus-chn-m', message: 'Russia → China, monthly' }),
    },
  }),
  'imf-partners': () => ({
    name: i18n._({ id: 'flows.name-imf', message: 'IMF trade by partner' }),
    detail: i18n._({ id: 'flows.imf-detail', message: 'IMF, annual, all goods, US$' }),
    flowLabels: {
      'RUS:imports': i18n._({ id: 'flows.rus-imports', message: 'Russia’s imports by partner' }),
      'RUS:exports': i18n._({ id: 'flows.rus-exports', message: 'Russia’s exports by partner' }),
    },
  }),
  'eurostat-eu-sanctioned': () => ({
    name: i18n._({ id: 'flows.name-eu', message: 'EU exports of sanctioned goods' }),
    detail: i18n._({ id: 'flows.eu-detail', message: 'Eurostat, monthly, values in euros (EUR)' }),
    flowLabels: {
      'EU27:exports': i18n._({
        id: 'flows.eu-exports',
        message: 'EU exports of sanctioned goods to Russia and its neighbours',
      }),
    },
  }),
  'comtrade-chpl-monthly': () => ({
    name: i18n._({ id: 'flows.name-chpl-m', message: 'UN Comtrade monthly CHPL codes (China-reported)' }),
    detail: i18n._({
      id: 'flows.chpl-m-detail',
      message: 'UN Comtrade, monthly, CHPL codes (HS 2022) as China reported them, US$',
    }),
    flowLabels: {
      'CHN-RUS': i18n._({ id: 'flows.chn-rus-chpl', message: 'China → Russia, monthly CHPL codes' }),
    },
  }),
  'comtrade-chpl-partners': () => ({
    name: i18n._({
      id: 'flows.name-chpl-p',
      message: 'UN Comtrade monthly CHPL codes by partner (China-reported)',
    }),
    detail: i18n._({
      id: 'flows.chpl-p-detail',
      message: 'UN Comtrade, monthly, CHPL codes as China reported them, by partner, US$',
    }),
    flowLabels: {
      'CHN:exports': i18n._({
        id: 'flows.chn-chpl-partners',
        message: 'China’s CHPL exports to Russia and transit partners, monthly',
      }),
    },
  }),
  user: () => ({
    name: i18n._({ id: 'flows.name-user', message: 'Your file (annual)' }),
    detail: i18n._({
      id: 'flows.user-detail',
      message: 'Your file, annual (years of 12 months summed), imported in this browser',
    }),
    flowLabels: {},
  }),
  'user-monthly': () => ({
    name: i18n._({ id: 'flows.name-user-m', message: 'Your file (monthly)' }),
    detail: i18n._({ id: 'flows.user-m-detail', message: 'Your file, monthly, imported in this browser' }),
    flowLabels: {},
  }),
};

/** A dataset's words in the language active now. */
export function datasetWords(id: DatasetId): DatasetWords {
  return DATASET_WORDS[id]();
}
