// Which events a step's chart labels, said in the step's text (from events.csv, by the rule the chart uses).
import { useMemo } from 'react';
import { useEvents } from '../figure/load/queries';
import { formatIsoDate } from '../charts/kit/format';
import { highlightedEvents } from '../spec/event-topics';
import type { StoryStep } from './sections';

export function StepEvents({ step }: { step: StoryStep }) {
  const events = useEvents().data?.rows;
  const graphic = step.graphic;
  const shown = useMemo(
    () => (events && graphic.kind === 'spec' ? highlightedEvents(graphic.spec, events) : []),
    [events, graphic],
  );
  if (shown.length === 0) return null;
  return (
    <p className="step-events" data-step-events={shown.map((e) => e.id).join(' ')}>
      Events highlighted on the chart:{' '}
      {shown.map((e, i) => (
        <span key={e.id}>
          {i > 0 ? '; ' : ''}
          <strong>{e.label}</strong> ({formatIsoDate(e.date)})
        </span>
      ))}
      . Other events in its range, and labels with no room at this width, are listed under its “+N events”
      marker.
    </p>
  );
}
