import { useId, useMemo, useState } from 'react';
import { useFlows, useTable } from '../figure/load/queries';
import { DATA_FILES } from '../data/files';
import { i18n } from '../i18n/i18n';
import { DATASETS, defaultSpecFor, MAX_SERIES, type ChartSpec, type Flow } from '../spec';
import { Chips } from './Chips';
import { filterPartners, partnerOptions, partnersWithData } from './partner-options';
import { addPartner, removePartner } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

type PartnerFlow = Extract<Flow, { kind: 'partners' }>;

interface PartnerPickerProps {
  spec: ChartSpec;
  flow: PartnerFlow;
  onChange: SpecChange;
}

const SHOWN = 12;

/** One series per partner: the dataset's usual partners, plus any other with data, found by name or code. */
export function PartnerPicker({ spec, flow, onChange }: PartnerPickerProps) {
  // The partners a partner flow can add are those of its dataset's file (the IMF's when it has none of its own).
  const { rows } = DATASETS[spec.dataset];
  const file = rows === 'baci-split' ? DATA_FILES.imfRussiaPartners : rows.file;
  const flows = useFlows(file);
  const partners = useTable(DATA_FILES.partners, 'partners');
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const inputId = useId();
  const options = useMemo(
    () =>
      flows.data && partners.data
        ? partnerOptions(partnersWithData(flows.data.rows, flow), partners.data.rows)
        : [],
    [flows.data, partners.data, flow],
  );
  const nameOf = new Map(options.map((option) => [option.code, option.name]));
  const add = (code: string) => {
    const result = addPartner(spec, code);
    if (result.ok) {
      setMessage(null);
      onChange(result.spec);
    } else if (result.reason === 'cap')
      setMessage(
        i18n._(
          { id: 'partners.cap', message: 'A chart shows at most {max} partners: remove one first.' },
          { max: MAX_SERIES },
        ),
      );
  };
  const remove = (code: string) => onChange(removePartner(spec, code));
  const usual = (defaultSpecFor(spec.dataset).flow as PartnerFlow).partners.filter(
    (c) => !flow.partners.includes(c),
  );
  const matches = filterPartners(options, query).filter((option) => !flow.partners.includes(option.code));
  return (
    <div className="partner-picker">
      <Chips
        label={i18n._({ id: 'partners.shown', message: 'Partners shown' })}
        items={flow.partners.map((code) => ({ key: code, label: nameOf.get(code) ?? code }))}
        max={MAX_SERIES}
        onRemove={remove}
      />
      <p role="alert" className={message ? 'picker-message' : 'visually-hidden'}>
        {message}
      </p>
      {usual.length > 0 && (
        <div className="quick-add">
          <p className="chips-label">{i18n._({ id: 'partners.usual', message: 'Usual partners' })}</p>
          {usual.map((code) => (
            <button key={code} type="button" className="small-button" onClick={() => add(code)}>
              + {nameOf.get(code) ?? code}
            </button>
          ))}
        </div>
      )}
      <label htmlFor={inputId}>{i18n._({ id: 'partners.find', message: 'Find another partner' })}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={i18n._({ id: 'partners.placeholder', message: 'e.g. India, Serbia, CHN' })}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && (
        <ul className="search-results">
          {matches.length === 0 && (
            <li className="muted">
              {i18n._({ id: 'partners.none', message: 'No partner with data matches.' })}
            </li>
          )}
          {matches.slice(0, SHOWN).map((option) => (
            <li key={option.code}>
              <span className="hit-text">
                {option.name} <code translate="no">{option.code}</code>
              </span>
              <button
                type="button"
                className="small-button"
                aria-label={i18n._({ id: 'explorer.add-name', message: 'Add {name}' }, { name: option.name })}
                onClick={() => add(option.code)}
              >
                {i18n._({ id: 'explorer.add', message: 'Add' })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
