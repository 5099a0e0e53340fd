// Sentences beside a chart about the HS 2017 -> HS 2022 change, read from concordance.csv (derived from UNSD's
// correlation workbook), never typed: which codes the comparable basis leaves out and why, and which shown
// series hold codes whose HS 2017 line is not comparable across the change. The view links each to the
// relation table on the Data & sources page.
// Loaded on first use (useSpecData imports it when a chart shows CHPL data), so an embed's first load stays small.
import type { ConcordanceRow } from '../data/schema';
import { DATASETS } from '../spec/datasets';
import type { ChartSpec, ProductSelector } from '../spec/schema';
import { activeIntlLocale, activeLocale, i18n } from '../i18n/i18n';

/** HS 2022 took effect in January 2022: the last year read in HS 2017 terms is 2021. */
export const HS_CHANGE_AFTER = '2021';
export const HS_CHANGE_BEFORE = '2022';

/** Whether a chart's periods (annual or monthly, in order) hold values on both sides of the HS change. */
export function spansHsChange(periods: readonly string[]): boolean {
  const first = periods[0];
  const last = periods.at(-1);
  return first !== undefined && last !== undefined && first < HS_CHANGE_BEFORE && last >= HS_CHANGE_BEFORE;
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The word before the first of one or more headings, per language (Russian: the nominative, after a colon). */
const HEADING_WORDS = {
  en: ['heading', 'headings'],
  zh: ['品目', '品目'],
  ru: ['позиция', 'позиции'],
} as const;

/** A list in the active language: English as it always was, Chinese and Russian as Intl joins them. */
const localList = (items: readonly string[]) =>
  activeLocale() === 'en' ? listText(items) : new Intl.ListFormat(activeIntlLocale()).format(items);

/** "heading 8524" for a 4-digit HS code, "852581" for a subheading. */
function codeWords(codes: readonly string[]): string {
  const headings = codes.filter((c) => c.length === 4);
  const subheadings = codes.filter((c) => c.length !== 4);
  const [one, many] = HEADING_WORDS[activeLocale()];
  const space = activeLocale() === 'zh' ? '' : ' ';
  const words = [
    ...subheadings,
    ...headings.map((h, i) => (i === 0 ? `${headings.length > 1 ? many : one}${space}${h}` : h)),
  ];
  return localList(words);
}

const carvedOf = (row: ConcordanceRow) => row.carved_out.split(';').filter((c) => c !== '');

interface ReasonGroup {
  codes: string[];
  reason: string;
}

/** The non-comparable CHPL codes, grouped by one shared reason ("852990 and 901380: HS 2017 line broader, ..."). */
export function notComparableGroups(concordance: readonly ConcordanceRow[]): ReasonGroup[] {
  const groups = new Map<string, { rows: ConcordanceRow[] }>();
  for (const row of concordance) {
    if (row.comparable === 'yes') continue;
    // Codes carved out alike share a reason; codes split from one HS 2017 line share that line.
    const key =
      row.comparability === 'split' ? `split|${row.hs6_2017}` : `${row.comparability}|${row.carved_out}`;
    const group = groups.get(key) ?? { rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ rows }) => {
    const codes = [...new Set(rows.map((r) => r.hs6_2022))];
    const first = rows[0];
    if (!first) return { codes, reason: '' };
    const others = [...new Set(rows.flatMap(carvedOf))].filter((c) => !codes.includes(c));
    let reason: string;
    if (first.comparability === 'split') {
      const code = first.hs6_2017;
      reason =
        others.length > 0
          ? i18n._(
              { id: 'hs.r-split-also', message: 'HS 2017 {code} split, its line also holds HS 2022 {codes}' },
              { code, codes: codeWords(others) },
            )
          : i18n._(
              { id: 'hs.r-split', message: 'HS 2017 {code} split between them, one line for both' },
              { code },
            );
    } else {
      const codes = codeWords(others);
      reason = rows.every((r) => r.hs6_2017 === r.hs6_2022)
        ? i18n._(
            { id: 'hs.r-broader', message: 'HS 2017 line broader, HS 2022 {codes} carved out' },
            { codes },
          )
        : i18n._(
            { id: 'hs.r-broader-own', message: 'HS 2017 line ({own}) broader, HS 2022 {codes} carved out' },
            { own: localList([...new Set(rows.map((r) => r.hs6_2017))]), codes },
          );
    }
    return { codes, reason };
  });
}

function groupsText(groups: readonly ReasonGroup[]): string {
  const zh = activeLocale() === 'zh';
  return groups.map((g) => `${localList(g.codes)}${zh ? '：' : ': '}${g.reason}`).join(zh ? '；' : '; ');
}

/** The note of a chart on the comparable basis: how many codes it keeps, which it leaves out, and why. */
export function comparableBasisNote(concordance: readonly ConcordanceRow[]): string {
  const all = new Set(concordance.map((r) => r.hs6_2022));
  const left = new Set(concordance.filter((r) => r.comparable !== 'yes').map((r) => r.hs6_2022));
  const groups = notComparableGroups(concordance);
  return i18n._(
    {
      id: 'hs.basis',
      message:
        'Codes comparable across the HS change only: {kept} of the {all} CHPL codes. Left out: {groups}.',
    },
    { kept: all.size - left.size, all: all.size, groups: groupsText(groups) },
  );
}

