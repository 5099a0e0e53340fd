import { useId } from 'react';
import { TIER_DESCRIPTIONS } from '../charts/chpl-tiers/tiers';
import { TIER_ORDER } from '../data/tiers';
import { productKey, type ChartSpec, type ProductSelector } from '../spec';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

const GOODS: readonly { product: ProductSelector; label: string }[] = [
  { product: { kind: 'chpl-all' }, label: 'All CHPL goods' },
  ...TIER_ORDER.map((tier) => ({
    product: { kind: 'tier', tier } as const,
    label: `Tier ${tier}: ${TIER_DESCRIPTIONS[tier]}`,
  })),
];

/** One series per partner needs one kind of goods: all CHPL codes or one tier (a link may hold more). */
export function PartnerGoods({ spec, onChange }: { spec: ChartSpec; onChange: SpecChange }) {
  const id = useId();
  const only = spec.products.length === 1 ? productKey(spec.products[0]!) : '';
  return (
    <div className="sub-control partner-goods">
      <label htmlFor={id}>Goods</label>
      <select
        id={id}
        value={only}
        onChange={(e) => {
          const choice = GOODS.find(({ product }) => productKey(product) === e.target.value);
          if (choice) onChange(applyEdit(spec, { products: [choice.product] }));
        }}
      >
        {only === '' && <option value="">Several (from the link)</option>}
        {GOODS.map(({ product, label }) => (
          <option key={productKey(product)} value={productKey(product)}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
