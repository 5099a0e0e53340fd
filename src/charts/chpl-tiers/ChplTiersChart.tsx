// The CHPL-by-tier chart with its caption, source line, notes and the list of events.
import { useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../ChartFrame';
import { formatIsoDate } from '../format';
import type { TooltipText } from '../line/ChartTooltip';
import { LineChart } from '../line/LineChart';
import type { ChartEvent } from '../line/types';
import { describeBasis } from './basis-text';
import { CHPL_TIERS_CHART_ID, chplTiersChart, type ChartNote, type ChplTiersInput } from './definition';

const PARTIES = { exporterName: 'China', importerName: 'Russia' };

interface NotesProps {
  notes: readonly ChartNote[];
  events: readonly ChartEvent[];
  collapsed: boolean;
}

function NoteList({ notes }: { notes: readonly ChartNote[] }) {
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.id}>
          <strong>{note.title}.</strong> {note.text}
        </li>
      ))}
    </ul>
  );
}

function Notes({ notes, events, collapsed }: NotesProps) {
  return (
    <div className="chart-notes">
      {notes.length > 0 && collapsed ? (
        <details>
          <summary>Notes and caveats ({notes.length})</summary>
          <NoteList notes={notes} />
        </details>
      ) : null}
      {notes.length > 0 && !collapsed ? (
        <>
          <p className="notes-heading">Notes</p>
          <NoteList notes={notes} />
        </>
      ) : null}
      {events.length > 0 ? (
        <details>
          <summary>Events marked on the chart ({events.length})</summary>
          <ol>
            {[...events]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((event) => (
                <li key={event.id}>
                  <strong>
                    {formatIsoDate(event.date)}: {event.label}.
                  </strong>{' '}
                  {event.description}{' '}
                  <a href={event.sourceUrl} rel="noopener noreferrer">
                    {event.sourceTitle}
                  </a>
                </li>
              ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

export interface ChplTiersChartProps extends ChplTiersInput {
  /** Shown above the plot, e.g. rows that could not be used. */
  notice?: ReactNode;
  /** Fold the notes away (embeds, where space is short). */
  notesCollapsed?: boolean;
}

export function ChplTiersChart(props: ChplTiersChartProps) {
  const { manifest, flows, concordance, events, tiers } = props;
  const model = useMemo(
    () => chplTiersChart({ manifest, flows, concordance, events, tiers }),
    [manifest, flows, concordance, events, tiers],
  );
  const text = useMemo<TooltipText>(
    () => ({
      basis: (summary) =>
        summary.values.every((v) => v.value === null)
          ? 'Reporting basis: — (no data for this year)'
          : `Reporting basis: ${describeBasis(summary.basis, PARTIES)}`,
      sources: (summary) =>
        `Source: ${summary.sources.map((id) => model.sourceNames.get(id) ?? id).join('; ') || '—'}`,
    }),
    [model.sourceNames],
  );
  return (
    <ChartFrame
      chartId={CHPL_TIERS_CHART_ID}
      title={model.title}
      subtitle={model.subtitle}
      state="ready"
      sourceLine={model.sourceLine}
      footer={
        <Notes notes={model.notes} events={model.data.events} collapsed={props.notesCollapsed ?? false} />
      }
    >
      {props.notice}
      <LineChart
        data={model.data}
        label={model.title}
        tableCaption={`${model.title}, values by year`}
        text={text}
      />
    </ChartFrame>
  );
}
