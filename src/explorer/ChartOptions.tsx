import { useId } from 'react';
import { CHART_TYPE_ROWS, CHART_TYPES, DATASETS, MAX_TOP_N, type Breakdown, type ChartSpec } from '../spec';
import { logScaleReason, type Choice } from './availability';
import { RadioGroup } from './RadioGroup';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

interface ControlsProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

const BREAKDOWN_LABELS: Readonly<Record<Breakdown, string>> = {
  none: 'No: one series per choice',
  hs2: 'HS2 chapters',
  hs4: 'HS4 headings',
  hs6: 'HS6 codes',
};

const VIEW_CHOICES: readonly Choice<ChartSpec['view']>[] = [
  { value: 'chart', label: 'Chart', disabledReason: null },
  { value: 'table', label: 'Table', disabledReason: null },
  { value: 'sources', label: 'Sources', disabledReason: null },
];

/** How the series are drawn: chart type, scale, HS breakdown with top N, annotations. */
export function ChartOptions({ spec, onChange }: ControlsProps) {
  const edit = (patch: Partial<ChartSpec>) => onChange(applyEdit(spec, patch));
  const chartChoices = CHART_TYPES.map((value) => ({
    value,
    label: CHART_TYPE_ROWS[value].label,
    disabledReason: null,
  }));
  const logReason = logScaleReason(spec);
  const breakdowns = DATASETS[spec.dataset].breakdowns;
  return (
    <>
      <RadioGroup
        legend="Chart type"
        name="chart"
        choices={chartChoices}
        value={spec.chart}
        onChange={(chart) => edit({ chart })}
      />
      <RadioGroup
        legend="Scale"
        name="scale"
        choices={[
          { value: 'linear', label: 'Linear', disabledReason: null },
          { value: 'log', label: 'Logarithmic', disabledReason: logReason },
        ]}
        value={spec.scale}
        onChange={(scale) => edit({ scale })}
      />
      {breakdowns.length > 1 && (
        <RadioGroup
          legend="Split into HS codes"
          name="breakdown"
          choices={breakdowns.map((value) => ({
            value,
            label: BREAKDOWN_LABELS[value],
            disabledReason: null,
          }))}
          value={spec.breakdown}
          onChange={(breakdown) => edit({ breakdown })}
        />
      )}
      {(CHART_TYPE_ROWS[spec.chart].periods === 'latest' || spec.breakdown !== 'none') && (
        <TopNInput value={spec.topN} onChange={(topN) => edit({ topN })} />
      )}
      <fieldset className="radio-group">
        <legend>Annotations</legend>
        <label className="check">
          <input type="checkbox" checked={spec.events} onChange={(e) => edit({ events: e.target.checked })} />
          <span>Events (sanctions, war, CHPL dates)</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={spec.breaks} onChange={(e) => edit({ breaks: e.target.checked })} />
          <span>Reporting breaks</span>
        </label>
      </fieldset>
      <RadioGroup
        legend="Show as"
        name="view"
        choices={VIEW_CHOICES}
        value={spec.view}
        onChange={(view) => edit({ view })}
      />
    </>
  );
}

function TopNInput({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="sub-control">
      <label htmlFor={id}>Top N series</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_TOP_N}
        value={value}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1 && n <= MAX_TOP_N) onChange(n);
        }}
      />
    </div>
  );
}
