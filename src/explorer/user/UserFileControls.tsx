import { useId } from 'react';
import { Link } from '@tanstack/react-router';
import { DATASETS, type ChartSpec } from '../../spec';
import { activeIntlLocale, i18n } from '../../i18n/i18n';
import { applyEdit } from '../spec-edits';
import type { SpecChange } from '../useExplorerSpec';
import { useUserChoices } from './useUserChoices';
import './user.css';

const rowCount = (count: number) => {
  const rows = count.toLocaleString(activeIntlLocale());
  return count === 1
    ? i18n._({ id: 'user.row', message: '{rows} row' }, { rows })
    : i18n._({ id: 'user.rows', message: '{rows} rows' }, { rows });
};

interface UserFileControlsProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** For a chart of the reader's file: which of its exporter -> importer flows, and the built-in data beside it. */
export function UserFileControls({ spec, onChange }: UserFileControlsProps) {
  const choices = useUserChoices();
  const selectId = useId();
  const hintId = useId();
  if (!choices || spec.flow.kind !== 'bilateral') return null;
  const { facts } = choices;
  const { freq } = DATASETS[spec.dataset];
  const pairs = facts.pairs.filter((p) => (freq === 'A' ? p.annualRows : p.monthlyRows) > 0);
  const current = `${spec.flow.exporter}-${spec.flow.importer}`;
  const choosePair = (pair: string) => {
    const next = choices.start({ pair, freq });
    if (next) onChange(spec.compare ? applyEdit(next, { compare: true }) : next);
  };
  const setCompare = (on: boolean) => {
    const { compare: _off, ...rest } = spec;
    onChange(on ? applyEdit(rest, { compare: true }) : rest);
  };
  return (
    <div className="user-file-controls">
      <label htmlFor={selectId} className="block-label">
        {i18n._({ id: 'user.flow', message: 'Flow in your file' })}
      </label>
      <select id={selectId} value={current} onChange={(event) => choosePair(event.target.value)}>
        {pairs.some((p) => p.key === current) ? null : (
          <option value={current}>{current.replace('-', ' → ')}</option>
        )}
        {pairs.map((p) => (
          <option key={p.key} value={p.key}>
            {p.exporter} → {p.importer} ({rowCount(freq === 'A' ? p.annualRows : p.monthlyRows)})
          </option>
        ))}
      </select>
      <label className="check compare-toggle">
        <input
          type="checkbox"
          checked={spec.compare === true}
          aria-describedby={hintId}
          onChange={(event) => setCompare(event.target.checked)}
        />
        <span>{i18n._({ id: 'user.compare', message: 'Compare with built-in data' })}</span>
      </label>
      <p id={hintId} className="hint">
        {freq === 'A'
          ? i18n._({
              id: 'user.compare-a',
              message:
                'Adds BACI’s series for the same flow, products and years, each labelled with its source.',
            })
          : i18n._({
              id: 'user.compare-m',
              message:
                'Adds UN Comtrade’s monthly series for the same flow and products, where the built-in data have them.',
            })}
      </p>
      <p className="hint">
        <Link to="/import">{i18n._({ id: 'user.another', message: 'Import another file' })}</Link>
      </p>
    </div>
  );
}
