// SpecChartData -> what the time charts draw: colours, breaks at their place on the time axis, events,
// and whether lines get direct labels (few, short labels) or rely on the legend.
import { breakLabel, eventDescription, eventLabel, eventShortLabel } from '../../data/data-text';
import type { EventRow, SeriesBreak } from '../../data/schema';
import { chartTopics, labelRank, type EventLabelTopic } from '../../spec/event-topics';
import { transformRow } from '../../spec/transforms';
import type { Series } from '../../data/series';
import type { LineChartData, ChartBreak, ChartEvent } from '../kit/types';
import { periodStart } from '../kit/time';
import type { ReferenceMark } from '../kit/types';
import type { SpecChartData } from './types';

export function chartBreak(b: SeriesBreak): ChartBreak {
  // An annual break sits at the start of its year; a monthly one at the start of its month.
  return { id: b.id, at: periodStart(b.before), label: breakLabel(b) };
}

/** An event as the chart draws it: labelled when events.csv names this chart's topics in `label_on`. */
export function chartEvent(e: EventRow, topics: ReadonlySet<EventLabelTopic>): ChartEvent {
  return {
    id: e.id,
    date: e.date,
    label: eventLabel(e),
    description: eventDescription(e),
    sourceTitle: e.source_title,
    sourceUrl: e.source_url,
    shortLabel: eventShortLabel(e),
    labelRank: labelRank(e, topics),
  };
}

/** Direct labels for up to 8 series whose names are short enough for the width. */
export function wantsDirectLabels(series: readonly Series[], width: number): boolean {
  if (series.length > 8) return false;
  const longest = Math.max(0, ...series.map((s) => Math.min(s.label.length, 24)));
  return width >= 560 || longest <= 10;
}

export function referenceMarksIn(
  marks: readonly ReferenceMark[],
  periods: readonly string[],
): ReferenceMark[] {
  return marks.filter((m) => periods.includes(m.period));
}

export function lineChartInput(
  data: SpecChartData,
  shown: readonly Series[],
  colours: LineChartData['colours'],
  referenceMarks: readonly ReferenceMark[],
  directLabels: boolean,
): LineChartData {
  const topics = chartTopics(data.spec);
  return {
    series: shown,
    colours,
    breaks: data.breaks.map(chartBreak),
    events: data.events.map((e) => chartEvent(e, topics)),
    periods: data.periods,
    unit: data.unit,
    scale: data.spec.scale,
    referenceMarks: referenceMarksIn(referenceMarks, data.periods),
    directLabels,
    restartsEachYear: transformRow(data.spec.transform).restartsEachYear,
  };
}
