// A chart whose values compare two periods (change on a year earlier, an index on a base period) compares across
// a break when the two periods fall on its two sides. Its subtitle (also the table's and the embed's caption)
// then names the break in the same sentence, leading with the like-for-like part where there is one.
import type { Manifest, SeriesBreak } from '../../data/schema';
import { comparableBasisApplies } from '../../spec/comparable';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec } from '../../spec/schema';

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

/** The clause for one break year, or null when no shown comparison crosses it. */
function clauseAt(spec: ChartSpec, years: readonly number[], year: number, names: readonly string[]) {
  const { transform } = spec;
  if (names.length === 0) return null;
  if (transform.kind === 'yoy') {
    if (!years.includes(year)) return null;
    const like = years.some((y) => y > year) ? `changes from ${year + 1} are like for like; ` : '';
    return `${like}${year} on ${year - 1} crosses ${list(names)}`;
  }
  if (transform.kind === 'index') {
    const base = yearOf(transform.base);
    const other = base < year ? years.filter((y) => y >= year) : years.filter((y) => y < year);
    if (other.length === 0) return null;
    const side = base < year ? `from ${year}` : `up to ${year - 1}`;
    return `values ${side} compared with ${transform.base} cross ${list(names)}`;
  }
  return null;
}

/** e.g. "changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis (...)"; null = none. */
export function breakClause(
  spec: ChartSpec,
  breaks: readonly SeriesBreak[],
  periods: readonly string[],
): string | null {
  if (spec.transform.kind !== 'yoy' && spec.transform.kind !== 'index') return null;
  const years = [...new Set(periods.map(yearOf))];
  const hsChange = comparableBasisApplies(spec, DATASETS[spec.dataset]) && !spec.comparable;
  const breakYears = [...new Set([...breaks.map((b) => yearOf(b.before)), ...(hsChange ? [2022] : [])])];
  const clauses = breakYears
    .sort()
    .map((year) => clauseAt(spec, years, year, breakNames(breaks, year, hsChange)))
    .filter((clause): clause is string => clause !== null);
  return clauses.length > 0 ? clauses.join('; ') : null;
}
