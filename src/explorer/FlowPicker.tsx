import { useQuery } from '@tanstack/react-query';
import { manifestQuery } from '../figure/load/queries';
import { i18n } from '../i18n/i18n';
import { datasetOffered } from '../query/dataset-availability';
import type { ChartSpec } from '../spec';
import { currentFlowOption, flowOptions } from './flow-options';
import { withFlowChoice } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';
import { UserFlowOptions } from './user/UserFlowOptions';

interface FlowPickerProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** Which trade flow, from which source: the choice that decides what every other control can do. */
export function FlowPicker({ spec, onChange }: FlowPickerProps) {
  const current = currentFlowOption(spec);
  // Datasets this build lacks (no monthly CHPL snapshot) are not offered at all.
  const manifest = useQuery(manifestQuery).data;
  const options = flowOptions().filter((option) => datasetOffered(option.dataset, manifest));
  return (
    <fieldset className="radio-group flow-picker" data-control="flow">
      <legend>{i18n._({ id: 'explorer.flow', message: 'Trade flow' })}</legend>
      {options.map((option) => (
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
      {/* A file the reader imported in this page, beside the built-in data. */}
      <UserFlowOptions spec={spec} onChange={onChange} />
    </fieldset>
  );
}
