// The like-for-like option: CHPL tiers and totals over the codes whose HS 2017 line measures the same goods
// before and after the HS 2022 change. The counts come from concordance.csv, never typed.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { tableQuery } from '../figure/load/queries';
import { DATA_FILES } from '../data/files';
import { LINK_SLOT, WithLink } from '../figure/WithLink';
import { i18n } from '../i18n/i18n';
import { comparableBasisApplies, DATASETS, type ChartSpec } from '../spec';
import { applyEdit } from './spec-edits';
import type { SpecChange } from './useExplorerSpec';

/** The spec with the basis on or off (off is the field's absence, as in the URL). */
export function withComparable(spec: ChartSpec, on: boolean): ChartSpec {
  const { comparable: _off, ...rest } = spec;
  return applyEdit(on ? { ...rest, comparable: true } : rest, {});
}

function useComparableCounts(): { kept: number; all: number } | null {
  const concordance = useQuery(tableQuery(DATA_FILES.concordance, 'concordance'));
  const rows = concordance.data?.rows;
  if (!rows) return null;
  const all = new Set(rows.map((row) => row.hs6_2022));
  const left = new Set(rows.filter((row) => row.comparable !== 'yes').map((row) => row.hs6_2022));
  return { kept: all.size - left.size, all: all.size };
}

export function ComparableBasis({ spec, onChange }: { spec: ChartSpec; onChange: SpecChange }) {
  const hintId = useId();
  const counts = useComparableCounts();
  if (!comparableBasisApplies(spec, DATASETS[spec.dataset])) return null;
  return (
    <div className="sub-control comparable-basis">
      <label className="check">
        <input
          type="checkbox"
          name="comparable"
          checked={spec.comparable === true}
          aria-describedby={hintId}
          onChange={(e) => onChange(withComparable(spec, e.target.checked))}
        />
        <span>{i18n._({ id: 'comparable.label', message: 'Codes comparable across the HS change' })}</span>
      </label>
      <p className="hint" id={hintId}>
        <WithLink
          text={
            counts
              ? i18n._(
                  {
                    id: 'comparable.hint-counts',
                    message:
                      'Like for like across 2021–2022: tiers and CHPL totals keep {kept} of the {all} codes, leaving out those whose HS 2017 line is broader or split, because HS 2022 moved goods out of it. {link}',
                  },
                  { kept: counts.kept, all: counts.all, link: LINK_SLOT },
                )
              : i18n._(
                  {
                    id: 'comparable.hint',
                    message:
                      'Like for like across 2021–2022: tiers and CHPL totals leave out the codes whose HS 2017 line is broader or split, because HS 2022 moved goods out of it. {link}',
                  },
                  { link: LINK_SLOT },
                )
          }
          link={
            <a href="#/sources#hs-relation">
              {i18n._({ id: 'comparable.link', message: 'Which codes, and why' })}
            </a>
          }
        />
      </p>
    </div>
  );
}
