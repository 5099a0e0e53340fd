// What a chart image carries beside the plot (legend, notes, event key, source, link), from the chart's data and
// its drawn SVG. Shared by the browser's image downloads (./run-download.ts) and the build's social cards
// (scripts/prerender/cards.ts), so a card says what the downloaded image says.
import { caveatText, caveatTitle, eventLabel } from '../../data/data-text';
import { formatIsoDate } from '../../charts/kit/format';
import { seriesColours } from '../../charts/spec-chart/colours';
import { viewNotices } from '../../charts/spec-chart/SpecChartView';
import type { SpecChartData } from '../../charts/spec-chart/types';
import type { FigureInput, FigureSize } from '../../export/figure-svg';
import type { ImageTheme } from '../../export/image';
import { appName } from '../app-name';

/** The series drawn in the chart (hidden ones are left out of the image's legend too). */
export function legendOf(data: SpecChartData, svg: SVGSVGElement) {
  const drawn = new Set(
    [...svg.querySelectorAll('[data-series-key]')].map((g) => g.getAttribute('data-series-key')),
  );
  const colours = seriesColours(data.series);
  return data.series
    .filter((s) => drawn.has(s.key))
    .map((s) => ({ label: s.label, colour: colours.get(s.key)?.line ?? '#000' }));
}

/** Every note the page shows beside the chart: its notices and HS-change notes (comparable basis, affected codes), then its caveats. */
export function notesOf(data: SpecChartData) {
  const notices = [...data.notices, ...(data.hsNotes ?? []), ...viewNotices(data, data.series)];
  return [
    ...notices.map((text) => ({ text })),
    ...data.caveats.map((caveat) => ({ title: caveatTitle(caveat), text: caveatText(caveat) })),
  ];
}

export interface FigureOf {
  data: SpecChartData;
  svg: SVGSVGElement;
  /** The address printed on the image. */
  chartUrl: string;
  size: FigureSize;
  theme?: ImageTheme | undefined;
}

/**
 * Labelled events are drawn in the SVG itself; the ones grouped under its "+N events" marker are listed under the
 * image, so every event on the chart can be read off it.
 */
function groupedEventsKey(data: SpecChartData, svg: SVGSVGElement): string[] {
  const events = new Map(data.events.map((event) => [event.id, event]));
  const ids = svg.querySelector('[data-grouped-events]')?.getAttribute('data-grouped-events') ?? '';
  return ids.split(' ').flatMap((id) => {
    const event = events.get(id);
    return event ? [`${formatIsoDate(event.date)}, ${eventLabel(event)}`] : [];
  });
}

export function figureInputOf({ data, svg, chartUrl, size, theme }: FigureOf): FigureInput {
  const key = groupedEventsKey(data, svg);
  return {
    svg,
    title: data.title,
    subtitle: data.subtitle,
    sourceLine: data.sourceLine,
    legend: legendOf(data, svg),
    notes: notesOf(data),
    groupedEvents: key,
    project: { name: appName(), url: chartUrl },
    size,
    ...(theme ? { theme } : {}),
  };
}
