// The reader's file and what the explorer's choices need from it: its facts and the concordance (for tiers).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tableQuery } from '../../figure/load/queries';
import { useUserFile } from '../../figure/user-file-store';
import { DATA_FILES } from '../../data/files';
import type { ConcordanceRow, Frequency } from '../../data/schema';
import { startSpec, type FileFacts } from '../../query/user/facts';
import type { UserFile } from '../../query/user/user-file';
import type { ChartSpec } from '../../spec';

export interface UserChoices {
  file: UserFile;
  facts: FileFacts;
  concordance: readonly ConcordanceRow[];
  /** The chart to start from for a pair and frequency of the file (null when the file has none there). */
  start(choice: { pair?: string; freq?: Frequency }): ChartSpec | null;
}

export function useUserChoices(): UserChoices | null {
  const file = useUserFile();
  const concordance = useQuery(tableQuery(DATA_FILES.concordance, 'concordance')).data?.rows;
  return useMemo(() => {
    if (!file || !concordance) return null;
    return {
      file,
      facts: file.facts,
      concordance,
      start: (choice) => startSpec(file, concordance, choice),
    };
  }, [file, concordance]);
}
