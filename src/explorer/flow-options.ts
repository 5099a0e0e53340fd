// The flow switch: one choice per dataset x flow the spec allows (DATASETS), labelled for readers (DATASET_WORDS).
import { DATASETS, flowKey, type ChartSpec, type DatasetId } from '../spec';
import { datasetWords } from './dataset-words';
import { ownValue } from '../spec/own';
import { DATASET_LABELS } from '../spec/dataset-labels';

export interface FlowOption {
  id: string;
  dataset: DatasetId;
  flow: string;
  label: string;
  detail: string;
}

/** Every flow choice, in the language active now (read at render, not at load). */
export function flowOptions(): readonly FlowOption[] {
  return (Object.keys(DATASETS) as DatasetId[]).flatMap((dataset) => {
    const words = datasetWords(dataset);
    return DATASETS[dataset].flows.map((flow) => ({
      id: `${dataset}|${flow}`,
      dataset,
      flow,
      label: ownValue(words.flowLabels, flow) ?? `${DATASET_LABELS[dataset]}: ${flow}`,
      detail: words.detail,
    }));
  });
}

export function currentFlowOption(spec: ChartSpec): string {
  return `${spec.dataset}|${flowKey(spec.flow)}`;
}
