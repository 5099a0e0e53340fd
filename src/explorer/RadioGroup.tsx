import type { Choice } from './availability';

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of radios; a disabled choice says why next to its label (not only in a tooltip). */
export function RadioGroup<T extends string>({ legend, name, choices, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset className="radio-group" data-control={name}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={choice.disabledReason ? 'check disabled' : 'check'}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            disabled={choice.disabledReason !== null}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.disabledReason && <span className="reason"> ({choice.disabledReason})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
