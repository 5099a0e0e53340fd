import { DATASETS, type ChartSpec } from '../../spec';
import type { Frequency } from '../../data/schema';
import { USER_DATASET } from '../../query/user/facts';
import { i18n } from '../../i18n/i18n';
import type { SpecChange } from '../useExplorerSpec';
import { useUserChoices } from './useUserChoices';

interface UserFlowOptionsProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

// Read at render, in the language then active.
const FREQ_WORDS: Readonly<Record<Frequency, () => string>> = {
  A: () => i18n._({ id: 'user.your-file-a', message: 'Your file, annual' }),
  M: () => i18n._({ id: 'user.your-file-m', message: 'Your file, monthly' }),
};

/** "Your file" in the flow choices, once per frequency the file has, while a file is loaded. */
export function UserFlowOptions({ spec, onChange }: UserFlowOptionsProps) {
  const choices = useUserChoices();
  if (!choices) return null;
  const { file, facts } = choices;
  const current = DATASETS[spec.dataset].inBrowser && spec.flow.kind === 'bilateral';
  const pair =
    current && spec.flow.kind === 'bilateral' ? `${spec.flow.exporter}-${spec.flow.importer}` : undefined;
  const offered = (['A', 'M'] as const).filter((freq) =>
    facts.pairs.some((p) => (freq === 'A' ? p.annualRows : p.monthlyRows) > 0),
  );
  return (
    <>
      {offered.map((freq) => {
        const dataset = USER_DATASET[freq];
        const periods = freq === 'A' ? facts.annualPeriods : facts.monthlyPeriods;
        const range = periods.length > 1 ? `${periods[0]}–${periods.at(-1)}` : (periods[0] ?? '');
        return (
          <label key={dataset} className="check user-flow">
            <input
              type="radio"
              name="flow"
              value={`${dataset}|file`}
              checked={spec.dataset === dataset}
              onChange={() => {
                const next = choices.start({ pair, freq });
                if (next) onChange(spec.compare ? { ...next, compare: true } : next);
              }}
            />
            <span>
              {FREQ_WORDS[freq]()}
              <span className="reason">
                {' '}
                {i18n._(
                  {
                    id: 'user.file-detail',
                    message: '{name}: {range}, {currency}, imported in this browser',
                  },
                  { name: file.name, range, currency: facts.currency },
                )}
              </span>
            </span>
          </label>
        );
      })}
    </>
  );
}
