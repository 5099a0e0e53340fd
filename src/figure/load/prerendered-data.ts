// The data the build computed for a preset or the explorer's default view (dist/embed-<id>.json, written with
// the prerendered embeds), used by the explorer when its view is exactly that spec: one small file instead of
// the manifest, the CSV files and the worker's parsing, so the chart draws sooner. Any other spec, the dev
// server (no such file) or a failed fetch: undefined, and the figure computes its data as it always does.
import { useQuery } from '@tanstack/react-query';
import type { SpecChartData } from '../../charts/spec-chart/types';
import type { ChartSpec } from '../../spec/schema';
import { specToQueryString } from '../../spec/url';
import { prerenderedDataFile, prerenderedIdOf } from '../prerendered-files';
import { activeLocale } from '../../i18n/i18n';

/** A chart's data as the build wrote it beside the pages (embed-<id>.json, story-first-chart.json). */
export async function fetchChartData(file: string): Promise<SpecChartData> {
  const response = await fetch(new URL(file, document.baseURI));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as SpecChartData;
}

export function usePrerenderedData(spec: ChartSpec): SpecChartData | undefined {
  const id = prerenderedIdOf(spec);
  // The build wrote it in each language: its texts must be the reader's.
  const locale = activeLocale();
  const { data } = useQuery({
    queryKey: ['prerendered-data', id, locale],
    queryFn: () => fetchChartData(prerenderedDataFile(id ?? '', locale)),
    enabled: id !== null,
    staleTime: Infinity,
    retry: false,
  });
  // Only for this very spec: the query of a previous view may still hold another chart's data.
  return id !== null && data && specToQueryString(data.spec) === specToQueryString(spec) ? data : undefined;
}
