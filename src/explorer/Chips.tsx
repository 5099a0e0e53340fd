import { i18n } from '../i18n/i18n';
import { shortLabel } from './product-labels';

export interface ChipItem {
  key: string;
  label: string;
}

interface ChipsProps {
  label: string;
  items: readonly ChipItem[];
  max: number;
  onRemove: (key: string) => void;
}

/** The chosen series as removable chips; the last one stays (a chart needs one series) and says why. */
export function Chips({ label, items, max, onRemove }: ChipsProps) {
  const last = items.length <= 1;
  return (
    <div className="chips">
      <p className="chips-label">
        {i18n._(
          { id: 'explorer.chips-count', message: '{label} ({count} of at most {max})' },
          { label, count: items.length, max },
        )}
      </p>
      <ul aria-label={label}>
        {items.map((item) => {
          const remove = i18n._(
            { id: 'explorer.chip-remove', message: 'Remove {name}' },
            { name: item.label },
          );
          return (
            <li key={item.key} className="chip" title={item.label} data-key={item.key}>
              <span>{shortLabel(item.label)}</span>
              <button
                type="button"
                aria-label={remove}
                disabled={last}
                title={
                  last
                    ? i18n._({ id: 'explorer.chip-last', message: 'A chart needs at least one series' })
                    : remove
                }
                onClick={() => onRemove(item.key)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
