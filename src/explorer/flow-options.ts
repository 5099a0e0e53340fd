// The flow switch: one choice per dataset x flow the spec allows (DATASETS), labelled for readers.
import { DATASETS, flowKey, type ChartSpec, type DatasetId } from '../spec';
import { ownValue } from '../spec/own';

export interface FlowOption {
  id: string;
  dataset: DatasetId;
  flow: string;
  label: string;
  detail: string;
}

const LABELS: Readonly<Record<string, string>> = {
  'baci-hs6|CHN-RUS': 'China → Russia',
  'baci-hs6|RUS-CHN': 'Russia → China',
  'comtrade-monthly|CHN-RUS': 'China → Russia, monthly',
  'comtrade-monthly|RUS-CHN': 'Russia → China, monthly',
  'imf-partners|RUS:imports': 'Russia’s imports by partner',
  'imf-partners|RUS:exports': 'Russia’s exports by partner',
  'eurostat-eu-sanctioned|EU27:exports': 'EU exports of sanctioned goods to Russia and its neighbours',
  'comtrade-chpl-monthly|CHN-RUS': 'China → Russia, monthly CHPL codes',
  'comtrade-chpl-partners|CHN:exports': 'China’s CHPL exports to Russia and transit partners, monthly',
};

const DETAILS: Readonly<Record<DatasetId, string>> = {
  'baci-hs6': 'BACI, annual, by HS6 product, US$',
  'comtrade-monthly': 'UN Comtrade, monthly, all goods only, US$',
  'imf-partners': 'IMF, annual, all goods, US$',
  'eurostat-eu-sanctioned': 'Eurostat, monthly, values in euros (EUR)',
  'comtrade-chpl-monthly': 'UN Comtrade, monthly, CHPL codes (HS 2022) as China reported them, US$',
  'comtrade-chpl-partners': 'UN Comtrade, monthly, CHPL codes as China reported them, by partner, US$',
  // A reader's file has no fixed flows: its choices are made from the file (src/explorer/user/).
  user: 'Your file, annual (years of 12 months summed), imported in this browser',
  'user-monthly': 'Your file, monthly, imported in this browser',
};

export const FLOW_OPTIONS: readonly FlowOption[] = (Object.keys(DATASETS) as DatasetId[]).flatMap((dataset) =>
  DATASETS[dataset].flows.map((flow) => ({
    id: `${dataset}|${flow}`,
    dataset,
    flow,
    label: ownValue(LABELS, `${dataset}|${flow}`) ?? `${DATASETS[dataset].label}: ${flow}`,
    detail: DETAILS[dataset],
  })),
);

export function currentFlowOption(spec: ChartSpec): string {
  return `${spec.dataset}|${flowKey(spec.flow)}`;
}
