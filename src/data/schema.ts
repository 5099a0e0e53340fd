// The data contract between the pipeline (scripts/) and the browser (src/).
// Every generated file in public/data/ is validated against one of these schemas at build time,
// and the browser validates what it loads at the edge, then trusts the types inside.
// zod/mini: the tree-shakeable build, so the browser (the CSV worker, URL specs) ships only what is used.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { COMPARABILITY, type Comparability } from './comparability';
import type { ColumnRule, ColumnRules } from './csv/cell-rules';
import { TABLE_KINDS } from './csv/row-rules';
import {
  CHPL_NAME_SOURCE_MESSAGE,
  CHPL_NAME_SOURCE_PATTERN,
  EVENT_KINDS,
  EVENT_LABEL_ON_MESSAGE,
  EVENT_LABEL_ON_PATTERN,
  HS6_MESSAGE,
  HS6_PATTERN,
  PARTNER_CODE_MESSAGE,
  PARTNER_CODE_PATTERN,
  PERIOD_MESSAGE,
  PERIOD_PATTERN,
} from './patterns';
import type { PublishedRules } from './published-tables';

// Mini ships no locale: without this every message would read "Invalid input" (full zod loads `en` itself).
z.config(en());

/** HS6 codes are always 6-character strings: leading zeros are kept ("010620", never 10620). */
export const hs6Code = z.string().check(z.regex(HS6_PATTERN, HS6_MESSAGE));

/** A product in a flow row: an HS6 code, all goods ("TOTAL"), or the EU's sanctioned-goods basket. */
export const productCode = z.union([hs6Code, z.literal('TOTAL'), z.literal('EU-SANCTIONED')]);
export type ProductCode = z.infer<typeof productCode>;

/** Annual "2023" or monthly "2023-04" (ISO 8601 calendar periods). */
export const period = z.string().check(z.regex(PERIOD_PATTERN, PERIOD_MESSAGE));

export const frequency = z.enum(['A', 'M']);
export type Frequency = z.infer<typeof frequency>;

/**
 * Who declared the value. BACI 2017-2021 reconciles both sides' declarations ("reconciled");
 * 2022-2023 rests on China's alone (exporter- or importer-reported); IMF 2022+ are estimates.
 */
export const reportingBasis = z.enum(['reconciled', 'exporter-reported', 'importer-reported', 'estimate']);
export type ReportingBasis = z.infer<typeof reportingBasis>;

/** CNY: a reader's own China Customs export queried in yuan; it stays labelled CNY, never taken for USD. */
export const currency = z.enum(['USD', 'EUR', 'CNY']);
export type Currency = z.infer<typeof currency>;

/** ISO 3166 alpha-3 for countries; upper-case codes such as EU27, WLD for aggregates (see partners.csv). */
export const partnerCode = z.string().check(z.regex(PARTNER_CODE_PATTERN, PARTNER_CODE_MESSAGE));

/**
 * One tidy, long row: period x exporter x importer x product x source.
 * value is in whole currency units (US$ or EUR, never thousands); quantity is in quantity_unit, or empty.
 */
export const flowRow = z.object({
  period,
  freq: frequency,
  exporter: partnerCode,
  importer: partnerCode,
  product: productCode,
  value: z.number().check(z.nonnegative()),
  currency,
  quantity: z.nullable(z.number().check(z.nonnegative())),
  quantity_unit: z.nullable(z.enum(['t'])),
  source: z.string().check(z.minLength(1)),
  basis: reportingBasis,
});
export type FlowRow = z.infer<typeof flowRow>;
export { FLOW_COLUMNS } from './flow-columns';

export const chplTier = z.enum(['1', '2', '3.A', '3.B', '4.A', '4.B']);
export type ChplTier = z.infer<typeof chplTier>;
export const CHPL_TIERS: readonly ChplTier[] = chplTier.options;

/**
 * Where a CHPL code's Chinese and Russian names come from: "project-translation" (the project's translation of the
 * English description, not official tariff wording), or the https address of the national tariff they are quoted
 * from (scripts/curated/CHPL_NAMES.md).
 */
const chplNameSource = z.string().check(z.regex(CHPL_NAME_SOURCE_PATTERN, CHPL_NAME_SOURCE_MESSAGE));
const chplName = z.string().check(z.minLength(1));

