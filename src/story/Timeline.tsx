// The timeline of sanctions, export controls and China's position: an ordered list, readable without a chart.
import { useMemo, useRef } from 'react';
import { ShareControl } from '../figure/actions/ShareControl';
import { formatIsoDate } from '../charts/kit/format';
import { useEvents } from '../figure/load/queries';
import { eventDescription, eventLabel } from '../data/data-text';
import type { EventRow } from '../data/schema';
import { activeLocale, i18n } from '../i18n/i18n';
import { proseDate } from './facts/format';

/** Each category's label, read in the active language. */
export const CATEGORY_LABELS: Readonly<Record<EventRow['category'], string>> = {
  get war() {
    return i18n._({ id: 'story.category.war', message: 'War' });
  },
  get 'sanctions-us'() {
    return i18n._({ id: 'story.category.sanctions-us', message: 'US sanctions' });
  },
  get 'sanctions-eu'() {
    return i18n._({ id: 'story.category.sanctions-eu', message: 'EU sanctions' });
  },
  get 'export-controls'() {
    return i18n._({ id: 'story.category.export-controls', message: 'Export controls' });
  },
  get chpl() {
    return i18n._({ id: 'story.category.chpl', message: 'High-priority list' });
  },
  get 'china-russia'() {
    return i18n._({ id: 'story.category.china-russia', message: 'China–Russia' });
  },
  get 'china-position'() {
    return i18n._({ id: 'story.category.china-position', message: 'China’s position' });
  },
};

/** The timeline's source line (on the page and on its social card, scripts/prerender/render.tsx). */
export function timelineSource(): string {
  return i18n._({
    id: 'story.timeline.source',
    message:
      'Source: events curated by this project, each with its own cited source; the list is a selection, not exhaustive.',
  });
}

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
      <time dateTime={event.date}>{proseDate(event.date, formatIsoDate)}</time>
      <span className={`timeline-category cat-${event.category}`}>{CATEGORY_LABELS[event.category]}</span>
      <details>
        <summary>{eventLabel(event)}</summary>
        <p>
          {eventDescription(event)} {/* The cited document's own title, as published: English on purpose. */}
          <a
            href={event.source_url}
            rel="noopener noreferrer"
            lang={activeLocale() === 'en' ? undefined : 'en'}
          >
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
            ? i18n._(
                {
                  id: 'story.timeline.subtitle',
                  message: '{count} dated events, {first}–{last}; open one for its description and source',
                },
                { count: events.length, first: first ?? '', last: last ?? '' },
              )
            : i18n._({ id: 'story.timeline.loading', message: 'Loading events…' })}
        </span>
      </figcaption>
      <div
        className="timeline-scroll"
        tabIndex={0}
        role="region"
        aria-label={i18n._({ id: 'story.timeline.list', message: '{title}: list of events' }, { title })}
      >
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
      <p className="source-line">{timelineSource()}</p>
      {stepId ? (
        <div className="chart-actions" ref={actions}>
          <ShareControl title={title} stepId={stepId} embeddable={false} root={actions} />
        </div>
      ) : null}
    </figure>
  );
}
