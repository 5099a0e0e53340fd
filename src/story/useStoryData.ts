// Loads every file the story's findings read. Files are cached by TanStack Query, so the charts that read
// the same files do not fetch them again.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { manifestQuery, tableQuery, useFlows, useTable } from '../figure/load/queries';
import { DATA_FILES } from '../data/files';
import { listsFile } from '../query/dataset-availability';
import type { StoryData } from './facts/types';
import { useHeadlineFigures } from './useHeadlineFigures';

export const STORY_FILES = [
  DATA_FILES.baciChpl,
  DATA_FILES.baciTotals,
  DATA_FILES.concordance,
  DATA_FILES.chpl,
  DATA_FILES.imfRussiaPartners,
  DATA_FILES.eurostatEuSanctioned,
  DATA_FILES.comtradeMonthlyTotals,
  DATA_FILES.headlineFigures,
  DATA_FILES.gaccReportedTotals,
  DATA_FILES.events,
  DATA_FILES.partners,
];

/** The loaded rows, or null until every file has arrived (a failed file throws to the page's boundary). */
export function useStoryData(): StoryData | null {
  const baciChpl = useFlows(DATA_FILES.baciChpl).data;
  const baciTotals = useFlows(DATA_FILES.baciTotals).data;
  const concordance = useTable(DATA_FILES.concordance, 'concordance').data;
  const chpl = useTable(DATA_FILES.chpl, 'chpl').data;
  const imf = useFlows(DATA_FILES.imfRussiaPartners).data;
  const eurostat = useFlows(DATA_FILES.eurostatEuSanctioned).data;
  const comtrade = useFlows(DATA_FILES.comtradeMonthlyTotals).data;
  // Optional: [] in a build without them (see useHeadlineFigures).
  const headlines = useHeadlineFigures();
  const events = useTable(DATA_FILES.events, 'events').data;
  const partners = useTable(DATA_FILES.partners, 'partners').data;
  // The monthly CHPL file only when this build lists it (its steps are shown only then, see StorySections).
  const manifest = useQuery(manifestQuery).data;
  const hasMonthly = manifest ? listsFile(manifest, DATA_FILES.comtradeChplMonthly) : false;
  const hasGacc = manifest ? listsFile(manifest, DATA_FILES.gaccReportedTotals) : undefined;
  const gacc = useQuery({
    ...tableQuery(DATA_FILES.gaccReportedTotals, 'published-totals'),
    enabled: hasGacc === true,
    throwOnError: true,
  }).data;
  const monthly = useQuery({
    ...tableQuery(DATA_FILES.comtradeChplMonthly, 'flows'),
    enabled: hasMonthly,
    throwOnError: true,
  }).data;
  // One object per set of loaded tables, so findings are computed once, not on every render.
  return useMemo(() => {
    if (!baciChpl || !baciTotals || !concordance || !chpl || !imf || !eurostat || !comtrade) return null;
    if (!headlines || !events || !partners || (hasMonthly && !monthly)) return null;
    // Optional like the headlines: [] once the manifest says this build has none.
    if (hasGacc === undefined || (hasGacc && !gacc)) return null;
    return {
      baciChpl: baciChpl.rows,
      baciTotals: baciTotals.rows,
      concordance: concordance.rows,
      chpl: chpl.rows,
      imf: imf.rows,
      eurostat: eurostat.rows,
      comtrade: comtrade.rows,
      headlines,
      gaccTotals: gacc?.rows ?? [],
      events: events.rows,
      partners: partners.rows,
      ...(monthly ? { comtradeChpl: monthly.rows } : {}),
    };
  }, [
    baciChpl,
    baciTotals,
    concordance,
    chpl,
    imf,
    eurostat,
    comtrade,
    headlines,
    events,
    partners,
    hasMonthly,
    monthly,
    hasGacc,
    gacc,
  ]);
}