/** scripts/curated/chpl_names.csv, read by the pipeline: every cell filled. */
export const chplNamesRow = z.object({
  hs6_2022: hs6Code,
  name_zh: chplName,
  name_ru: chplName,
  name_source: chplNameSource,
});

/** A name column added after earlier data versions were published: absent from their files (read as null). */
const laterName = z.optional(z.nullable(chplName));

/** chpl.csv: the official list, HS 2022 codes, with the Chinese and Russian names of each code and their source. */
export const chplItem = z.object({
  hs6_2022: hs6Code,
  tier: chplTier,
  description: z.string().check(z.minLength(1)),
  source_url: z.string().check(z.url()),
  name_zh: laterName,
  name_ru: laterName,
  name_source: z.optional(z.nullable(chplNameSource)),
});
export type ChplItem = z.infer<typeof chplItem>;

/**
 * How a CHPL code's HS 2017 line compares with it across the HS change (derived from UNSD's correlation workbook):
 * same scope; HS 2017 line broader (another HS 2022 heading was carved out of it); split (one HS 2017 line for
 * codes of another scope); renumbered (same goods, new number).
 */
export const comparability = z.enum(COMPARABILITY);
export type { Comparability };

/** A text column added after earlier data versions were published: absent from their files (read as null). */
const laterText = z.optional(z.nullable(z.string()));

/** concordance.csv: how each CHPL HS 2022 code is found in BACI's HS 2017 data. Data, not if-statements. */
export const concordanceRow = z.object({
  hs6_2022: hs6Code,
  hs6_2017: hs6Code,
  tier: chplTier,
  match: z.enum(['exact', 'approximate']),
  /** Why, in words: derived from the workbook (and the override, if one applies). */
  note: z.string(),
  comparability,
  /** "yes": the HS 2017 line measures the same goods before and after the HS change (the comparable basis). */
  comparable: z.enum(['yes', 'no']),
  /** HS 2022 codes or headings that took goods out of the HS 2017 line (";"-separated; "" = none). */
  carved_out: z.string(),
  /** The documented override applied to this row's workbook reading, with its reason ("" = none). */
  override: z.string(),
  /**
   * note and override in Chinese and Russian, written by the pipeline from the same codes (the override's reason
   * from scripts/curated/text_translations.csv: null while it has none). Added in issue 15, so absent (null) in
   * earlier data versions' files.
   */
  note_zh: laterText,
  note_ru: laterText,
  override_zh: laterText,
  override_ru: laterText,
});
export type ConcordanceRow = z.infer<typeof concordanceRow>;

/** products.csv: every HS6 code that appears in the flow data. */
export const productRow = z.object({
  hs6: hs6Code,
  name: z.string().check(z.minLength(1)),
  /**
   * "hs12": named from the HS 2012 list; "comtrade-hs17": an HS 2017-only code named from UN Comtrade's HS 2017
   * list; "hs4-parent": named from its 4-digit heading (neither list has it).
   */
  name_source: z.enum(['hs12', 'comtrade-hs17', 'hs4-parent']),
  hs4: z.string().check(z.regex(/^\d{4}$/)),
  hs2: z.string().check(z.regex(/^\d{2}$/)),
  hs2_name: z.string(),
  hs4_name: z.string(),
  /** CHPL tier of this HS 2017 code, or null. */
  tier: z.nullable(chplTier),
  /** HS 2022 CHPL codes that map here, ";"-separated, or empty. */
  chpl_hs6_2022: z.string(),
  chpl_match: z.nullable(z.enum(['exact', 'approximate'])),
});
export type ProductRow = z.infer<typeof productRow>;

/** partners.csv: every exporter/importer code used in the flow files. */
export const partnerRow = z.object({
  code: partnerCode,
  iso3: z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/))),
  m49: z.nullable(z.string().check(z.regex(/^\d{3}$/))),
  name: z.string().check(z.minLength(1)),
  kind: z.enum(['country', 'aggregate']),
  /**
   * ISO 3166 alpha-2, derived by the build from the alpha-3 code (i18n-iso-countries), never typed: what
   * Intl.DisplayNames names a country from in Chinese and Russian. Null for codes ISO does not know.
   * Optional: files of earlier data versions lack this column and the two below.
   */
  iso2: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/)))),
  /**
   * The name in Chinese and Russian where scripts/curated/text_translations.csv translates the current English
   * one: the aggregates ISO does not name, and the short forms the press uses instead of Intl's official ones.
   */
  name_zh: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  name_ru: z.optional(z.nullable(z.string().check(z.minLength(1)))),
});
export type PartnerRow = z.infer<typeof partnerRow>;

