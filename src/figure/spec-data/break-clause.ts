// A chart whose values compare two periods (change on a year earlier, an index on a base period) compares across
// a break when the two periods fall on its two sides. Its subtitle (also the table's and the embed's caption)
// then names the break in the same sentence, leading with the like-for-like part where there is one.
import type { Manifest, SeriesBreak } from '../../data/schema';
import { comparableBasisApplies } from '../../spec/comparable';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec } from '../../spec/schema';
import { transformRow } from '../../spec/transforms';

/** Every break of the sources of these files, wherever it falls: a compared period may lie outside the range shown. */
export function sourceBreaks(manifest: Manifest, flowPaths: readonly string[]): SeriesBreak[] {
  const sources = new Set(
    manifest.files.filter((file) => flowPaths.includes(file.path)).flatMap((file) => file.sources),
  );
  return manifest.breaks.filter((b) => sources.has(b.source));
}

const yearOf = (period: string) => Number(period.slice(0, 4));

function breakNames(breaks: readonly SeriesBreak[], year: number, hsChange: boolean): string[] {
  const names = breaks
    .filter((b) => yearOf(b.before) === year)
    .map((b) => `the ${year} change of basis (${b.label.charAt(0).toLowerCase()}${b.label.slice(1)})`);
  // HS 2022 took effect in 2022: CHPL codes over all codes cross it too (see hs-change-notes.ts).
  if (hsChange && year === 2022) names.push('the HS 2022 change');
  return [...new Set(names)];
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** The clause for one break year, or null when no shown comparison crosses it (its TRANSFORMS row words it). */
function clauseAt(spec: ChartSpec, years: readonly number[], year: number, names: readonly string[]) {
  if (names.length === 0) return null;
  return transformRow(spec.transform).breakClause(spec.transform, years, year, list(names));
}

/** e.g. "changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis (...)"; null = none. */
export function breakClause(
  spec: ChartSpec,
  breaks: readonly SeriesBreak[],
  periods: readonly string[],
): string | null {
  const years = [...new Set(periods.map(yearOf))];
  const hsChange = comparableBasisApplies(spec, DATASETS[spec.dataset]) && !spec.comparable;
  const breakYears = [...new Set([...breaks.map((b) => yearOf(b.before)), ...(hsChange ? [2022] : [])])];
  const clauses = breakYears
    .sort()
    .map((year) => clauseAt(spec, years, year, breakNames(breaks, year, hsChange)))
    .filter((clause): clause is string => clause !== null);
  return clauses.length > 0 ? clauses.join('; ') : null;
}
