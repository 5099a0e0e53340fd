import { useState } from 'react';
import { i18n } from '../i18n/i18n';
import { DATASETS, MAX_SERIES, productKey, type ChartSpec, type ProductSelector } from '../spec';
import { BiggestMovers } from './BiggestMovers';
import { Chips } from './Chips';
import { ComparableBasis } from './ComparableBasis';
import { useCodeNames, useTierCodes } from './explorer-data';
import { productLabel } from './product-labels';
import { ProductSearch } from './ProductSearch';
import { addProduct, hasProduct, removeProduct } from './spec-edits';
import { TierList } from './TierList';
import type { SpecChange } from './useExplorerSpec';

interface ProductPickerProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

// Read at render, in the language then active.
const capMessage = () =>
  i18n._(
    { id: 'products.cap', message: 'A chart shows at most {max} series: remove one before adding another.' },
    { max: MAX_SERIES },
  );
const groups = (): readonly { product: ProductSelector; label: string }[] => [
  {
    product: { kind: 'chpl-all' },
    label: i18n._({ id: 'products.chpl-all', message: 'All CHPL goods (the 50 codes together)' }),
  },
  { product: { kind: 'total' }, label: i18n._({ id: 'products.total', message: 'All goods' }) },
];

/**
 * Products of a BACI chart: CHPL tiers and their codes, all CHPL goods, all goods, any HS code by search. For the
 * monthly CHPL data: the tiers, their HS 2022 codes and all CHPL goods only.
 */
export function ProductPicker({ spec, onChange }: ProductPickerProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [moversOpen, setMoversOpen] = useState(false);
  const { hs2022 = false, productKinds, breakdowns } = DATASETS[spec.dataset];
  const codes = useTierCodes(hs2022);
  const names = useCodeNames();
  const isSelected = (product: ProductSelector) => hasProduct(spec, product);
  const add = (product: ProductSelector) => {
    const result = addProduct(spec, product);
    if (result.ok) {
      setMessage(null);
      onChange(result.spec);
    } else if (result.reason === 'cap') setMessage(capMessage());
  };
  const remove = (key: string) => {
    setMessage(null);
    if (spec.products.length <= 1)
      return setMessage(
        i18n._({ id: 'products.last', message: 'A chart needs at least one product: add another first.' }),
      );
    onChange(removeProduct(spec, key));
  };
  const toggle = (product: ProductSelector, on: boolean) => (on ? add(product) : remove(productKey(product)));
  const flow = spec.flow;
  return (
    <div className="product-picker">
      <Chips
        label={i18n._({ id: 'products.shown', message: 'Series shown' })}
        items={spec.products.map((product) => ({
          key: productKey(product),
          label: productLabel(product, names),
        }))}
        max={MAX_SERIES}
        onRemove={remove}
      />
      <p role="alert" className={message ? 'picker-message' : 'visually-hidden'}>
        {message}
      </p>
      <fieldset>
        <legend>{i18n._({ id: 'products.tiers', message: 'CHPL tiers' })}</legend>
        <TierList codes={codes} isSelected={isSelected} onToggle={toggle} />
      </fieldset>
      <fieldset>
        <legend>{i18n._({ id: 'products.groups', message: 'Groups' })}</legend>
        {groups()
          .filter(({ product }) => productKinds.includes(product.kind))
          .map(({ product, label }) => (
            <label key={productKey(product)} className="check">
              <input
                type="checkbox"
                checked={isSelected(product)}
                onChange={(e) => toggle(product, e.target.checked)}
              />
              <span>{label}</span>
            </label>
          ))}
      </fieldset>
      <ComparableBasis spec={spec} onChange={onChange} />
      {/* Search and movers read BACI's full HS tables: only for data that can show any HS code. */}
      {productKinds.includes('hs2') && <ProductSearch isSelected={isSelected} onAdd={add} />}
      {flow.kind === 'bilateral' && !hs2022 && breakdowns.includes('hs6') && (
        <details className="movers-panel" onToggle={(e) => setMoversOpen(e.currentTarget.open)}>
          <summary>{i18n._({ id: 'movers.title', message: 'Biggest movers' })}</summary>
          {moversOpen && (
            <BiggestMovers
              exporter={flow.exporter}
              importer={flow.importer}
              isSelected={isSelected}
              onAdd={add}
            />
          )}
        </details>
      )}
    </div>
  );
}
