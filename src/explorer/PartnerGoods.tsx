import { useId } from 'react';
import { tierName } from '../charts/chpl-tiers/tier-names';
import { TIER_ORDER } from '../data/tiers';
import { i18n } from '../i18n/i18n';
import { productKey, type ChartSpec, type ProductSelector } from '../spec';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

// Read at render, in the language then active.
const goods = (): readonly { product: ProductSelector; label: string }[] => [
  { product: { kind: 'chpl-all' }, label: i18n._({ id: 'goods.chpl-all', message: 'All CHPL goods' }) },
  ...TIER_ORDER.map((tier) => ({
    product: { kind: 'tier', tier } as const,
    label: i18n._(
      { id: 'goods.tier', message: 'Tier {tier}: {description}' },
      { tier, description: tierName(tier) },
    ),
  })),
];

/** One series per partner needs one kind of goods: all CHPL codes or one tier (a link may hold more). */
export function PartnerGoods({ spec, onChange }: { spec: ChartSpec; onChange: SpecChange }) {
  const id = useId();
  const GOODS = goods();
  const only = spec.products.length === 1 ? productKey(spec.products[0]!) : '';
  return (
    <div className="sub-control partner-goods">
      <label htmlFor={id}>{i18n._({ id: 'goods.label', message: 'Goods' })}</label>
      <select
        id={id}
        value={only}
        onChange={(e) => {
          const choice = GOODS.find(({ product }) => productKey(product) === e.target.value);
          if (choice) onChange(applyEdit(spec, { products: [choice.product] }));
        }}
      >
        {only === '' && (
          <option value="">{i18n._({ id: 'goods.several', message: 'Several (from the link)' })}</option>
        )}
        {GOODS.map(({ product, label }) => (
          <option key={productKey(product)} value={productKey(product)}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
