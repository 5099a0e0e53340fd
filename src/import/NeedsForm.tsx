import { useId, useState, type FormEvent } from 'react';
import type { Currency } from '../data/schema';
import { i18n } from '../i18n/i18n';
import type { FlowDirection, ImportNeed } from '../data/importers/types';
import type { ReaderOptions } from './protocol';
import { checkPeriod, needsSentence } from './words';

interface NeedsFormProps {
  needs: readonly ImportNeed[];
  /** What the reader answered last time, if the file was read with answers already. */
  initial: ReaderOptions;
  onSubmit: (options: ReaderOptions) => void;
}

/** Asks only what the file does not say: its period, whether it lists exports or imports, its currency. */
export function NeedsForm({ needs, initial, onSubmit }: NeedsFormProps) {
  const [period, setPeriod] = useState(initial.period ?? '');
  const [flow, setFlow] = useState<FlowDirection | ''>(initial.flow ?? '');
  const [currency, setCurrency] = useState<Currency | ''>(initial.currencyHint ?? '');
  const [errors, setErrors] = useState<Partial<Record<ImportNeed, string>>>({});
  const periodId = useId();
  const periodError = useId();
  const asks = (need: ImportNeed) => needs.includes(need);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<ImportNeed, string>> = {};
    const options: ReaderOptions = { ...initial };
    if (asks('period')) {
      const checked = checkPeriod(period);
      if (checked.ok) options.period = checked.period;
      else found.period = checked.message;
    }
    if (asks('flow')) {
      if (flow) options.flow = flow;
      else found.flow = i18n._({ id: 'import.choose-flow', message: 'Choose exports or imports.' });
    }
    if (asks('currency')) {
      if (currency === 'USD' || currency === 'CNY') options.currencyHint = currency;
      else found.currency = i18n._({ id: 'import.choose-currency', message: 'Choose US dollars or yuan.' });
    }
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(options);
  };

  return (
    <form className="needs-form" onSubmit={submit} noValidate aria-labelledby={`${periodId}-title`}>
      <h2 id={`${periodId}-title`}>
        {i18n._({ id: 'import.needs-title', message: 'What the file does not say' })}
      </h2>
      <p>{needsSentence(needs)}</p>
      {asks('period') && (
        <div className="needs-field">
          <label htmlFor={periodId}>
            {i18n._({ id: 'import.period-label', message: 'Period of the whole file' })}
          </label>
          <input
            id={periodId}
            name="period"
            value={period}
            inputMode="numeric"
            placeholder={i18n._({ id: 'import.period-placeholder', message: '2023 or 2023-04' })}
            size={14}
            aria-invalid={errors.period ? true : undefined}
            aria-describedby={errors.period ? periodError : undefined}
            onChange={(event) => setPeriod(event.target.value)}
          />
          <p className="hint">
            {i18n._({
              id: 'import.period-hint',
              message: 'A year (YYYY) for a yearly query, a month (YYYY-MM) for one month.',
            })}
          </p>
          {errors.period && (
            <p id={periodError} className="field-error" role="alert">
              {errors.period}
            </p>
          )}
        </div>
      )}
      {asks('flow') && (
        <fieldset className="needs-field">
          <legend>{i18n._({ id: 'import.flow-legend', message: 'The file lists China’s' })}</legend>
          {(['exports', 'imports'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="flow"
                value={value}
                checked={flow === value}
                onChange={() => setFlow(value)}
              />
              <span>
                {value === 'exports'
                  ? i18n._({ id: 'import.exports', message: 'exports' })
                  : i18n._({ id: 'import.imports', message: 'imports' })}
              </span>
            </label>
          ))}
          {errors.flow && (
            <p className="field-error" role="alert">
              {errors.flow}
            </p>
          )}
        </fieldset>
      )}
      {asks('currency') && (
        <fieldset className="needs-field">
          <legend>{i18n._({ id: 'import.currency-legend', message: 'Values are in' })}</legend>
          {(
            [
              ['USD', i18n._({ id: 'import.usd', message: 'US dollars (USD)' })],
              ['CNY', i18n._({ id: 'import.cny', message: 'Chinese yuan (CNY), kept as yuan' })],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="currency"
                value={value}
                checked={currency === value}
                onChange={() => setCurrency(value)}
              />
              <span>{label}</span>
            </label>
          ))}
          {errors.currency && (
            <p className="field-error" role="alert">
              {errors.currency}
            </p>
          )}
        </fieldset>
      )}
      <button type="submit" className="import-button primary">
        {i18n._({ id: 'import.read-again', message: 'Read the file again with these answers' })}
      </button>
    </form>
  );
}
