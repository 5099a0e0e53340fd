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
        {label} ({items.length} of at most {max})
      </p>
      <ul aria-label={label}>
        {items.map((item) => (
          <li key={item.key} className="chip" title={item.label} data-key={item.key}>
            <span>{shortLabel(item.label)}</span>
            <button
              type="button"
              aria-label={`Remove ${item.label}`}
              disabled={last}
              title={last ? 'A chart needs at least one series' : `Remove ${item.label}`}
              onClick={() => onRemove(item.key)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
