// The legend doubles as a control: pointing at or focusing an entry highlights its series, and pressing it
// hides or shows the series (the state stays with this view; the spec does not change).
import type { Series } from '../../data/series';
import { cssVarsRef } from '../css-vars';
import type { SeriesColour } from '../palette';

interface LegendProps {
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onHighlight: (key: string | null) => void;
}

export function Legend({ series, colours, hidden, onToggle, onHighlight }: LegendProps) {
  return (
    <ul
      className={series.length > 8 ? 'chart-legend many' : 'chart-legend'}
      aria-label="Series: press to hide or show"
    >
      {series.map((s) => {
        const visible = !hidden.has(s.key);
        return (
          <li key={s.key}>
            <button
              type="button"
              aria-pressed={visible}
              data-legend-key={s.key}
              title={visible ? `Hide ${s.label}` : `Show ${s.label}`}
              onClick={() => onToggle(s.key)}
              onPointerEnter={() => visible && onHighlight(s.key)}
              onPointerLeave={() => onHighlight(null)}
              onFocus={() => visible && onHighlight(s.key)}
              onBlur={() => onHighlight(null)}
            >
              <span
                className="swatch"
                data-hidden={visible ? undefined : ''}
                ref={cssVarsRef({ '--swatch': colours.get(s.key)?.line })}
                aria-hidden="true"
              />
              <span className="legend-label">{s.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