/** events.csv: dated events that matter for reading the charts, each with a primary or reputable source. */
export const eventRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  category: z.enum([
    'war',
    'sanctions-us',
    'sanctions-eu',
    'export-controls',
    'chpl',
    'china-russia',
    'china-position',
  ]),
  label: z.string().check(z.minLength(1), z.maxLength(60)),
  description: z.string().check(z.minLength(1)),
  source_title: z.string().check(z.minLength(1)),
  source_url: z.string().check(z.url()),
  /**
   * What the event is: a binding `measure` (sanctions, export controls, listings), non-binding `guidance` (lists,
   * advice), a `statement` (joint statements, positions, votes, visits) or an `event` (the war itself).
   */
  kind: z.enum(EVENT_KINDS),
  /** Whether the measure lists entities in mainland China / Hong Kong, from its source; null = not established. */
  lists_entities_mainland_china: z.nullable(z.enum(['true', 'false'])),
  lists_entities_hong_kong: z.nullable(z.enum(['true', 'false'])),
  /** The label drawn on a chart beside the event's leader line: the `label` shortened, nothing added. */
  short_label: z.string().check(z.minLength(1), z.maxLength(28)),
  /** Where the event is labelled on the chart (EVENT_LABEL_TOPICS); null = only in the grouped marker. */
  label_on: z.nullable(z.string().check(z.regex(EVENT_LABEL_ON_PATTERN, EVENT_LABEL_ON_MESSAGE))),
  /**
   * The label and short label in Chinese and Russian (scripts/curated/text_translations.csv), with the same length
   * limits; null where there is no translation of the current English. Optional: files of earlier data versions
   * lack these columns.
   */
  label_zh: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(60)))),
  label_ru: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(60)))),
  short_label_zh: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(28)))),
  short_label_ru: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(28)))),
});
export type EventRow = z.infer<typeof eventRow>;

/** The zod schema of a cell of `rule`: what the worker's rule checks, with the same messages. */
function cellSchema(rule: ColumnRule): z.ZodMiniType {
  const base = ((): z.ZodMiniType => {
    switch (rule.kind) {
      case 'text': {
        const checks = [
          ...(rule.min === undefined ? [] : [z.minLength(rule.min)]),
          ...(rule.max === undefined ? [] : [z.maxLength(rule.max)]),
        ];
        return checks.length === 0 ? z.string() : z.string().check(...checks);
      }
      case 'pattern': {
        const matches = z
          .string()
          .check(rule.message === undefined ? z.regex(rule.pattern) : z.regex(rule.pattern, rule.message));
        return rule.also === undefined ? matches : z.union([matches, ...rule.also.map((v) => z.literal(v))]);
      }
      case 'oneOf':
        return z.enum(rule.options as readonly [string, ...string[]]);
      case 'url':
        return z.string().check(z.url());
      case 'number': {
        const checks = [...(rule.int ? [z.int()] : []), ...(rule.nonNegative ? [z.nonnegative()] : [])];
        return checks.length === 0 ? z.number() : z.number().check(...checks);
      }
    }
  })();
  const cell = rule.nullable ? z.nullable(base) : base;
  // A column added later (cell-rules.ts): the files of earlier data versions lack it.
  return rule.optional ? z.optional(cell) : cell;
}

/** The value a cell of `R` holds once read: a number, one of its options, or text; null where it allows null. */
type CellOf<R> =
  | (R extends { kind: 'number' }
      ? number
      : R extends { kind: 'oneOf'; options: readonly (infer O)[] }
        ? O
        : string)
  | (R extends { nullable: true } ? null : never);

export type RowSchema<Rules extends ColumnRules> = z.ZodMiniObject<{
  -readonly [C in keyof Rules]: z.ZodMiniType<
    CellOf<Rules[C]> | (Rules[C] extends { optional: true } ? undefined : never)
  >;
}>;

/**
 * A row schema written from column rules (the published tables', published-tables.ts), so each is defined once.
 * Built where used (tables.ts, the pipeline), never at load time here: the pages import this file for its other
 * schemas and need none of these.
 */
export function rowSchema<Rules extends ColumnRules>(rules: Rules): RowSchema<Rules> {
  const shape = Object.fromEntries(Object.entries(rules).map(([column, rule]) => [column, cellSchema(rule)]));
  return z.object(shape) as unknown as RowSchema<Rules>;
}

