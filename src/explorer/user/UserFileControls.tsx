import { useId } from 'react';
import { Link } from '@tanstack/react-router';
import { DATASETS, type ChartSpec } from '../../spec';
import { applyEdit } from '../spec-edits';
import type { SpecChange } from '../useExplorerSpec';
import { useUserChoices } from './useUserChoices';
import './user.css';

const rowCount = (rows: number) => `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`;

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
        Flow in your file
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
        <span>Compare with built-in data</span>
      </label>
      <p id={hintId} className="hint">
        {freq === 'A'
          ? 'Adds BACI’s series for the same flow, products and years, each labelled with its source.'
          : 'Adds UN Comtrade’s monthly series for the same flow and products, where the built-in data have them.'}
      </p>
      <p className="hint">
        <Link to="/import">Import another file</Link>
      </p>
    </div>
  );
}
