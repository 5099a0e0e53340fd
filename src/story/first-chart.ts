// The story's first chart, computed by the build from public/data (scripts/prerender/) and preloaded by
// index.html: it draws as soon as React renders, without waiting for the data worker and the CSV files that the
// findings need. The same code computes it as the browser would (useSpecData), from the same build's files.
import { useQuery } from '@tanstack/react-query';
import { fetchChartData } from '../figure/load/prerendered-data';
import type { SpecChartData } from '../charts/spec-chart/types';
import { specToQueryString } from '../spec/url';
import type { ChartSpec } from '../spec/schema';
import type { SpecGraphic } from './graphics';
import { SECTIONS } from './sections';
import { activeLocale } from '../i18n/i18n';
import { SOURCE_LOCALE } from '../i18n/locales';

/** Beside index.html, like the prerendered embeds' data. */
export const FIRST_CHART_FILE = 'story-first-chart.json';

/** Where the query cache keeps it: the build's prerender of index.html and its hydration fill it ahead. */
export const FIRST_CHART_QUERY_KEY = ['story-first-chart'] as const;

/** The first step of the story, when it draws a chart spec (the only one computed ahead). */
export function firstChartStep(): { stepId: string; graphic: SpecGraphic } | null {
  const step = SECTIONS[0]?.steps[0];
  return step && step.graphic.kind === 'spec' ? { stepId: step.id, graphic: step.graphic } : null;
}

/**
 * The build's data for this step's chart, once it has arrived; undefined for any other step, in another language
 * than English, while it loads, or when there is none (the dev server, an older build): the figure then computes its data as every other does.
 */
export function useFirstChartData(stepId: string | undefined, spec: ChartSpec): SpecChartData | undefined {
  // The build wrote it in English (its title, legend and notes): a Chinese or Russian reader's chart is computed
  // in their language instead.
  const isFirst =
    stepId !== undefined && stepId === firstChartStep()?.stepId && activeLocale() === SOURCE_LOCALE;
  const { data } = useQuery({
    queryKey: FIRST_CHART_QUERY_KEY,
    queryFn: () => fetchChartData(FIRST_CHART_FILE),
    enabled: isFirst,
    staleTime: Infinity,
    retry: false,
  });
  // Drawn only if it is this very spec (a build's file never describes another story).
  return isFirst && data && specToQueryString(data.spec) === specToQueryString(spec) ? data : undefined;
}
