// The events a story step's chart labels directly: a module of its own, so that only the story (and its tests)
// carry it, not every embed with the event topics (./event-topics.ts).
import type { EventRow } from '../data/schema';
import { chartTopics, labelRank } from './event-topics';
import type { ChartSpec } from './schema';

const EVENT_CHART_TYPES: readonly ChartSpec['chart'][] = ['line', 'stacked-area', 'stacked-bar'];

/** The last day a spec's `to` covers ("2023" -> 2023-12-31, "2024-06" -> 2024-06-31, fine for comparing). */
const lastDay = (to: string) => (to.length === 4 ? `${to}-12-31` : `${to}-31`);

/**
 * The events a chart of `spec` labels directly, in date order: those in its range whose `label_on` names what it
 * shows (what a story step says it highlights). None when the spec draws no events.
 */
export function highlightedEvents<E extends Pick<EventRow, 'date' | 'label_on'>>(
  spec: Pick<ChartSpec, 'dataset' | 'products' | 'flow' | 'from' | 'to' | 'events' | 'view' | 'chart'>,
  events: readonly E[],
): E[] {
  if (!spec.events || spec.view !== 'chart' || !EVENT_CHART_TYPES.includes(spec.chart)) return [];
  const topics = chartTopics(spec);
  return events
    .filter((e) => e.date >= spec.from && e.date <= lastDay(spec.to) && labelRank(e, topics) !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}
