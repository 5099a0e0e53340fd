import { useDeferredValue, useId, useMemo, useState } from 'react';
import { searchProducts, type SearchEntry } from '../data/search';
import { i18n } from '../i18n/i18n';
import type { ProductSelector } from '../spec';
import { useProductIndex } from './explorer-data';

interface ProductSearchProps {
  isSelected: (product: ProductSelector) => boolean;
  onAdd: (product: ProductSelector) => void;
}

// Read at render, in the language then active.
const KIND_LABELS = {
  hs2: () => i18n._({ id: 'search.chapter', message: 'Chapter' }),
  hs4: () => i18n._({ id: 'search.heading', message: 'Heading' }),
  hs6: () => 'HS6',
} as const;

/** "No product matches." / "3 matches" / "120 matches, first 50 shown": one whole sentence per shape. */
function matchCount(total: number, shown: number): string {
  if (total === 0) return i18n._({ id: 'search.none', message: 'No product matches.' });
  if (total === 1) return i18n._({ id: 'search.one', message: '1 match' });
  if (total > shown)
    return i18n._({ id: 'search.first', message: '{total} matches, first {shown} shown' }, { total, shown });
  return i18n._({ id: 'search.many', message: '{total} matches' }, { total });
}

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
      <label htmlFor={inputId}>{i18n._({ id: 'search.label', message: 'Search all products' })}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={i18n._({ id: 'search.placeholder', message: 'e.g. lathes, 8542, bearings' })}
        aria-describedby={hintId}
        autoComplete="off"
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          setWanted(true);
          setQuery(e.target.value);
        }}
      />
      <p id={hintId} className="hint">
        {i18n._({
          id: 'search.hint',
          message: 'By HS code (start of a code: 85, 8542, 854231) or by words in the product name.',
        })}
      </p>
      {error ? (
        <div className="load-error" role="alert">
          <p>
            {i18n._(
              { id: 'search.error', message: 'Could not load the product names (products.csv): {error}' },
              { error: error.message },
            )}
          </p>
          <button type="button" onClick={refetch}>
            {i18n._({ id: 'explorer.retry', message: 'Retry' })}
          </button>
        </div>
      ) : wanted && !index ? (
        <p className="muted" role="status">
          {i18n._({ id: 'search.loading', message: 'Loading product names…' })}
        </p>
      ) : null}
      {result && query.trim() !== '' && (
        <>
          <p className="muted" aria-live="polite">
            {matchCount(result.total, result.matches.length)}
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
        <span className="kind">{KIND_LABELS[entry.kind]()}</span> <code>{entry.code}</code> {entry.name}
        {entry.tier && (
          <span className="tier-badge">
            {' '}
            {i18n._({ id: 'search.tier', message: 'CHPL tier {tier}' }, { tier: entry.tier })}
          </span>
        )}
      </span>
      <button
        type="button"
        className="small-button"
        disabled={added}
        aria-label={
          added
            ? i18n._({ id: 'explorer.code-added', message: '{code} added' }, { code: entry.code })
            : i18n._(
                { id: 'search.add', message: 'Add {kind} {code}' },
                { kind: KIND_LABELS[entry.kind](), code: entry.code },
              )
        }
        onClick={() => onAdd(selectorOf(entry))}
      >
        {added
          ? i18n._({ id: 'explorer.added', message: 'Added' })
          : i18n._({ id: 'explorer.add', message: 'Add' })}
      </button>
    </li>
  );
}
