// The flow switch: one choice per dataset x flow the spec allows, labelled for readers (both from DATASETS).
import { DATASETS, flowKey, type ChartSpec, type DatasetId } from '../spec';
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
    label: ownValue(DATASETS[dataset].flowLabels, flow) ?? `${DATASETS[dataset].label}: ${flow}`,
    detail: DATASETS[dataset].detail,
  })),
);

export function currentFlowOption(spec: ChartSpec): string {
  return `${spec.dataset}|${flowKey(spec.flow)}`;
}
