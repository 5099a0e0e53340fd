// Which events a chart labels directly: events.csv says, per event, on which kinds of chart it matters
// (`label_on`); a chart's kinds follow from what it shows. Every other event in the chart's range is grouped
// under one marker. The same rule feeds the chart, its exported image and the story step that names them.
import type { EventRow } from '../data/schema';
import type { EVENT_LABEL_TOPICS } from '../data/patterns';
import { DATASETS } from './datasets';
import type { ChartSpec } from './schema';

export type EventLabelTopic = (typeof EVENT_LABEL_TOPICS)[number];

/** What a chart shows, in the terms of `label_on`: CHPL goods, EU exports, Russia's imports, China's total exports. */
export function chartTopics(spec: Pick<ChartSpec, 'dataset' | 'products' | 'flow'>): Set<EventLabelTopic> {
  const topics = new Set<EventLabelTopic>(['all']);
  const kinds = new Set(spec.products.map((p) => p.kind));
  for (const topic of DATASETS[spec.dataset].eventTopics) topics.add(topic);
  if (kinds.has('tier') || kinds.has('chpl-all')) topics.add('chpl');
  const fromChina = spec.flow.kind === 'bilateral' && spec.flow.exporter === 'CHN';
  if (fromChina && kinds.has('total')) topics.add('china-totals');
  return topics;
}

/**
 * Whether `event` is labelled on a chart of these topics, and how early it takes its place: 0 for an event
 * labelled on every chart, 1 for one chosen for this kind of chart, null when it is only grouped.
 */
export function labelRank(
  event: Pick<EventRow, 'label_on'>,
  topics: ReadonlySet<EventLabelTopic>,
): number | null {
  const named = (event.label_on ?? '').split(' ');
  if (named.includes('all')) return 0;
  return named.some((topic) => topics.has(topic as EventLabelTopic)) ? 1 : null;
}
