// The partners a reader can add to a partner flow: those with at least one row in the flow file (so no
// chosen partner is an empty line), named from partners.csv.
import { activeIntlLocale } from '../i18n/i18n';
import { reporterMembers } from '../query/eu27';
import { foldText } from '../data/search';
import { partnerName } from '../data/partner-names';
import type { FlowRow, PartnerRow } from '../data/schema';
import type { Flow } from '../spec';

export interface PartnerOption {
  code: string;
  /** In the reader's language (src/data/partner-names.ts). */
  name: string;
  /** partners.csv's English name, which a search matches too (a reader of Chinese may type "Kaz"). */
  english: string;
  aggregate: boolean;
}

export function partnersWithData(
  rows: readonly FlowRow[],
  flow: Extract<Flow, { kind: 'partners' }>,
): Set<string> {
  const members = new Set(reporterMembers(flow.reporter));
  const codes = new Set<string>();
  for (const row of rows) {
    if (flow.direction === 'imports' && members.has(row.importer)) codes.add(row.exporter);
    if (flow.direction === 'exports' && members.has(row.exporter)) codes.add(row.importer);
  }
  codes.delete(flow.reporter);
  return codes;
}

/** Countries by name, then aggregates (World, EU…); codes without a partners.csv row keep their code as name. */
export function partnerOptions(codes: ReadonlySet<string>, partners: readonly PartnerRow[]): PartnerOption[] {
  const byCode = new Map(partners.map((row) => [row.code, row]));
  return [...codes]
    .map((code) => {
      const row = byCode.get(code);
      return {
        code,
        name: row ? partnerName(row) : code,
        english: row?.name ?? code,
        aggregate: row?.kind === 'aggregate',
      };
    })
    .sort(
      (a, b) => Number(a.aggregate) - Number(b.aggregate) || a.name.localeCompare(b.name, activeIntlLocale()),
    );
}

/** Options whose name has a word starting with the query, or whose code starts with it. */
export function filterPartners(options: readonly PartnerOption[], query: string): PartnerOption[] {
  const needle = foldText(query.trim());
  if (needle === '') return [...options];
  const matches = (name: string) =>
    foldText(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word.startsWith(needle)) || foldText(name).startsWith(needle);
  return options.filter(
    (option) =>
      option.code.toLowerCase().startsWith(needle) || matches(option.name) || matches(option.english),
  );
}
