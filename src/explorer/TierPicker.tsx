import { TIER_DESCRIPTIONS } from '../charts/chpl-tiers/tiers';
import { TIER_COLOURS } from '../charts/chpl-tiers/definition';
import type { ChplTier } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';

interface TierPickerProps {
  selected: readonly ChplTier[];
  onChange: (tiers: ChplTier[]) => void;
}

export function TierPicker({ selected, onChange }: TierPickerProps) {
  const toggle = (tier: ChplTier, on: boolean) =>
    onChange(TIER_ORDER.filter((t) => (t === tier ? on : selected.includes(t))));
  return (
    <fieldset className="tier-picker">
      <legend>Tiers shown</legend>
      {TIER_ORDER.map((tier) => (
        <label key={tier}>
          <input
            type="checkbox"
            checked={selected.includes(tier)}
            onChange={(e) => toggle(tier, e.target.checked)}
          />
          <span className="swatch" style={{ background: TIER_COLOURS.get(tier)?.line }} aria-hidden="true" />
          <span>
            <span className="tier-name">Tier {tier}</span>{' '}
            <span className="tier-description">{TIER_DESCRIPTIONS[tier]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
