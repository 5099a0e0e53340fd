// Each dataset's English name, as a link's notices name it (src/spec/notice-words.ts) and the explorer's words
// for it are written from (src/explorer/dataset-words.ts). Apart from DATASETS (./datasets.ts), which every embed
// loads to read its link, because only the notices and the explorer show these.
import type { DatasetId } from './schema';

export const DATASET_LABELS: Readonly<Record<DatasetId, string>> = {
  'baci-hs6': 'BACI (annual, HS6)',
  'comtrade-monthly': 'UN Comtrade monthly totals',
  'imf-partners': 'IMF trade by partner',
  'eurostat-eu-sanctioned': 'EU exports of sanctioned goods',
  'comtrade-chpl-monthly': 'UN Comtrade monthly CHPL codes (China-reported)',
  'comtrade-chpl-partners': 'UN Comtrade monthly CHPL codes by partner (China-reported)',
  user: 'Your file (annual)',
  'user-monthly': 'Your file (monthly)',
};
