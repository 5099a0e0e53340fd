// The flow switch: one choice per dataset x flow the spec allows (DATASETS), labelled for readers.
import { DATASETS, flowKey, type ChartSpec, type DatasetId } from '../spec';

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
};

const DETAILS: Readonly<Record<DatasetId, string>> = {
  'baci-hs6': 'BACI, annual, by HS6 product, US$',
  'comtrade-monthly': 'UN Comtrade, monthly, all goods only, US$',
  'imf-partners': 'IMF, annual, all goods, US$',
  'eurostat-eu-sanctioned': 'Eurostat, monthly, values in euros (EUR)',
};

export const FLOW_OPTIONS: readonly FlowOption[] = (Object.keys(DATASETS) as DatasetId[]).flatMap((dataset) =>
  DATASETS[dataset].flows.map((flow) => ({
    id: `${dataset}|${flow}`,
    dataset,
    flow,
    label: LABELS[`${dataset}|${flow}`] ?? `${DATASETS[dataset].label}: ${flow}`,
    detail: DETAILS[dataset],
  })),
);

export function currentFlowOption(spec: ChartSpec): string {
  return `${spec.dataset}|${flowKey(spec.flow)}`;
}
