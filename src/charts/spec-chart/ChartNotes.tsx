// Under the chart: the caveats that apply to it (folded away in embeds) and the events it marks.
import { WithCode } from '../kit/WithCode';
import { caveatText, caveatTitle, eventDescription, eventLabel } from '../../data/data-text';
import type { Caveat, EventRow } from '../../data/schema';
import { formatIsoDate } from '../kit/format';
import { i18n } from '../../i18n/i18n';

interface ChartNotesProps {
  caveats: readonly Caveat[];
  events: readonly EventRow[];
  collapsed: boolean;
}

function CaveatList({ caveats }: { caveats: readonly Caveat[] }) {
  return (
    <ul>
      {caveats.map((caveat) => (
        <li key={caveat.id}>
          <strong>{caveatTitle(caveat)}.</strong> <WithCode text={caveatText(caveat)} />
        </li>
      ))}
    </ul>
  );
}

export function ChartNotes({ caveats, events, collapsed }: ChartNotesProps) {
  return (
    <div className="chart-notes">
      {caveats.length > 0 && collapsed ? (
        <details>
          {/* Folded, the caveats' titles stay visible: only their full texts wait behind the disclosure. */}
          <summary>
            <span className="notes-heading-inline">
              {i18n._({ id: 'chart.notes-inline', message: 'Notes:' })}
            </span>{' '}
            {caveats.map(caveatTitle).join(' · ')}
          </summary>
          <CaveatList caveats={caveats} />
        </details>
      ) : null}
      {caveats.length > 0 && !collapsed ? (
        <>
          <p className="notes-heading">{i18n._({ id: 'chart.notes', message: 'Notes' })}</p>
          <CaveatList caveats={caveats} />
        </>
      ) : null}
      {events.length > 0 ? (
        <details className="chart-events">
          <summary>
            {i18n._(
              { id: 'chart.events-list', message: 'Events marked on the chart ({count})' },
              { count: events.length },
            )}
          </summary>
          <ol>
            {[...events]
              .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
              .map((event) => (
                <li key={event.id}>
                  <strong>
                    {formatIsoDate(event.date)}: {eventLabel(event)}.
                  </strong>{' '}
                  <span className="event-detail">
                    {eventDescription(event)}{' '}
                    <a href={event.source_url} rel="noopener noreferrer">
                      {event.source_title}
                    </a>
                  </span>
                </li>
              ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
