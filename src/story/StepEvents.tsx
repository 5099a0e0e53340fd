// Which events a step's chart labels, said in the step's text (from events.csv, by the rule the chart uses).
import { useMemo } from 'react';
import { useEvents } from '../figure/load/queries';
import { formatIsoDate } from '../charts/kit/format';
import { highlightedEvents } from '../spec/highlighted-events';
import { i18n } from '../i18n/i18n';
import { eventLabel } from '../data/data-text';
import { proseDate } from './facts/format';
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
      {i18n._({ id: 'story.events.lead', message: 'Events highlighted on the chart:' })}{' '}
      {shown.map((e, i) => (
        <span key={e.id}>
          {i > 0 ? i18n._({ id: 'story.events.separator', message: '; ' }) : ''}
          <strong>{eventLabel(e)}</strong>
          {i18n._(
            { id: 'story.events.date', message: ' ({date})' },
            { date: proseDate(e.date, formatIsoDate) },
          )}
        </span>
      ))}
      {i18n._({
        id: 'story.events.more',
        message:
          '. Other events in its range, and labels with no room at this width, are listed under its “+N events” marker.',
      })}
    </p>
  );
}
