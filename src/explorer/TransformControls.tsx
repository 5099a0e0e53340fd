import { useId } from 'react';
import { type ChartSpec, type ShareDenominator, type Transform } from '../spec';
import { i18n } from '../i18n/i18n';
import { measureChoices, shareChoices, transformChoices, transformOfKind } from './availability';
import { formatPeriod } from './period-format';
import { useDatasetPeriods } from './dataset-periods';
import { RadioGroup } from './RadioGroup';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

interface ControlsProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

const WINDOWS = [3, 6, 12] as const;

/** What is measured (value, quantity, unit value) and how it is transformed (share, index, YoY, rolling). */
export function TransformControls({ spec, onChange }: ControlsProps) {
  const periods = useDatasetPeriods(spec.dataset);
  const setTransform = (transform: Transform) => onChange(applyEdit(spec, { transform }));
  const { transform } = spec;
  return (
    <>
      <RadioGroup
        legend={i18n._({ id: 'transform.measure', message: 'Measure' })}
        name="measure"
        choices={measureChoices(spec)}
        value={spec.measure}
        onChange={(measure) => onChange(applyEdit(spec, { measure }))}
      />
      <RadioGroup
        legend={i18n._({ id: 'transform.legend', message: 'Transform' })}
        name="transform"
        choices={transformChoices(spec)}
        value={transform.kind}
        onChange={(kind) => setTransform(transformOfKind(kind, spec))}
      />
      {transform.kind === 'share' && (
        <ShareSelect
          spec={spec}
          value={transform.of}
          onChange={(of) => setTransform({ kind: 'share', of })}
        />
      )}
      {transform.kind === 'index' && (
        <PeriodSelect
          label={i18n._({ id: 'transform.base', message: 'Base period (= 100)' })}
          periods={periods}
          value={transform.base}
          onChange={(base) => setTransform({ kind: 'index', base })}
        />
      )}
      {transform.kind === 'rolling' && (
        <WindowSelect
          value={transform.window}
          onChange={(window) => setTransform({ kind: 'rolling', window })}
        />
      )}
    </>
  );
}

function ShareSelect({
  spec,
  value,
  onChange,
}: {
  spec: ChartSpec;
  value: ShareDenominator;
  onChange: (of: ShareDenominator) => void;
}) {
  const id = useId();
  return (
    <div className="sub-control">
      <label htmlFor={id}>{i18n._({ id: 'transform.share-of', message: 'Share of' })}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ShareDenominator)}>
        {shareChoices(spec).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PeriodSelectProps {
  label: string;
  periods: readonly string[];
  value: string;
  onChange: (period: string) => void;
}

function PeriodSelect({ label, periods, value, onChange }: PeriodSelectProps) {
  const id = useId();
  // A base from a link may lie outside the data: keep it selectable so the select shows the truth.
  const options = periods.includes(value) ? periods : [value, ...periods];
  return (
    <div className="sub-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((period) => (
          <option key={period} value={period}>
            {formatPeriod(period)}
          </option>
        ))}
      </select>
    </div>
  );
}

function WindowSelect({ value, onChange }: { value: number; onChange: (window: 3 | 6 | 12) => void }) {
  const id = useId();
  return (
    <div className="sub-control">
      <label htmlFor={id}>{i18n._({ id: 'transform.months', message: 'Months summed' })}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value) as 3 | 6 | 12)}>
        {WINDOWS.map((window) => (
          <option key={window} value={window}>
            {window}
          </option>
        ))}
      </select>
    </div>
  );
}
