// A chart whose values compare two periods (change on a year earlier, an index on a base period) compares across
// a break when the two periods fall on its two sides. Its subtitle (also the table's and the embed's caption)
// then names the break in the same sentence, leading with the like-for-like part where there is one.
import { breakLabel } from '../../data/data-text';
import type { Manifest, SeriesBreak } from '../../data/schema';
import { comparableBasisApplies } from '../../spec/comparable';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec } from '../../spec/schema';
import { transformRow } from '../../spec/transforms';
import { activeIntlLocale, activeLocale, i18n } from '../../i18n/i18n';

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
    .map((b) => {
      // The data's label in the reader's language; lower-cased inside the sentence, as in English.
      const label = breakLabel(b);
      return i18n._(
        { id: 'break.basis', message: 'the {year} change of basis ({label})' },
        { year: String(year), label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` },
      );
    });
  // HS 2022 took effect in 2022: CHPL codes over all codes cross it too (see hs-change-notes.ts).
  if (hsChange && year === 2022) names.push(i18n._({ id: 'break.hs', message: 'the HS 2022 change' }));
  return [...new Set(names)];
}

/** "a, b and c" in English as it always was; Chinese and Russian join as Intl does ("a、b和c", "a, b и c"). */
const list = (items: readonly string[]) => {
  if (activeLocale() !== 'en') return new Intl.ListFormat(activeIntlLocale()).format(items);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
};

/** The clause for one break year, or null when no shown comparison crosses it (its TRANSFORMS row words it). */
function clauseAt(spec: ChartSpec, years: readonly number[], year: number, names: readonly string[]) {
  if (names.length === 0) return null;
  return transformRow(spec.transform).breakClause(spec.transform, years, year, list(names));
}

/** The years in which a break starts (a change of basis; the HS change for CHPL codes over all codes), sorted. */
function breakYearsOf(spec: ChartSpec, breaks: readonly SeriesBreak[]) {
  const hsChange = comparableBasisApplies(spec, DATASETS[spec.dataset]) && !spec.comparable;
  const years = [...new Set([...breaks.map((b) => yearOf(b.before)), ...(hsChange ? [2022] : [])])].sort();
  return { years, hsChange };
}

/** e.g. "changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis (...)"; null = none. */
export function breakClause(
  spec: ChartSpec,
  breaks: readonly SeriesBreak[],
  periods: readonly string[],
): string | null {
  const years = [...new Set(periods.map(yearOf))];
  const { years: breakYears, hsChange } = breakYearsOf(spec, breaks);
  const clauses = breakYears
    .map((year) => clauseAt(spec, years, year, breakNames(breaks, year, hsChange)))
    .filter((clause): clause is string => clause !== null);
  return clauses.length > 0 ? clauses.join(i18n._({ id: 'break.sep', message: '; ' })) : null;
}

/**
 * Per period, when its one value reads years on two sides of a break (a change on 2021 shown at 2022, a 12-month
 * sum reaching back into 2021), the sentence its tooltip and table row carry, naming the break: e.g.
 * "Compared with 2021: across the 2022 change of basis (...)". Periods whose value crosses nothing are absent.
 */
export function periodCrossings(
  spec: ChartSpec,
  breaks: readonly SeriesBreak[],
  periods: readonly string[],
): Record<string, string> {
  const { years: breakYears, hsChange } = breakYearsOf(spec, breaks);
  const row = transformRow(spec.transform);
  const crossings: [string, string][] = [];
  for (const period of periods) {
    const span = row.spans(spec.transform, period);
    if (!span) continue;
    const crossed = breakYears.filter((year) => span.from < year && year <= span.to);
    const names = [...new Set(crossed.flatMap((year) => breakNames(breaks, year, hsChange)))];
    if (names.length > 0) crossings.push([period, row.spanWords(spec.transform, period, list(names))]);
  }
  return Object.fromEntries(crossings);
}
