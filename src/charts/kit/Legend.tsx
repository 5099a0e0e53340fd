// The legend doubles as a control: pointing at or focusing an entry highlights its series, and pressing it
// hides or shows the series (the state stays with this view; the spec does not change).
import type { Series } from '../../data/series';
import type { SeriesColour } from './palette';
import { i18n } from '../../i18n/i18n';

interface LegendProps {
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onHighlight: (key: string | null) => void;
}

export function Legend({ series, colours, hidden, onToggle, onHighlight }: LegendProps) {
  const colour = (key: string) => colours.get(key)?.line ?? 'currentColor';
  return (
    <ul
      className={series.length > 8 ? 'chart-legend many' : 'chart-legend'}
      aria-label={i18n._({ id: 'chart.legend', message: 'Series: press to hide or show' })}
    >
      {series.map((s) => {
        const visible = !hidden.has(s.key);
        return (
          <li key={s.key}>
            <button
              type="button"
              aria-pressed={visible}
              data-legend-key={s.key}
              title={
                visible
                  ? i18n._({ id: 'chart.legend-hide', message: 'Hide {label}' }, { label: s.label })
                  : i18n._({ id: 'chart.legend-show', message: 'Show {label}' }, { label: s.label })
              }
              onClick={() => onToggle(s.key)}
              onPointerEnter={() => visible && onHighlight(s.key)}
              onPointerLeave={() => onHighlight(null)}
              onFocus={() => visible && onHighlight(s.key)}
              onBlur={() => onHighlight(null)}
            >
              <svg
                className="swatch"
                viewBox="0 0 12 12"
                data-hidden={visible ? undefined : ''}
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  x={1}
                  y={1}
                  width={10}
                  height={10}
                  rx={2}
                  fill={visible ? colour(s.key) : 'none'}
                  stroke={colour(s.key)}
                  strokeWidth={2}
                />
              </svg>
              <span className="legend-label">{s.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
