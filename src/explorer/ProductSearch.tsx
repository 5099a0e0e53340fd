import { useDeferredValue, useId, useMemo, useState } from 'react';
import { searchProducts, type SearchEntry } from '../data/search';
import type { ProductSelector } from '../spec';
import { useProductIndex } from './explorer-data';

interface ProductSearchProps {
  isSelected: (product: ProductSelector) => boolean;
  onAdd: (product: ProductSelector) => void;
}

const KIND_LABELS = { hs2: 'Chapter', hs4: 'Heading', hs6: 'HS6' } as const;

export function selectorOf(entry: SearchEntry): ProductSelector {
  return { kind: entry.kind, code: entry.code };
}

/** Search every HS6 product, heading and chapter by code prefix or by words of its name. */
export function ProductSearch({ isSelected, onAdd }: ProductSearchProps) {
  const [query, setQuery] = useState('');
  // products.csv is fetched the first time the reader focuses or types in the box, not with the page.
  const [wanted, setWanted] = useState(false);
  const { index, error, refetch } = useProductIndex(wanted);
  const deferred = useDeferredValue(query);
  const result = useMemo(() => (index ? searchProducts(index, deferred) : undefined), [index, deferred]);
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="product-search">
      <label htmlFor={inputId}>Search all products</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. lathes, 8542, bearings"
        aria-describedby={hintId}
        autoComplete="off"
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          setWanted(true);
          setQuery(e.target.value);
        }}
      />
      <p id={hintId} className="hint">
        By HS code (start of a code: 85, 8542, 854231) or by words in the product name.
      </p>
      {error ? (
        <div className="load-error" role="alert">
          <p>Could not load the product names (products.csv): {error.message}</p>
          <button type="button" onClick={refetch}>
            Retry
          </button>
        </div>
      ) : wanted && !index ? (
        <p className="muted" role="status">
          Loading product names…
        </p>
      ) : null}
      {result && query.trim() !== '' && (
        <>
          <p className="muted" aria-live="polite">
            {result.total === 0
              ? 'No product matches.'
              : `${result.total} match${result.total === 1 ? '' : 'es'}${result.total > result.matches.length ? `, first ${result.matches.length} shown` : ''}`}
          </p>
          <ul className="search-results">
            {result.matches.map((entry) => (
              <SearchHit
                key={`${entry.kind}-${entry.code}`}
                entry={entry}
                added={isSelected(selectorOf(entry))}
                onAdd={onAdd}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SearchHit({
  entry,
  added,
  onAdd,
}: {
  entry: SearchEntry;
  added: boolean;
  onAdd: (p: ProductSelector) => void;
}) {
  return (
    <li data-code={entry.code}>
      <span className="hit-text">
        <span className="kind">{KIND_LABELS[entry.kind]}</span> <code>{entry.code}</code> {entry.name}
        {entry.tier && <span className="tier-badge"> CHPL tier {entry.tier}</span>}
      </span>
      <button
        type="button"
        className="small-button"
        disabled={added}
        aria-label={added ? `${entry.code} added` : `Add ${KIND_LABELS[entry.kind]} ${entry.code}`}
        onClick={() => onAdd(selectorOf(entry))}
      >
        {added ? 'Added' : 'Add'}
      </button>
    </li>
  );
}
