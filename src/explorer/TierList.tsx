import { useId, useState } from 'react';
import { tierName } from '../charts/chpl-tiers/tier-names';
import type { ChplTier } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';
import { i18n } from '../i18n/i18n';
import type { ProductSelector } from '../spec';
import type { TierCode } from './tier-codes';

interface TierListProps {
  codes: ReadonlyMap<ChplTier, TierCode[]> | undefined;
  isSelected: (product: ProductSelector) => boolean;
  onToggle: (product: ProductSelector, on: boolean) => void;
}

/** The six CHPL tiers, each one series, and each expandable to pick its HS codes one by one. */
export function TierList({ codes, isSelected, onToggle }: TierListProps) {
  return (
    <ul className="tier-list">
      {TIER_ORDER.map((tier) => (
        <TierItem
          key={tier}
          tier={tier}
          codes={codes?.get(tier)}
          isSelected={isSelected}
          onToggle={onToggle}
        />
      ))}
    </ul>
  );
}

interface TierItemProps extends Omit<TierListProps, 'codes'> {
  tier: ChplTier;
  codes: TierCode[] | undefined;
}

function TierItem({ tier, codes, isSelected, onToggle }: TierItemProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const product: ProductSelector = { kind: 'tier', tier };
  const selected = isSelected(product);
  return (
    <li className="tier-item">
      <div className="tier-row">
        <label className="check">
          <input type="checkbox" checked={selected} onChange={(e) => onToggle(product, e.target.checked)} />
          <span>
            <span className="tier-name">
              {i18n._({ id: 'tiers.tier', message: 'Tier {tier}' }, { tier })}
            </span>{' '}
            <span className="muted">{tierName(tier)}</span>
          </span>
        </label>
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open
            ? i18n._({ id: 'tiers.hide-codes', message: 'Hide codes' })
            : codes
              ? i18n._({ id: 'tiers.codes-n', message: 'Codes ({count})' }, { count: codes.length })
              : i18n._({ id: 'tiers.codes', message: 'Codes' })}
          <span className="visually-hidden">
            {' '}
            {i18n._({ id: 'tiers.of-tier', message: 'of tier {tier}' }, { tier })}
          </span>
        </button>
      </div>
      {open && (
        <ul
          id={listId}
          className="code-list"
          aria-label={i18n._({ id: 'tiers.codes-in', message: 'HS codes in tier {tier}' }, { tier })}
        >
          {codes === undefined ? (
            <li className="muted">{i18n._({ id: 'tiers.loading', message: 'Loading the CHPL codes…' })}</li>
          ) : (
            codes.map((code) => (
              <TierCodeItem key={code.hs6} code={code} isSelected={isSelected} onToggle={onToggle} />
            ))
          )}
        </ul>
      )}
    </li>
  );
}

function TierCodeItem({ code, isSelected, onToggle }: Omit<TierListProps, 'codes'> & { code: TierCode }) {
  const product: ProductSelector = { kind: 'hs6', code: code.hs6 };
  return (
    <li data-hs6={code.hs6}>
      <label className="check">
        <input
          type="checkbox"
          checked={isSelected(product)}
          onChange={(e) => onToggle(product, e.target.checked)}
        />
        <span>
          <code>{code.hs6}</code> {code.name}
          {code.match === 'approximate' && (
            <span className="approx" title={code.note}>
              {' '}
              (≈ HS 2022 {code.hs6_2022.join(', ')}: {code.note})
            </span>
          )}
        </span>
      </label>
    </li>
  );
}
