// The CHPL's HS 2022 -> HS 2017 relation, derived from UNSD's correlation workbook (plus the short override list
// for the workbook's known faults): for each CHPL code, the HS 2017 line BACI reports it under, and whether that
// line measures the same goods before and after the HS change.
import { COMPARABILITY_LABELS } from '../../src/data/comparability';
import type { ChplItem, Comparability, ConcordanceRow } from '../../src/data/schema';
import type { Correlation, HsCorrelationWorkbook } from '../parsers/hs-correlation';
import { parseCsv, readRecords } from './csv';
import { cellError, PipelineError } from './errors';
import type { RawFile } from './resolve';

export const OVERRIDES_FILE = 'scripts/curated/hs_correlation_overrides.csv';

/** HS 2022's heading for waste and scrap of electrical and electronic assemblies (new in HS 2022). */
const E_WASTE_HEADING = '8549';

/**
 * An HS 2022 code the workbook correlates with at least this many HS 2017 codes is one of its bulk "parts"
 * blocks (8524xx, 852990, 854151, 854159): the workbook cannot say which of those lines the goods came from, so a
 * link inside such a block counts only when an override names the line as a principal source.
 */
export const BULK_SOURCES = 50;

export interface HsOverride {
  kind: 'predecessor' | 'principal-source';
  /** predecessor: the CHPL code; principal-source: the HS 2022 heading (4 digits) or code (6) carved out. */
  hs2022: string;
  hs2017: string;
  reason: string;
  line: number;
}

