import { useId, useState, type FormEvent } from 'react';
import { DATASETS, type ChartSpec } from '../spec';
import { i18n } from '../i18n/i18n';
import { formatPeriod } from './period-format';
import { useDatasetPeriods } from './dataset-periods';
import { checkPeriodInput, rangeIndices } from './periods';
import { RangeSlider } from './RangeSlider';
import { withRange } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

interface TimeRangeProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** The period shown: a two-handle slider over the dataset's periods and typed start/end, in step. */
export function TimeRange({ spec, onChange }: TimeRangeProps) {
  const periods = useDatasetPeriods(spec.dataset);
  const [fromIndex, toIndex] = rangeIndices(periods, spec.from, spec.to);
  const from = periods[fromIndex] ?? spec.from;
  const to = periods[toIndex] ?? spec.to;
  return (
    <div className="time-range">
      <RangeSlider
        periods={periods}
        value={[fromIndex, toIndex]}
        monthly={DATASETS[spec.dataset].freq === 'M'}
        formatPeriod={formatPeriod}
        onChange={([start, end], mode) =>
          onChange(withRange(spec, periods[start] ?? from, periods[end] ?? to), mode)
        }
      />
      {/* Keyed by the bounds: a change from the slider or the URL resets what is typed. */}
      <PeriodInputs
        key={`${from}-${to}`}
        spec={spec}
        from={from}
        to={to}
        periods={periods}
        onChange={onChange}
      />
    </div>
  );
}

interface PeriodInputsProps extends TimeRangeProps {
  from: string;
  to: string;
  periods: readonly string[];
}

function PeriodInputs({ spec, from, to, periods, onChange }: PeriodInputsProps) {
  const [draft, setDraft] = useState({ from, to });
  // Which field is wrong is kept apart from the words, which differ by language.
  const [error, setError] = useState<{ which: 'start' | 'end' | 'both'; text: string } | null>(null);
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    const start = checkPeriodInput(draft.from, spec, periods);
    const end = checkPeriodInput(draft.to, spec, periods);
    if (!start.ok)
      return setError({
        which: 'start',
        text: i18n._({ id: 'range.start-error', message: 'Start: {error}' }, { error: start.message }),
      });
    if (!end.ok)
      return setError({
        which: 'end',
        text: i18n._({ id: 'range.end-error', message: 'End: {error}' }, { error: end.message }),
      });
    if (start.period > end.period)
      return setError({
        which: 'both',
        text: i18n._({ id: 'range.order', message: 'The start must not be after the end.' }),
      });
    setError(null);
    if (start.period !== from || end.period !== to) onChange(withRange(spec, start.period, end.period));
  };
  const invalid = (which: 'start' | 'end') =>
    error !== null && (error.which === which || error.which === 'both');
  return (
    <form className="period-inputs" onSubmit={commit} noValidate>
      <label htmlFor={fromId}>{i18n._({ id: 'range.from', message: 'From' })}</label>
      <input
        id={fromId}
        value={draft.from}
        inputMode="numeric"
        size={8}
        aria-invalid={invalid('start')}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <label htmlFor={toId}>{i18n._({ id: 'range.to', message: 'to' })}</label>
      <input
        id={toId}
        value={draft.to}
        inputMode="numeric"
        size={8}
        aria-invalid={invalid('end')}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <button type="submit" className="small-button">
        {i18n._({ id: 'range.set', message: 'Set' })}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error.text}{' '}
          {i18n._(
            { id: 'range.still', message: 'Still showing {from} to {to}.' },
            { from: formatPeriod(from), to: formatPeriod(to) },
          )}
        </p>
      )}
    </form>
  );
}
