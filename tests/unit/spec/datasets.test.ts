import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASETS } from '../../../src/spec/datasets';
import { DATASET_LABELS } from '../../../src/spec/dataset-labels';
import { datasetWords } from '../../../src/explorer/dataset-words';
import { defaultSpecFor } from '../../../src/spec/defaults';
import { specIssues } from '../../../src/spec/consistency';
import { flowKey } from '../../../src/spec/flow-key';

describe('DATASETS, one row per dataset', () => {
  it.each(DATASET_IDS)('%s: its default view is drawable with its own flows', (id) => {
    const row = DATASETS[id];
    const spec = defaultSpecFor(id);
    expect(specIssues(spec)).toEqual([]);
    if (!row.openFlows) expect(row.flows).toContain(flowKey(spec.flow));
  });

  it.each(DATASET_IDS)(
    '%s: labels only flows it has, and names its sources unless the rows are a reader’s',
    (id) => {
      const row = DATASETS[id];
      for (const flow of Object.keys(datasetWords(id).flowLabels)) expect(row.flows).toContain(flow);
      expect(row.sources.length > 0).toBe(!row.inBrowser);
    },
  );

  it.each(DATASET_IDS)(
    '%s: its name in the explorer’s words is its label, word for word, in English',
    (id) => {
      expect(datasetWords(id).name).toBe(DATASET_LABELS[id]);
    },
  );
});
