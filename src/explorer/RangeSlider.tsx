import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { cssVarsRef, setCssVars } from '../charts/kit/css-vars';
import { i18n } from '../i18n/i18n';
import { bigStep, nearestHandle, positionAfterKey, positionAtPointer, type Handle } from './range-keys';
import type { HistoryMode } from './useExplorerSpec';

interface RangeSliderProps {
  periods: readonly string[];
  /** Positions in `periods` of the first and last period shown. */
  value: readonly [number, number];
  onChange: (value: [number, number], mode: HistoryMode) => void;
  formatPeriod: (period: string) => string;
  monthly: boolean;
}

// Read at render, in the language then active.
const HANDLE_LABELS: Record<Handle, () => string> = {
  from: () => i18n._({ id: 'range.start', message: 'Start period' }),
  to: () => i18n._({ id: 'range.end', message: 'End period' }),
};

/**
 * Two handles on one track, for pointer, touch and keyboard (arrows, PageUp/PageDown, Home/End). A drag
 * records one history entry (the first move pushes, the rest replace it).
 */
export function RangeSlider({ periods, value, onChange, formatPeriod, monthly }: RangeSliderProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ handle: Handle; moved: boolean } | null>(null);
  const thumbs = useRef<Record<Handle, HTMLDivElement | null>>({ from: null, to: null });
  const count = periods.length;
  const percent = (position: number) => (count > 1 ? (position / (count - 1)) * 100 : 0);
  const [from, to] = value;

  const move = (handle: Handle, position: number, mode: HistoryMode) => {
    const next: [number, number] =
      handle === 'from' ? [Math.min(position, to), to] : [from, Math.max(position, from)];
    if (next[0] !== from || next[1] !== to) onChange(next, mode);
  };
  const positionOf = (event: PointerEvent) => {
    const box = trackRef.current?.getBoundingClientRect();
    return box ? positionAtPointer(event.clientX, box.left, box.width, count) : 0;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const position = positionOf(event);
    const target = event.target as HTMLElement;
    const handle = (target.dataset.handle as Handle | undefined) ?? nearestHandle(position, value);
    drag.current = { handle, moved: false };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    thumbs.current[handle]?.focus();
    if (target.dataset.handle === undefined) {
      drag.current.moved = true;
      move(handle, position, 'push');
    }
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    move(current.handle, positionOf(event), current.moved ? 'replace' : 'push');
    current.moved = true;
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (handle: Handle) => (event: KeyboardEvent<HTMLDivElement>) => {
    const position = positionAfterKey(event.key, handle, value, count, bigStep(monthly));
    if (position === null) return;
    event.preventDefault();
    move(handle, position, event.repeat ? 'replace' : 'push');
  };
  return (
    <div className="range-slider">
      <div
        ref={trackRef}
        className="range-track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div
          className="range-fill"
          ref={cssVarsRef({
            '--fill-left': `${percent(from)}%`,
            '--fill-width': `${percent(to) - percent(from)}%`,
          })}
        />
        {(['from', 'to'] as const).map((handle) => {
          const position = handle === 'from' ? from : to;
          return (
            <div
              key={handle}
              ref={(element) => {
                thumbs.current[handle] = element;
                if (element) setCssVars(element, { '--thumb-left': `${percent(position)}%` });
              }}
              role="slider"
              tabIndex={0}
              data-handle={handle}
              className="range-thumb"
              aria-label={HANDLE_LABELS[handle]()}
              aria-valuemin={handle === 'from' ? 0 : from}
              aria-valuemax={handle === 'from' ? to : count - 1}
              aria-valuenow={position}
              aria-valuetext={formatPeriod(periods[position] ?? '')}
              aria-orientation="horizontal"
              onKeyDown={onKeyDown(handle)}
            />
          );
        })}
      </div>
      <div className="range-ends" aria-hidden="true">
        <span>{formatPeriod(periods[0] ?? '')}</span>
        <span>{formatPeriod(periods.at(-1) ?? '')}</span>
      </div>
    </div>
  );
}
