// The periods the range and base-period controls offer. A built-in dataset's come from its defaults; a
// dataset whose data decide them (a reader's file) has them provided by the page that holds the data.
import { createContext, useContext } from 'react';
import type { DatasetId } from '../spec';
import { datasetPeriods } from './periods';

export const DatasetPeriodsContext = createContext<Partial<Record<DatasetId, readonly string[]>>>({});

export function useDatasetPeriods(dataset: DatasetId): readonly string[] {
  const provided = useContext(DatasetPeriodsContext)[dataset];
  return provided && provided.length > 0 ? provided : datasetPeriods(dataset);
}
