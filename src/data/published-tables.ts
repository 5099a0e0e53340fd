// Tables of figures published by others (secondary reports, kept with their attribution, never mixed into a
// computed series): one row each, with everything the data layer knows about the table. The file path
// (DATA_FILES), the source id (SOURCE_IDS), the table kind (manifest.files[].kind), the worker's row rules
// (ROW_RULES) and the zod row schema (TABLE_SCHEMAS, built from the rules by schema.ts) all come from these rows,
// so a new published table is a row here, its registry row in scripts/sources/registry.ts and its parser.
// Zod-free: the CSV worker reads the rules through csv/row-rules.ts without downloading zod.
import type { ColumnRule, ColumnRules } from './csv/cell-rules';

export interface PublishedTable {
  /** Path under public/data/. */
  file: string;
  /** Source id in the manifest (the pipeline's registry row has the same id). */
  source: string;
  /** manifest.files[].kind, and the key of the table's rules and schema. */
  kind: string;
  /** The columns, in file order, with what each cell may hold (the data contract of the table). */
  rules: ColumnRules;
}

const text = { kind: 'text' } as const satisfies ColumnRule;
const nonEmpty = { kind: 'text', min: 1 } as const satisfies ColumnRule;
const url = { kind: 'url' } as const satisfies ColumnRule;
const nullableNumber = { kind: 'number', nullable: true } as const satisfies ColumnRule;

export const PUBLISHED_TABLES = {
  /** headline_figures.csv: published figures, kept with their attribution (secondary reports, not our data). */
  headlineFigures: {
    file: 'headline_figures.csv',
    source: 'headline-figures',
    kind: 'headlines',
    rules: {
      id: text,
      claim: text,
      value: text,
      unit: text,
      period: text,
      source_as_attributed: text,
      url: text,
      note: text,
    },
  },
  /**
   * gacc_reported_totals.csv: China Customs' year-to-date totals of China-Russia trade as quoted by the press,
   * US$ billion, cumulative from January to `period_end` (an optional source, like the headline figures).
   * Published figures with their attribution, never mixed into a computed series; an empty figure (the press
   * disagrees) is null, never 0 (negatives are refused by the pipeline's parser, scripts/parsers/gacc.ts).
   * `url` is the page that published the figure: an outlet quoting GACC (a secondary report) unless GACC's own.
   */
  gaccReportedTotals: {
    file: 'gacc_reported_totals.csv',
    source: 'gacc-reported-totals',
    kind: 'published-totals',
    rules: {
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
  },
} as const satisfies Record<string, PublishedTable>;

type Published = typeof PUBLISHED_TABLES;
export type PublishedKey = keyof Published;
export type PublishedKind = Published[PublishedKey]['kind'];

/** The rules of each published table, keyed by its kind. */
export type PublishedRules = { [K in PublishedKey as Published[K]['kind']]: Published[K]['rules'] };

const KEYS = Object.keys(PUBLISHED_TABLES) as PublishedKey[];

function byKey<V>(value: (table: Published[PublishedKey]) => V): Record<PublishedKey, V> {
  return Object.fromEntries(KEYS.map((key) => [key, value(PUBLISHED_TABLES[key])])) as Record<
    PublishedKey,
    V
  >;
}

export const PUBLISHED_FILES = byKey((t) => t.file) as { [K in PublishedKey]: Published[K]['file'] };
export const PUBLISHED_SOURCE_IDS = byKey((t) => t.source) as { [K in PublishedKey]: Published[K]['source'] };
export const PUBLISHED_RULES = Object.fromEntries(
  KEYS.map((key) => [PUBLISHED_TABLES[key].kind, PUBLISHED_TABLES[key].rules]),
) as PublishedRules;
