// Makes the reader's file drawable in the explorer: the chart pipeline reads its rows (LocalDataContext) and
// the range controls offer its periods. A new file is a new dataset object, so every chart recomputes.
import { useMemo, type ReactNode } from 'react';
import { LocalDataContext } from '../../figure/spec-data/local-data';
import { useUserFile } from '../../figure/user-file-store';
import { periodRange } from '../../query/periods';
import { userDataset } from '../../query/user/dataset';
import type { DatasetId } from '../../spec';
import { DatasetPeriodsContext } from '../dataset-periods';
import { withUserFile, type SpecWithNotices } from './user-fallback';

/** Every period from the file's first to its last (a gap inside is "no data", still choosable). */
function spanOf(periods: readonly string[]): string[] {
  const first = periods[0];
  const last = periods.at(-1);
  return first && last ? periodRange(first, last) : [];
}

export function UserFileProvider({ children }: { children: ReactNode }) {
  const file = useUserFile();
  const dataset = useMemo(() => (file ? userDataset(file) : null), [file]);
  const periods = useMemo((): Partial<Record<DatasetId, readonly string[]>> => {
    if (!file) return {};
    const { facts } = file;
    return { user: spanOf(facts.annualPeriods), 'user-monthly': spanOf(facts.monthlyPeriods) };
  }, [file]);
  return (
    <LocalDataContext.Provider value={dataset}>
      <DatasetPeriodsContext.Provider value={periods}>{children}</DatasetPeriodsContext.Provider>
    </LocalDataContext.Provider>
  );
}

/** The link's spec, or the default chart with a notice when it asks for a file this page does not hold. */
export function useUserFileSpec<T extends SpecWithNotices>(parsed: T): T {
  const file = useUserFile();
  return useMemo(() => ({ ...parsed, ...withUserFile(parsed, file) }), [parsed, file]);
}
