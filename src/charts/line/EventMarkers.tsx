// Event markers are HTML buttons over the SVG strip: reachable by keyboard and touch, each with its
// description shown on hover or focus.
import { formatIsoDate } from '../format';
import { cssVarsRef } from '../css-vars';
import type { EventMark } from './types';

interface EventMarkersProps {
  events: readonly EventMark[];
  radius: number;
  activeId: string | null;
  containerWidth: number;
  onActivate: (id: string | null) => void;
}

function EventPopover({
  mark,
  containerWidth,
  radius,
}: {
  mark: EventMark;
  containerWidth: number;
  radius: number;
}) {
  const width = Math.min(280, containerWidth - 8);
  const left = Math.min(Math.max(4, mark.x - width / 2), containerWidth - width - 4);
  return (
    <div
      className="event-popover"
      role="tooltip"
      id={`event-${mark.id}`}
      ref={cssVarsRef({
        '--popover-left': left,
        '--popover-top': mark.y + radius + 6,
        '--popover-width': width,
      })}
    >
      <p className="event-date">{formatIsoDate(mark.event.date)}</p>
      <p className="event-label">{mark.event.label}</p>
      <p>{mark.event.description}</p>
    </div>
  );
}

export function EventMarkers({ events, radius, activeId, containerWidth, onActivate }: EventMarkersProps) {
  const active = events.find((e) => e.id === activeId);
  return (
    <>
      {events.map((mark) => (
        <button
          key={mark.id}
          type="button"
          className={mark.id === activeId ? 'event-marker active' : 'event-marker'}
          data-event-id={mark.id}
          ref={cssVarsRef({
            '--marker-left': mark.x - radius,
            '--marker-top': mark.y - radius,
            '--marker-size': radius * 2,
          })}
          aria-label={`Event ${mark.number}, ${formatIsoDate(mark.event.date)}: ${mark.event.label}`}
          aria-describedby={mark.id === activeId ? `event-${mark.id}` : undefined}
          onPointerEnter={() => onActivate(mark.id)}
          onPointerLeave={() => onActivate(null)}
          onFocus={() => onActivate(mark.id)}
          onBlur={() => onActivate(null)}
          onKeyDown={(event) => event.key === 'Escape' && onActivate(null)}
        >
          {mark.number}
        </button>
      ))}
      {active ? <EventPopover mark={active} containerWidth={containerWidth} radius={radius} /> : null}
    </>
  );
}
