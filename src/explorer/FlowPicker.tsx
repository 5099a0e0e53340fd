import type { ChartSpec } from '../spec';
import { currentFlowOption, FLOW_OPTIONS } from './flow-options';
import { withFlowChoice } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

interface FlowPickerProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** Which trade flow, from which source: the choice that decides what every other control can do. */
export function FlowPicker({ spec, onChange }: FlowPickerProps) {
  const current = currentFlowOption(spec);
  return (
    <fieldset className="radio-group flow-picker" data-control="flow">
      <legend>Trade flow</legend>
      {FLOW_OPTIONS.map((option) => (
        <label key={option.id} className="check">
          <input
            type="radio"
            name="flow"
            value={option.id}
            checked={option.id === current}
            onChange={() => onChange(withFlowChoice(spec, option.dataset, option.flow))}
          />
          <span>
            {option.label}
            <span className="reason"> {option.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