export function parseOverrides(raw: RawFile, workbook: HsCorrelationWorkbook): HsOverride[] {
  const columns = ['kind', 'hs2022', 'hs2017', 'reason'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const hs2017Codes = new Set(workbook.correlations.map((c) => c.hs2017));
  return records.map(({ ctx, get }) => {
    const kind = get('kind').trim();
    const hs2022 = get('hs2022').trim();
    const hs2017 = get('hs2017').trim();
    const reason = get('reason').trim();
    if (kind !== 'predecessor' && kind !== 'principal-source')
      throw cellError(ctx, 'kind', 'expected predecessor or principal-source', kind);
    const width = kind === 'predecessor' ? /^\d{6}$/ : /^(\d{4}|\d{6})$/;
    if (!width.test(hs2022))
      throw cellError(
        ctx,
        'hs2022',
        kind === 'predecessor' ? 'expected a six-digit code' : 'expected a heading or code',
        hs2022,
      );
    if (!hs2017Codes.has(hs2017))
      throw cellError(ctx, 'hs2017', 'expected an HS 2017 code of the workbook', hs2017);
    if (reason === '') throw cellError(ctx, 'reason', 'expected the reason for the override', reason);
    return { kind, hs2022, hs2017, reason, line: ctx.line };
  });
}

interface Sibling extends Correlation {
  principal: boolean;
}

const heading = (code: string) => code.slice(0, 4);
const unique = (values: readonly string[]) => [...new Set(values)];

/** Headings for codes outside `own`'s heading; six-digit codes inside it. */
function carvedOut(siblings: readonly Sibling[], own: string): string[] {
  return unique(
    siblings.map((s) => (heading(s.hs2022) === heading(own) ? s.hs2022 : heading(s.hs2022))),
  ).sort();
}

/** A heading stands for its codes when more than two of them are listed. */
function compactCodes(codes: readonly string[]): string[] {
  const all = unique(codes).sort();
  const perHeading = (h: string) => all.filter((code) => heading(code) === h).length;
  return unique(all.map((code) => (perHeading(heading(code)) > 2 ? heading(code) : code)));
}

function eWasteClause(hs2017: string, eWaste: readonly Sibling[]): string {
  if (eWaste.length === 0) return '';
  return (
    ` The workbook also links HS 2017 ${hs2017} with HS 2022's new heading ${E_WASTE_HEADING}: waste and scrap ` +
    'of electrical and electronic assemblies, not new goods, so immaterial to this trade.'
  );
}

function bulkClause(minor: readonly Sibling[]): string {
  if (minor.length === 0) return '';
  return (
    ` Its links with ${compactCodes(minor.map((s) => s.hs2022)).join(', ')} are part of the workbook's ` +
    `many-to-many parts blocks (${BULK_SOURCES}+ HS 2017 codes each), which drew principally on other lines ` +
    `(see ${OVERRIDES_FILE}): not a material carve-out.`
  );
}

interface Derived {
  comparability: Comparability;
  carved: string[];
  note: string;
}

function classify(
  item: ChplItem,
  hs2017: string,
  siblings: readonly Sibling[],
  sharedWith: readonly string[],
  extraSources: number,
): Derived {
  const c = item.hs6_2022;
  const eWaste = siblings.filter((s) => heading(s.hs2022) === E_WASTE_HEADING);
  const principal = siblings.filter((s) => s.principal && heading(s.hs2022) !== E_WASTE_HEADING);
  const minor = siblings.filter((s) => !s.principal && heading(s.hs2022) !== E_WASTE_HEADING);
  const tail = eWasteClause(hs2017, eWaste) + bulkClause(minor);
  if (sharedWith.length > 0) {
    return {
      comparability: 'split',
      carved: [...sharedWith],
      note:
        `HS 2022 split HS 2017 ${hs2017} into ${[c, ...sharedWith].sort().join(' and ')}: one HS 2017 line for ` +
        'codes of different scope, so neither code can be read from it alone' +
        (extraSources > 0
          ? `, and the workbook links ${c} with ${extraSources} other HS 2017 codes (goods HS 2022 moved in from other headings).`
          : '.') +
        tail,
    };
  }
  if (principal.length > 0) {
    const carved = carvedOut(principal, hs2017);
    const otherHeading = carved.some((code) => code.length === 4);
    const comparability: Comparability = c === hs2017 || otherHeading ? 'hs2017-broader' : 'split';
    const what =
      comparability === 'split'
        ? `HS 2022 split HS 2017 ${hs2017} into ${c} and ${carved.join(', ')}; the CHPL lists only ${c}, so the HS 2017 line is broader.`
        : `HS 2017 ${hs2017} is broader: HS 2022 carved ${carved.join(', ')} out of it${c === hs2017 ? '' : ` and numbered the rest ${c}`}.`;
    return { comparability, carved, note: what + tail };
  }
  if (c === hs2017)
    return { comparability: 'same-scope', carved: [], note: `Same code and scope in HS 2017.${tail}` };
  return {
    comparability: 'renumbered',
    carved: [],
    note: `Renumbered: HS 2022 ${c} is HS 2017 ${hs2017}, with the same scope.${tail}`,
  };
}

/** The concordance rows of the 50 CHPL codes, in the CHPL's order. */
export function deriveChplRelation(
  chpl: readonly ChplItem[],
  workbook: HsCorrelationWorkbook,
  overrides: readonly HsOverride[],
): ConcordanceRow[] {
  const sourcesOf = new Map<string, Set<string>>();
  for (const c of workbook.correlations)
    sourcesOf.set(c.hs2022, (sourcesOf.get(c.hs2022) ?? new Set()).add(c.hs2017));
  const predecessorOverride = new Map(
    overrides.filter((o) => o.kind === 'predecessor').map((o) => [o.hs2022, o]),
  );
  const principalSources = overrides.filter((o) => o.kind === 'principal-source');
  const isPrincipal = (link: Correlation) => {
    if (link.relation !== 'n:n' || (sourcesOf.get(link.hs2022)?.size ?? 0) < BULK_SOURCES) return true;
    return principalSources.some((o) => o.hs2017 === link.hs2017 && link.hs2022.startsWith(o.hs2022));
  };
  for (const o of predecessorOverride.values())
    if (!chpl.some((item) => item.hs6_2022 === o.hs2022))
      throw new PipelineError(
        `${OVERRIDES_FILE} row ${o.line}, column hs2022: ${o.hs2022} is not a CHPL code`,
      );
  const predecessors = new Map(
    chpl.map((item) => {
      const hs2017 =
        predecessorOverride.get(item.hs6_2022)?.hs2017 ?? workbook.conversions.get(item.hs6_2022);
      if (!hs2017)
        throw new PipelineError(
          `hs-classification: the workbook's Conversions sheet has no row for CHPL code ${item.hs6_2022}`,
        );
      return [item.hs6_2022, hs2017];
    }),
  );
  return chpl.map((item): ConcordanceRow => {
    const c = item.hs6_2022;
    const hs2017 = predecessors.get(c) as string;
    const sharedWith = chpl
      .filter((other) => other.hs6_2022 !== c && predecessors.get(other.hs6_2022) === hs2017)
      .map((other) => other.hs6_2022);
    const siblings = workbook.correlations
      .filter((link) => link.hs2017 === hs2017 && link.hs2022 !== c && !sharedWith.includes(link.hs2022))
      .map((link) => ({ ...link, principal: isPrincipal(link) }));
    const extraSources = [...(sourcesOf.get(c) ?? [])].filter((code) => code !== hs2017).length;
    const derived = classify(item, hs2017, siblings, sharedWith, extraSources);
    const override = [
      predecessorOverride.get(c),
      ...principalSources.filter(
        (o) => o.hs2017 === hs2017 && derived.carved.some((k) => k.startsWith(o.hs2022)),
      ),
    ]
      .filter((o) => o !== undefined)
      .map((o) => `${OVERRIDES_FILE} row ${o.line}: ${o.reason}`)
      .join(' ');
    const comparable = derived.comparability === 'same-scope' || derived.comparability === 'renumbered';
    return {
      hs6_2022: c,
      hs6_2017: hs2017,
      tier: item.tier,
      match: derived.comparability === 'same-scope' ? 'exact' : 'approximate',
      note: derived.note,
      comparability: derived.comparability,
      comparable: comparable ? 'yes' : 'no',
      carved_out: derived.carved.join(';'),
      override,
    };
  });
}

/** The manifest's caveat on the HS change, written from the derived relation (no count typed by hand). */
export function hsRelationCaveatText(
  rows: readonly ConcordanceRow[],
  /** HS 2017 CHPL lines with no BACI row in some years (China -> Russia). */
  missing: readonly { hs6: string; years: readonly string[] }[] = [],
): string {
  const byClass = (cls: Comparability) => rows.filter((r) => r.comparability === cls);
  const list = (cls: Comparability) =>
    byClass(cls)
      .map((r) => (r.hs6_2022 === r.hs6_2017 ? r.hs6_2022 : `${r.hs6_2022} (HS 2017 ${r.hs6_2017})`))
      .join(', ');
  const notSame = rows.filter((r) => r.hs6_2022 !== r.hs6_2017);
  const parts = [
    `The CHPL is in HS 2022, BACI in HS 2017; the relation is derived from UNSD's HS 2022-HS 2017 correlation workbook.`,
    `${rows.length - notSame.length} of ${rows.length} CHPL codes keep their number in HS 2017 and ${notSame.length} do not.`,
    ...(['same-scope', 'renumbered', 'split', 'hs2017-broader'] as const)
      .filter((cls) => byClass(cls).length > 0)
      // Each class starts a sentence: "Same scope (42): ...".
      .map((cls) => {
        const label = COMPARABILITY_LABELS[cls];
        return `${label.charAt(0).toUpperCase()}${label.slice(1)} (${byClass(cls).length}): ${list(cls)}.`;
      }),
    'Only same-scope and renumbered codes are comparable across the change; the "comparable codes" basis leaves the others out.',
    ...(missing.length > 0
      ? [
          `HS 2017 ${missing.map((m) => `${m.hs6} has no BACI row for ${m.years.join(' and ')}`).join('; ')} ` +
            '(a nomenclature-conversion gap): that is missing data, not zero.',
        ]
      : []),
  ];
  return parts.join(' ');
}
