// SVG pieces every time chart draws: axes with the unit, reporting-basis break bands, event guides,
// the crosshair, and cited reference marks. No logic beyond mapping layout marks to elements.
import type { ReferenceMarkLayout } from './types';
import { EVENT_FONT_SIZE, EVENT_GROUP_ID, FONT_SIZE } from './time-frame';
import type { TimeFrame } from './types';

export function Axes({ frame }: { frame: TimeFrame }) {
  const { plot } = frame;
  return (
    <g className="axes" fontSize={FONT_SIZE} aria-hidden="true">
      {frame.unitLabel ? (
        <text className="unit-label" x={frame.unitLabel.x} y={frame.unitLabel.y}>
          {frame.unitLabel.text}
        </text>
      ) : null}
      {frame.yTicks.map((tick) => (
        <g key={tick.label} transform={`translate(0,${tick.y})`}>
          <line className="grid" x1={plot.left} x2={plot.right} />
          <text x={plot.left - 8} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {frame.yearBoundaries.map((x) => (
        <line key={x} className="year-tick" x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 5} />
      ))}
      <line className="baseline" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {frame.xTicks.map((tick) => (
        <text key={tick.label} x={tick.x} y={plot.bottom + 18} textAnchor="middle">
          {tick.label}
        </text>
      ))}
    </g>
  );
}

export function Breaks({ frame }: { frame: TimeFrame }) {
  return frame.breaks.map((mark) => (
    <g key={mark.id} className="break" data-break={mark.id}>
      <rect
        x={mark.x}
        y={frame.plot.top}
        width={Math.max(0, frame.plot.right - mark.x)}
        height={frame.plot.bottom - frame.plot.top}
      />
      <line x1={mark.x} x2={mark.x} y1={mark.labelY - 10} y2={frame.plot.bottom} />
      <text x={mark.x + 5} y={mark.labelY} fontSize={FONT_SIZE - 1}>
        {mark.labelLines.map((line, i) => (
          <tspan key={i} x={mark.x + 5} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  ));
}

/**
 * The events as the SVG draws them, so a page without JavaScript (a prerendered embed) and an exported image
 * show them too: each labelled event's short text and its leader down to its date, and the grouped events'
 * marker ("+12 events") with a short tick at each of their dates. Buttons over these (EventMarkers) open them.
 */
export function EventGuides({ frame, activeEventId }: { frame: TimeFrame; activeEventId: string | null }) {
  const group = frame.eventGroup;
  return (
    <>
      {frame.events.map((mark) => (
        <g
          key={mark.id}
          className={mark.id === activeEventId ? 'event-guide active' : 'event-guide'}
          data-event-label={mark.id}
        >
          <line
            className="leader"
            data-leader-for={mark.id}
            x1={mark.dateX}
            x2={mark.dateX}
            y1={mark.leaderTop}
            y2={frame.eventStripBottom}
          />
          <text x={mark.textX} y={mark.y + 11} fontSize={EVENT_FONT_SIZE}>
            {mark.event.shortLabel}
          </text>
          {mark.id === activeEventId ? (
            <line x1={mark.dateX} x2={mark.dateX} y1={frame.eventStripBottom} y2={frame.plot.bottom} />
          ) : null}
        </g>
      ))}
      {group ? (
        <g
          className={activeEventId === EVENT_GROUP_ID ? 'event-group active' : 'event-group'}
          data-grouped-events={group.events.map((e) => e.event.id).join(' ')}
        >
          {group.events.map(({ event, dateX }) => (
            <line
              key={event.id}
              className="event-tick"
              x1={dateX}
              x2={dateX}
              y1={frame.eventStripBottom - 5}
              y2={frame.eventStripBottom}
            />
          ))}
          <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={group.height / 2} />
          <text
            x={group.x + group.width / 2}
            y={group.y + 11.5}
            textAnchor="middle"
            fontSize={EVENT_FONT_SIZE}
          >
            {group.text}
          </text>
        </g>
      ) : null}
    </>
  );
}

export function Crosshair({ frame, period }: { frame: TimeFrame; period: string | null }) {
  const column = frame.columns.find((c) => c.period === period);
  if (!column) return null;
  return (
    <line className="crosshair" x1={column.x} x2={column.x} y1={frame.plot.top} y2={frame.plot.bottom} />
  );
}

const diamond = (x: number, y: number, r: number) =>
  `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

/** A published figure: hollow diamond, short label, link to where it was published. */
export function ReferenceMarks({ marks }: { marks: readonly ReferenceMarkLayout[] }) {
  return marks.map((mark) => (
    <g key={mark.id} className="reference-mark" data-reference-id={mark.id}>
      <path d={diamond(mark.x, mark.y, 6)} />
      <g>
        <title>{mark.title}</title>
        {mark.label && (
          <text
            x={mark.anchor === 'start' ? mark.x + 9 : mark.x - 9}
            y={mark.y}
            dy="0.32em"
            textAnchor={mark.anchor}
            fontSize={FONT_SIZE - 1}
          >
            {mark.label}
          </text>
        )}
      </g>
    </g>
  ));
}