/** The columns of `Rules` a file of an earlier data version may lack. */
type OptionalColumn<Rules> = {
  [C in keyof Rules]: Rules[C] extends { optional: true } ? C : never;
}[keyof Rules];

/** A row of the published table of kind `K` (published-tables.ts), as read; a later column may be missing. */
export type PublishedRow<K extends keyof PublishedRules> = {
  -readonly [C in Exclude<keyof PublishedRules[K], OptionalColumn<PublishedRules[K]>>]: CellOf<
    PublishedRules[K][C]
  >;
} & {
  -readonly [C in OptionalColumn<PublishedRules[K]>]?: CellOf<PublishedRules[K][C]>;
};

/** headline_figures.csv: published figures, kept with their attribution (secondary reports, not our data). */
export type HeadlineFigure = PublishedRow<'headlines'>;

/** gacc_reported_totals.csv: China Customs' year-to-date totals as quoted by the press. */
export type GaccReportedTotal = PublishedRow<'published-totals'>;

/** reconciliation.csv: China's exports to Russia per year in three sources, US$. Null = source has no value. */
export const reconciliationRow = z.object({
  year: z.string().check(z.regex(/^\d{4}$/)),
  baci_usd: z.nullable(z.number()),
  comtrade_usd: z.nullable(z.number()),
  comtrade_months: z.number().check(z.int()),
  imf_usd: z.nullable(z.number()),
  comtrade_vs_baci_pct: z.nullable(z.number()),
  imf_vs_baci_pct: z.nullable(z.number()),
  imf_vs_comtrade_pct: z.nullable(z.number()),
});
export type ReconciliationRow = z.infer<typeof reconciliationRow>;

/**
 * A caveat's or a break's words in Chinese or Russian, written by the pipeline from scripts/curated/
 * text_translations.csv only where the English they translate is the manifest's English, word for word (a text the
 * build writes from the data has none): src/data/data-text.ts shows the English, marked, where a field is missing.
 */
const caveatWords = z.object({ title: z.optional(z.string()), text: z.optional(z.string()) });
const breakWords = z.object({ label: z.string() });

export const caveat = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  zh: z.optional(caveatWords),
  ru: z.optional(caveatWords),
});
export type Caveat = z.infer<typeof caveat>;

/** A change of reporting basis or nomenclature inside a series: drawn on charts where it falls. */
export const seriesBreak = z.object({
  id: z.string(),
  source: z.string(),
  /** The break falls between these two periods. */
  after: period,
  before: period,
  label: z.string(),
  caveat: z.string(),
  zh: z.optional(breakWords),
  ru: z.optional(breakWords),
});
export type SeriesBreak = z.infer<typeof seriesBreak>;

export const manifestSource = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().check(z.url()),
  licence: z.string(),
  citation: z.string(),
  retrieved: z.string(),
  currency: z.nullable(currency),
  frequency: z.nullable(frequency),
  rawFiles: z.array(
    z.object({ name: z.string(), sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)), bytes: z.number() }),
  ),
  caveats: z.array(z.string()),
});
export type ManifestSource = z.infer<typeof manifestSource>;

const fileWords = z.object({ description: z.string() });

export const manifestFile = z.object({
  /** Relative to public/data/, e.g. "flows/baci_chpl.csv". */
  path: z.string(),
  kind: z.enum(TABLE_KINDS),
  description: z.string(),
  rows: z.number().check(z.int(), z.nonnegative()),
  bytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  sources: z.array(z.string()),
  caveats: z.array(z.string()),
  /** For split HS6 files: the HS2 chapter they hold. */
  hs2: z.optional(z.string()),
  /** The description in Chinese and Russian, where the build has one for the current English (issue 15). */
  zh: z.optional(fileWords),
  ru: z.optional(fileWords),
});
export type ManifestFile = z.infer<typeof manifestFile>;

export const manifest = z.object({
  schemaVersion: z.literal(1),
  /** Content hash of all outputs: an embed can pin to it. */
  dataVersion: z.string(),
  generatedAt: z.string(),
  sources: z.array(manifestSource),
  files: z.array(manifestFile),
  caveats: z.array(caveat),
  breaks: z.array(seriesBreak),
});
export type Manifest = z.infer<typeof manifest>;
