// The timeline of sanctions, export controls and China's position: an ordered list, readable without a chart.
import { useMemo, useRef } from 'react';
import { ShareControl } from '../figure/actions/ShareControl';
import { formatIsoDate } from '../charts/kit/format';
import { useEvents } from '../figure/load/queries';
import type { EventRow } from '../data/schema';

export const CATEGORY_LABELS: Readonly<Record<EventRow['category'], string>> = {
  war: 'War',
  'sanctions-us': 'US sanctions',
  'sanctions-eu': 'EU sanctions',
  'export-controls': 'Export controls',
  chpl: 'High-priority list',
  'china-russia': 'China–Russia',
  'china-position': 'China’s position',
};

/** Events grouped by year, in date order. */
export function eventsByYear(events: readonly EventRow[]): [string, EventRow[]][] {
  const years = new Map<string, EventRow[]>();
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const year = event.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years];
}

function EventItem({ event }: { event: EventRow }) {
  return (
    <li className="timeline-event" data-event-id={event.id} data-category={event.category}>
      <time dateTime={event.date}>{formatIsoDate(event.date)}</time>
      <span className={`timeline-category cat-${event.category}`}>{CATEGORY_LABELS[event.category]}</span>
      <details>
        <summary>{event.label}</summary>
        <p>
          {event.description}{' '}
          <a href={event.source_url} rel="noopener noreferrer">
            {event.source_title}
          </a>
        </p>
      </details>
    </li>
  );
}

/** `stepId`: the story step that shows the timeline, shared by its own page and card. */
export function Timeline({ chartId, title, stepId }: { chartId: string; title: string; stepId?: string }) {
  const events = useEvents().data?.rows;
  const actions = useRef<HTMLDivElement>(null);
  const years = useMemo(() => (events ? eventsByYear(events) : []), [events]);
  const first = years[0]?.[0];
  const last = years.at(-1)?.[0];
  return (
    <figure className="story-timeline" data-chart-id={chartId} data-state={events ? 'ready' : 'loading'}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-subtitle">
          {events
            ? `${events.length} dated events, ${first}–${last}; open one for its description and source`
            : 'Loading events…'}
        </span>
      </figcaption>
      <div className="timeline-scroll" tabIndex={0} role="region" aria-label={`${title}: list of events`}>
        <ol className="timeline-years">
          {years.map(([year, items]) => (
            <li key={year}>
              <span className="timeline-year">{year}</span>
              <ol className="timeline-events">
                {items.map((event) => (
                  <EventItem key={event.id} event={event} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </div>
      <p className="source-line">
        Source: events curated by this project, each with its own cited source; the list is a selection, not
        exhaustive.
      </p>
      {stepId ? (
        <div className="chart-actions" ref={actions}>
          <ShareControl title={title} stepId={stepId} embeddable={false} root={actions} />
        </div>
      ) : null}
    </figure>
  );
}