const tierWords = (tiers: readonly string[]) =>
  tiers.length > 1
    ? i18n._({ id: 'hs.tiers', message: 'Tiers {list}' }, { list: localList(tiers) })
    : i18n._({ id: 'hs.tier', message: 'Tier {list}' }, { list: localList(tiers) });

/**
 * Shown series that hold non-comparable codes, on a chart whose periods span the change: tiers and all CHPL goods
 * (when not on the comparable basis), and single codes (HS 2017 keys for BACI, HS 2022 keys for HS 2022 data).
 */
export function affectedCodeNotes(
  spec: Pick<ChartSpec, 'products' | 'comparable'>,
  seriesKeys: readonly string[],
  concordance: readonly ConcordanceRow[],
  hs2022: boolean,
): string[] {
  const notes: string[] = [];
  const left = concordance.filter((r) => r.comparable !== 'yes');
  if (left.length === 0) return notes;
  if (!spec.comparable) {
    const tiers = spec.products
      .filter((p): p is Extract<ProductSelector, { kind: 'tier' }> => p.kind === 'tier')
      .map((p) => p.tier)
      .filter((tier) => left.some((r) => r.tier === tier));
    const chplAll = spec.products.some((p) => p.kind === 'chpl-all');
    const all = chplAll ? [i18n._({ id: 'describe.chpl-all', message: 'all CHPL goods' })] : [];
    const holders = [...(tiers.length > 0 ? [tierWords(tiers)] : []), ...all];
    if (holders.length > 0) {
      const codes = [
        ...new Set(left.filter((r) => chplAll || tiers.includes(r.tier)).map((r) => r.hs6_2022)),
      ];
      // One whole sentence per number of codes (English messages have no plural; Russian's has its own).
      const values = {
        holders: localList(holders),
        n: codes.length,
        codes: localList(codes),
        before: HS_CHANGE_AFTER,
        after: HS_CHANGE_BEFORE,
      };
      notes.push(
        codes.length > 1
          ? i18n._(
              {
                id: 'hs.holders-n',
                message:
                  '{holders} include {n} codes not comparable across the HS 2022 change ({codes}), so values up to {before} and from {after} are not like for like: choose “Codes comparable across the HS change” for a like-for-like series.',
              },
              values,
            )
          : i18n._(
              {
                id: 'hs.holders-1',
                message:
                  '{holders} include {n} code not comparable across the HS 2022 change ({codes}), so values up to {before} and from {after} are not like for like: choose “Codes comparable across the HS change” for a like-for-like series.',
              },
              values,
            ),
      );
    }
  }
  const codeOf = (row: ConcordanceRow) => (hs2022 ? row.hs6_2022 : row.hs6_2017);
  const keyCodes = new Set(seriesKeys.map((key) => /(?:^|:)(\d{6})$/.exec(key)?.[1]));
  const shown = notComparableGroups(left.filter((r) => keyCodes.has(codeOf(r))));
  for (const group of shown) {
    const rows = left.filter((r) => group.codes.includes(r.hs6_2022));
    const keys = [...new Set(rows.map(codeOf))];
    const byOwnCode = hs2022 || keys.every((k) => group.codes.includes(k));
    const named = byOwnCode
      ? localList(group.codes)
      : i18n._(
          { id: 'hs.named', message: 'HS 2017 {keys} (CHPL {codes})' },
          { keys: localList(keys), codes: localList(group.codes) },
        );
    // One whole sentence per number of codes; each names the break it compares across, in every language.
    const values = { named, reason: group.reason, before: HS_CHANGE_AFTER, after: HS_CHANGE_BEFORE };
    notes.push(
      (byOwnCode ? group.codes : keys).length > 1
        ? i18n._(
            {
              id: 'hs.codes-n',
              message:
                '{named} are not comparable across the HS 2022 change ({reason}), so values up to {before} and from {after} are not like for like.',
            },
            values,
          )
        : i18n._(
            {
              id: 'hs.codes-1',
              message:
                '{named} is not comparable across the HS 2022 change ({reason}), so values up to {before} and from {after} are not like for like.',
            },
            values,
          ),
    );
  }
  return notes;
}

/** Whether a spec's chart may carry notes on the HS change: built-in CHPL data (a reader's file has no concordance). */
export function mayHaveHsNotes(spec: Pick<ChartSpec, 'dataset'>): boolean {
  const dataset = DATASETS[spec.dataset];
  return dataset.productKinds.includes('tier') && !dataset.inBrowser;
}

/**
 * Every note on the HS change beside one chart: the comparable basis's (which codes it leaves out, and why), and,
 * when its periods span the change, the shown series that hold codes not comparable across it.
 */
export function hsChangeNotes(
  spec: Pick<ChartSpec, 'dataset' | 'products' | 'comparable'>,
  seriesKeys: readonly string[],
  periods: readonly string[],
  concordance: readonly ConcordanceRow[],
): string[] {
  if (!mayHaveHsNotes(spec)) return [];
  const notes = spec.comparable ? [comparableBasisNote(concordance)] : [];
  const hs2022 = DATASETS[spec.dataset].hs2022 === true;
  if (spansHsChange(periods)) notes.push(...affectedCodeNotes(spec, seriesKeys, concordance, hs2022));
  return notes;
}
