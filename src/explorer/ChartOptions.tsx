import { useId } from 'react';
import { CHART_TYPE_ROWS, CHART_TYPES, DATASETS, MAX_TOP_N, type Breakdown, type ChartSpec } from '../spec';
import { i18n } from '../i18n/i18n';
import { logScaleReason, type Choice } from './availability';
import { RadioGroup } from './RadioGroup';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

interface ControlsProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

// Functions: read at render, in the language then active.
const BREAKDOWN_LABELS: Readonly<Record<Breakdown, () => string>> = {
  none: () => i18n._({ id: 'breakdown.none', message: 'No: one series per choice' }),
  hs2: () => i18n._({ id: 'breakdown.hs2', message: 'HS2 chapters' }),
  hs4: () => i18n._({ id: 'breakdown.hs4', message: 'HS4 headings' }),
  hs6: () => i18n._({ id: 'breakdown.hs6', message: 'HS6 codes' }),
};

const CHART_LABELS: Readonly<Record<ChartSpec['chart'], () => string>> = {
  line: () => i18n._({ id: 'chart.line', message: 'Line' }),
  'stacked-area': () => i18n._({ id: 'chart.stacked-area', message: 'Stacked area' }),
  'stacked-bar': () => i18n._({ id: 'chart.stacked-bar', message: 'Stacked bars' }),
  'ranked-bar': () => i18n._({ id: 'chart.ranked-bar', message: 'Ranked bars (top N)' }),
  'small-multiples': () => i18n._({ id: 'chart.small-multiples', message: 'Small multiples' }),
};

const viewChoices = (): readonly Choice<ChartSpec['view']>[] => [
  { value: 'chart', label: i18n._({ id: 'view.chart', message: 'Chart' }), disabledReason: null },
  { value: 'table', label: i18n._({ id: 'view.table', message: 'Table' }), disabledReason: null },
  { value: 'sources', label: i18n._({ id: 'view.sources', message: 'Sources' }), disabledReason: null },
];

/** How the series are drawn: chart type, scale, HS breakdown with top N, annotations. */
export function ChartOptions({ spec, onChange }: ControlsProps) {
  const edit = (patch: Partial<ChartSpec>) => onChange(applyEdit(spec, patch));
  const chartChoices = CHART_TYPES.map((value) => ({
    value,
    label: CHART_LABELS[value](),
    disabledReason: null,
  }));
  const logReason = logScaleReason(spec);
  const breakdowns = DATASETS[spec.dataset].breakdowns;
  return (
    <>
      <RadioGroup
        legend={i18n._({ id: 'options.chart-type', message: 'Chart type' })}
        name="chart"
        choices={chartChoices}
        value={spec.chart}
        onChange={(chart) => edit({ chart })}
      />
      <RadioGroup
        legend={i18n._({ id: 'options.scale', message: 'Scale' })}
        name="scale"
        choices={[
          {
            value: 'linear',
            label: i18n._({ id: 'options.linear', message: 'Linear' }),
            disabledReason: null,
          },
          {
            value: 'log',
            label: i18n._({ id: 'options.log', message: 'Logarithmic' }),
            disabledReason: logReason,
          },
        ]}
        value={spec.scale}
        onChange={(scale) => edit({ scale })}
      />
      {breakdowns.length > 1 && (
        <RadioGroup
          legend={i18n._({ id: 'options.split', message: 'Split into HS codes' })}
          name="breakdown"
          choices={breakdowns.map((value) => ({
            value,
            label: BREAKDOWN_LABELS[value](),
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
        <legend>{i18n._({ id: 'options.annotations', message: 'Annotations' })}</legend>
        <label className="check">
          <input type="checkbox" checked={spec.events} onChange={(e) => edit({ events: e.target.checked })} />
          <span>{i18n._({ id: 'options.events', message: 'Events (sanctions, war, CHPL dates)' })}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={spec.breaks} onChange={(e) => edit({ breaks: e.target.checked })} />
          <span>{i18n._({ id: 'options.breaks', message: 'Reporting breaks' })}</span>
        </label>
      </fieldset>
      <RadioGroup
        legend={i18n._({ id: 'options.show-as', message: 'Show as' })}
        name="view"
        choices={viewChoices()}
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
      <label htmlFor={id}>{i18n._({ id: 'options.top-n', message: 'Top N series' })}</label>
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
