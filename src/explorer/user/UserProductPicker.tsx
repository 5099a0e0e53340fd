import { useMemo, useState } from 'react';
import { DATASETS, MAX_SERIES, productKey, type ChartSpec, type ProductSelector } from '../../spec';
import { productFacts } from '../../query/user/facts';
import { i18n } from '../../i18n/i18n';
import { Chips } from '../Chips';
import { useCodeNames } from '../explorer-data';
import { productLabel } from '../product-labels';
import { addProduct, hasProduct, removeProduct } from '../spec-edits';
import type { SpecChange } from '../useExplorerSpec';
import { useUserChoices } from './useUserChoices';

interface UserProductPickerProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** Codes listed for picking: the largest of the flow; more would be a wall of checkboxes. */
const CODES_LISTED = 30;
const capMessage = () =>
  i18n._(
    { id: 'products.cap', message: 'A chart shows at most {max} series: remove one before adding another.' },
    { max: MAX_SERIES },
  );

/** The products of the reader's file for the chosen flow: its CHPL tiers, all its CHPL goods, totals, codes. */
export function UserProductPicker({ spec, onChange }: UserProductPickerProps) {
  const choices = useUserChoices();
  const names = useCodeNames();
  const [message, setMessage] = useState<string | null>(null);
  const pair = spec.flow.kind === 'bilateral' ? `${spec.flow.exporter}-${spec.flow.importer}` : '';
  const { freq } = DATASETS[spec.dataset];
  const facts = useMemo(
    () => (choices ? productFacts(choices.file, pair, freq, choices.concordance) : null),
    [choices, pair, freq],
  );
  if (!facts)
    return <p className="hint">{i18n._({ id: 'user.loading', message: 'Loading your file’s products…' })}</p>;
  const toggle = (product: ProductSelector, on: boolean) => {
    if (on) {
      const result = addProduct(spec, product);
      if (result.ok) {
        setMessage(null);
        onChange(result.spec);
      } else if (result.reason === 'cap') setMessage(capMessage());
      return;
    }
    if (spec.products.length <= 1)
      return setMessage(
        i18n._({ id: 'products.last', message: 'A chart needs at least one product: add another first.' }),
      );
    setMessage(null);
    onChange(removeProduct(spec, productKey(product)));
  };
  const groups: ProductSelector[] = [
    ...(facts.hasChpl ? [{ kind: 'chpl-all' } as const] : []),
    ...facts.tiers.map((tier): ProductSelector => ({ kind: 'tier', tier })),
    ...(facts.hasTotal ? [{ kind: 'total' } as const] : []),
  ];
  const codes = facts.codes.slice(0, CODES_LISTED).map((code): ProductSelector => ({ kind: 'hs6', code }));
  const box = (product: ProductSelector) => (
    <label key={productKey(product)} className="check">
      <input
        type="checkbox"
        checked={hasProduct(spec, product)}
        onChange={(event) => toggle(product, event.target.checked)}
      />
      <span>
        {product.kind === 'total'
          ? i18n._({ id: 'user.total', message: 'All goods (your file’s total rows)' })
          : productLabel(product, names)}
      </span>
    </label>
  );
  return (
    <div className="product-picker user-products">
      <Chips
        label={i18n._({ id: 'products.shown', message: 'Series shown' })}
        items={spec.products.map((product) => ({
          key: productKey(product),
          label: productLabel(product, names),
        }))}
        max={MAX_SERIES}
        onRemove={(key) => {
          const product = spec.products.find((p) => productKey(p) === key);
          if (product) toggle(product, false);
        }}
      />
      <p role="alert" className={message ? 'picker-message' : 'visually-hidden'}>
        {message}
      </p>
      {groups.length > 0 && (
        <fieldset>
          <legend>{i18n._({ id: 'user.groups', message: 'CHPL goods and totals in your file' })}</legend>
          {groups.map(box)}
        </fieldset>
      )}
      {codes.length > 0 && (
        <fieldset>
          <legend>
            {facts.codes.length > CODES_LISTED
              ? i18n._(
                  { id: 'user.codes-largest', message: 'HS codes in your file (largest {shown} of {count})' },
                  { shown: CODES_LISTED, count: facts.codes.length },
                )
              : i18n._({ id: 'user.codes', message: 'HS codes in your file' })}
          </legend>
          {codes.map(box)}
        </fieldset>
      )}
      {groups.length === 0 && codes.length === 0 && (
        <p className="hint">
          {i18n._({ id: 'user.no-rows', message: 'Your file has no rows for this flow at this frequency.' })}
        </p>
      )}
    </div>
  );
}
