// Buttons over the event labels and the group marker the SVG draws (FrameSvg EventGuides): reachable by keyboard
// and touch. A click (or Enter) opens the event's popover, with its description and a link to its source, or the
// list of the grouped events; Escape, a second click or a click elsewhere closes it. Hovering shows the popover
// until the pointer leaves.
import { useEffect, useRef, useState } from 'react';
import { formatIsoDate } from './format';
import { cssVarsRef } from './css-vars';
import { EVENT_GROUP_ID } from './time-frame';
import type { ChartEvent, EventGroupMark, EventLabelMark } from './types';
import { i18n } from '../../i18n/i18n';

export interface EventMarkersProps {
  labels: readonly EventLabelMark[];
  group: EventGroupMark | null;
  containerWidth: number;
  onActivate: (id: string | null) => void;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function popoverVars(box: Box, containerWidth: number, wanted: number) {
  const width = Math.min(wanted, containerWidth - 8);
  const left = Math.min(Math.max(4, box.x), containerWidth - width - 4);
  return {
    '--popover-left': left,
    '--popover-top': box.y + box.height + 4,
    '--popover-width': width,
  } as const;
}

function SourceLink({ event }: { event: ChartEvent }) {
  return (
    <a href={event.sourceUrl} rel="noopener noreferrer" target="_blank">
      {i18n._({ id: 'chart.event-source', message: 'Source: {title}' }, { title: event.sourceTitle })}
    </a>
  );
}

function EventPopover({ mark, containerWidth }: { mark: EventLabelMark; containerWidth: number }) {
  return (
    <div
      className="event-popover"
      role="dialog"
      aria-label={mark.event.label}
      id={`event-${mark.id}`}
      ref={cssVarsRef(popoverVars(mark, containerWidth, 300))}
    >
      <p className="event-date">{formatIsoDate(mark.event.date)}</p>
      <p className="event-label">{mark.event.label}</p>
      <p>{mark.event.description}</p>
      <p>
        <SourceLink event={mark.event} />
      </p>
    </div>
  );
}

function GroupPopover({ group, containerWidth }: { group: EventGroupMark; containerWidth: number }) {
  const width = Math.min(340, containerWidth - 8);
  return (
    <div
      className="event-popover event-list"
      role="dialog"
      aria-label={i18n._(
        { id: 'chart.events-other', message: 'Other events on this chart ({count})' },
        { count: group.events.length },
      )}
      id="event-group-list"
      ref={cssVarsRef(popoverVars({ ...group, x: group.x + group.width - width }, containerWidth, width))}
    >
      <ol>
        {group.events.map(({ event }) => (
          <li key={event.id} data-event-id={event.id}>
            <span className="event-date">{formatIsoDate(event.date)}:</span> {event.label}.{' '}
            <SourceLink event={event} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function hitVars(box: Box) {
  return { '--hit-left': box.x, '--hit-top': box.y, '--hit-width': box.width, '--hit-height': box.height };
}

export function EventMarkers({ labels, group, containerWidth, onActivate }: EventMarkersProps) {
  const [pinned, setPinned] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const shown = pinned ?? hovered;
  useEffect(() => onActivate(shown), [shown, onActivate]);
  useEffect(() => {
    if (pinned === null) return;
    const close = (event: PointerEvent) => {
      if (!layer.current?.contains(event.target as Node)) setPinned(null);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [pinned]);
  const buttonProps = (id: string) => ({
    type: 'button' as const,
    'aria-expanded': shown === id,
    'aria-controls': shown === id ? (id === EVENT_GROUP_ID ? 'event-group-list' : `event-${id}`) : undefined,
    onClick: () => setPinned((current) => (current === id ? null : id)),
    onPointerEnter: () => setHovered(id),
    onPointerLeave: () => setHovered(null),
  });
  const active = labels.find((mark) => mark.id === shown);
  return (
    <div
      className="event-layer"
      ref={layer}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || shown === null) return;
        setPinned(null);
        setHovered(null);
        // Focus returns to the button whose popover closed (it may have been on the source link inside).
        layer.current?.querySelector<HTMLButtonElement>(`[data-event-hit="${CSS.escape(shown)}"]`)?.focus();
      }}
    >
      {labels.map((mark) => (
        <span key={mark.id} className="event-hit-wrap">
          <button
            {...buttonProps(mark.id)}
            className="event-hit"
            data-event-hit={mark.id}
            data-event-id={mark.id}
            ref={cssVarsRef(hitVars(mark))}
            aria-label={i18n._(
              { id: 'chart.event', message: 'Event, {date}: {label}' },
              {
                date: formatIsoDate(mark.event.date),
                label: mark.event.label,
              },
            )}
          />
          {active === mark ? <EventPopover mark={mark} containerWidth={containerWidth} /> : null}
        </span>
      ))}
      {group ? (
        <span className="event-hit-wrap">
          <button
            {...buttonProps(EVENT_GROUP_ID)}
            className="event-hit"
            data-event-hit={EVENT_GROUP_ID}
            ref={cssVarsRef(hitVars(group))}
            aria-label={i18n._(
              { id: 'chart.events-open', message: 'Other events on this chart ({count}): open the list' },
              {
                count: group.events.length,
              },
            )}
          />
          {shown === EVENT_GROUP_ID ? <GroupPopover group={group} containerWidth={containerWidth} /> : null}
        </span>
      ) : null}
    </div>
  );
}
