// Reads what a drawn chart shows, in one round trip, so assertions compare plain data.
import Papa from 'papaparse';
import type { Locator } from 'playwright-core';

export interface DrawnChart {
  className: string;
  caption: string;
  svgRole: string | null;
  svgName: string;
  /** series key -> data-period of each point, in DOM order */
  series: Array<{ key: string; periods: string[] }>;
  breakIds: string[];
  /** Events the chart draws: labelled, then grouped. */
  eventIds: string[];
  sourceLine: string;
}

export function readChart(figure: Locator): Promise<DrawnChart> {
  return figure.evaluate((element) => {
    const svg = element.querySelector('svg[role="img"]');
    const labelledBy = svg?.getAttribute('aria-labelledby');
    const labelText = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const svgName =
      (svg?.getAttribute('aria-label') ?? '') ||
      labelText ||
      (svg?.querySelector(':scope > title')?.textContent ?? '');
    const attrs = (selector: string, name: string) =>
      Array.from(element.querySelectorAll(selector)).map((node) => node.getAttribute(name) ?? '');
    return {
      className: element.className,
      caption: element.querySelector('figcaption')?.textContent?.trim() ?? '',
      svgRole: svg?.getAttribute('role') ?? null,
      svgName: svgName.trim(),
      series: Array.from(element.querySelectorAll('svg g[data-series-key]')).map((group) => ({
        key: group.getAttribute('data-series-key') ?? '',
        periods: Array.from(group.querySelectorAll('[data-period]')).map(
          (point) => point.getAttribute('data-period') ?? '',
        ),
      })),
      breakIds: attrs('[data-break]', 'data-break'),
      // Events drawn on the chart: those labelled, and those grouped under its "+N events" marker.
      eventIds: [
        ...attrs('svg [data-event-label]', 'data-event-label'),
        ...attrs('svg [data-grouped-events]', 'data-grouped-events').flatMap((ids) => ids.split(' ')),
      ],
      sourceLine: element.querySelector('.source-line')?.textContent?.trim() ?? '',
    };
  });
}

/** One column of a small generated CSV (e.g. the ids of events.csv), read over HTTP from the served build. */
export async function fetchCsvColumn(url: string, column: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const parsed = Papa.parse<Record<string, string>>(await response.text(), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => row[column] ?? '');
}

export async function fetchBreakIds(manifestUrl: string): Promise<string[]> {
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`GET ${manifestUrl} answered ${response.status}`);
  const manifest = (await response.json()) as { breaks?: Array<{ id: string }> };
  return (manifest.breaks ?? []).map((entry) => entry.id);
}
