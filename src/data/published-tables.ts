// Tables of figures published by others (secondary reports, kept with their attribution, never mixed into a
// computed series): one row each, keyed by its table kind (manifest.files[].kind), with its columns' rules. The
// worker's row rules (ROW_RULES), the zod row schema (TABLE_SCHEMAS, written from the rules by schema.ts), the
// manifest's list of kinds and the row type (PublishedRow) all come from these rows, so a new published table is
// a row here, its path and source id in files.ts, its registry row in scripts/sources/registry.ts and its parser.
// Path and source id stay in files.ts, apart from the rules: every page loads files.ts and the CSV worker loads
// these rules, and neither should download the other's half. Zod-free, for the same reason.
import type { ColumnRule, ColumnRules } from './csv/cell-rules';

const text = { kind: 'text' } as const satisfies ColumnRule;
const nonEmpty = { kind: 'text', min: 1 } as const satisfies ColumnRule;
const url = { kind: 'url' } as const satisfies ColumnRule;
const nullableNumber = { kind: 'number', nullable: true } as const satisfies ColumnRule;
/** A column added after earlier data versions were published: a file may lack it (src/data/csv/cell-rules.ts). */
const laterText = { kind: 'text', min: 1, nullable: true, optional: true } as const satisfies ColumnRule;

export const PUBLISHED_RULES = {
  /** headline_figures.csv: published figures, kept with their attribution (secondary reports, not our data). */
  headlines: {
    id: text,
    claim: text,
    value: text,
    unit: text,
    period: text,
    source_as_attributed: text,
    url: text,
    note: text,
    /**
     * The claim in Chinese and Russian, the project's translation (scripts/curated/text_translations.csv, kind
     * `headline`); null where the current English has none. Optional: files of earlier data versions lack them.
     */
    claim_zh: laterText,
    claim_ru: laterText,
  },
  /**
   * gacc_reported_totals.csv: China Customs' year-to-date totals of China-Russia trade as quoted by the press,
   * US$ billion, cumulative from January to `period_end` (an optional source, like the headline figures).
   * Published figures with their attribution, never mixed into a computed series; an empty figure (the press
   * disagrees) is null, never 0 (negatives are refused by the pipeline's parser, scripts/parsers/gacc.ts).
   * `url` is the page that published the figure: an outlet quoting GACC (a secondary report) unless GACC's own.
   */
  'published-totals': {
    period_start: { kind: 'pattern', pattern: /^\d{4}-01$/ },
    period_end: { kind: 'pattern', pattern: /^\d{4}-(0[1-9]|1[0-2])$/ },
    china_exports_to_russia_usd_bn: nullableNumber,
    china_imports_from_russia_usd_bn: nullableNumber,
    total_trade_usd_bn: nullableNumber,
    source_as_attributed: nonEmpty,
    url,
    published: text,
    note: text,
  },
} as const satisfies Record<string, ColumnRules>;

export type PublishedRules = typeof PUBLISHED_RULES;
export type PublishedKind = keyof PublishedRules;
