// The flow switch: one choice per dataset x flow the spec allows (DATASETS), labelled for readers (DATASET_WORDS).
import { DATASETS, flowKey, type ChartSpec, type DatasetId } from '../spec';
import { DATASET_WORDS } from '../spec/dataset-words';
import { ownValue } from '../spec/own';

export interface FlowOption {
  id: string;
  dataset: DatasetId;
  flow: string;
  label: string;
  detail: string;
}

export const FLOW_OPTIONS: readonly FlowOption[] = (Object.keys(DATASETS) as DatasetId[]).flatMap((dataset) =>
  DATASETS[dataset].flows.map((flow) => ({
    id: `${dataset}|${flow}`,
    dataset,
    flow,
    label: ownValue(DATASET_WORDS[dataset].flowLabels, flow) ?? `${DATASETS[dataset].label}: ${flow}`,
    detail: DATASET_WORDS[dataset].detail,
  })),
);

export function currentFlowOption(spec: ChartSpec): string {
  return `${spec.dataset}|${flowKey(spec.flow)}`;
}
