// The column rules of each CSV table the browser loads, mirroring the zod row schemas in schema.ts (the data
// contract). Kept as data, not code, so the worker validates without zod; tests/unit/data/row-rules.test.ts
// checks that these accept and reject exactly what the zod schemas do, with the same messages.
import { COMPARABILITY } from '../comparability';
import { TIER_ORDER } from '../tiers';
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
} from '../patterns';
import { PUBLISHED_RULES } from '../published-tables';
import type { TableKind } from '../tables';
import type { ColumnRule, ColumnRules } from './cell-rules';

const hs6: ColumnRule = { kind: 'pattern', pattern: HS6_PATTERN, message: HS6_MESSAGE };
const partner: ColumnRule = { kind: 'pattern', pattern: PARTNER_CODE_PATTERN, message: PARTNER_CODE_MESSAGE };
const tier: ColumnRule = { kind: 'oneOf', options: TIER_ORDER };
const text: ColumnRule = { kind: 'text' };
const nonEmpty: ColumnRule = { kind: 'text', min: 1 };
const url: ColumnRule = { kind: 'url' };
const nullableNumber: ColumnRule = { kind: 'number', nullable: true };
const match = ['exact', 'approximate'] as const;
const TRUE_FALSE = ['true', 'false'] as const;
const laterLabel: ColumnRule = { kind: 'text', min: 1, max: 60, nullable: true, optional: true };
const laterShortLabel: ColumnRule = { kind: 'text', min: 1, max: 28, nullable: true, optional: true };

export const ROW_RULES: Readonly<Record<TableKind, ColumnRules>> = {
  flows: {
    period: { kind: 'pattern', pattern: PERIOD_PATTERN, message: PERIOD_MESSAGE },
    freq: { kind: 'oneOf', options: ['A', 'M'] },
    exporter: partner,
    importer: partner,
    product: { ...hs6, also: ['TOTAL', 'EU-SANCTIONED'] },
    value: { kind: 'number', nonNegative: true },
    currency: { kind: 'oneOf', options: ['USD', 'EUR', 'CNY'] },
    quantity: { kind: 'number', nonNegative: true, nullable: true },
    quantity_unit: { kind: 'oneOf', options: ['t'], nullable: true },
    source: nonEmpty,
    basis: { kind: 'oneOf', options: ['reconciled', 'exporter-reported', 'importer-reported', 'estimate'] },
  },
  products: {
    hs6,
    name: nonEmpty,
    name_source: { kind: 'oneOf', options: ['hs12', 'comtrade-hs17', 'hs4-parent'] },
    hs4: { kind: 'pattern', pattern: /^\d{4}$/ },
    hs2: { kind: 'pattern', pattern: /^\d{2}$/ },
    hs2_name: text,
    hs4_name: text,
    tier: { ...tier, nullable: true },
    chpl_hs6_2022: text,
    chpl_match: { kind: 'oneOf', options: match, nullable: true },
  },
  chpl: {
    hs6_2022: hs6,
    tier,
    description: nonEmpty,
    source_url: url,
    // Added in issue 15: optional, so the files of earlier (pinned) data versions, which lack them, still read.
    name_zh: { ...nonEmpty, nullable: true, optional: true },
    name_ru: { ...nonEmpty, nullable: true, optional: true },
    name_source: {
      kind: 'pattern',
      pattern: CHPL_NAME_SOURCE_PATTERN,
      message: CHPL_NAME_SOURCE_MESSAGE,
      nullable: true,
      optional: true,
    },
  },
  concordance: {
    hs6_2022: hs6,
    hs6_2017: hs6,
    tier,
    match: { kind: 'oneOf', options: match },
    note: text,
    comparability: { kind: 'oneOf', options: COMPARABILITY },
    comparable: { kind: 'oneOf', options: ['yes', 'no'] },
    carved_out: text,
    override: text,
    // Added in issue 15: optional, so the files of earlier (pinned) data versions, which lack them, still read.
    note_zh: { ...text, nullable: true, optional: true },
    note_ru: { ...text, nullable: true, optional: true },
    override_zh: { ...text, nullable: true, optional: true },
    override_ru: { ...text, nullable: true, optional: true },
  },
  partners: {
    code: partner,
    iso3: { kind: 'pattern', pattern: /^[A-Z]{3}$/, nullable: true },
    m49: { kind: 'pattern', pattern: /^\d{3}$/, nullable: true },
    name: nonEmpty,
    kind: { kind: 'oneOf', options: ['country', 'aggregate'] },
    // Added in issue 15, optional like chpl.csv's names.
    iso2: { kind: 'pattern', pattern: /^[A-Z]{2}$/, nullable: true, optional: true },
    name_zh: { ...nonEmpty, nullable: true, optional: true },
    name_ru: { ...nonEmpty, nullable: true, optional: true },
  },
  events: {
    id: { kind: 'pattern', pattern: /^[a-z0-9-]+$/ },
    date: { kind: 'pattern', pattern: /^\d{4}-\d{2}-\d{2}$/ },
    category: {
      kind: 'oneOf',
      options: [
        'war',
        'sanctions-us',
        'sanctions-eu',
        'export-controls',
        'chpl',
        'china-russia',
        'china-position',
      ],
    },
    label: { kind: 'text', min: 1, max: 60 },
    description: nonEmpty,
    source_title: nonEmpty,
    source_url: url,
    kind: { kind: 'oneOf', options: EVENT_KINDS },
    lists_entities_mainland_china: { kind: 'oneOf', options: TRUE_FALSE, nullable: true },
    lists_entities_hong_kong: { kind: 'oneOf', options: TRUE_FALSE, nullable: true },
    short_label: { kind: 'text', min: 1, max: 28 },
    label_on: {
      kind: 'pattern',
      pattern: EVENT_LABEL_ON_PATTERN,
      message: EVENT_LABEL_ON_MESSAGE,
      nullable: true,
    },
    // Added in issue 15, optional like chpl.csv's names.
    label_zh: laterLabel,
    label_ru: laterLabel,
    short_label_zh: laterShortLabel,
    short_label_ru: laterShortLabel,
  },
  ...PUBLISHED_RULES,
  reconciliation: {
    year: { kind: 'pattern', pattern: /^\d{4}$/ },
    baci_usd: nullableNumber,
    comtrade_usd: nullableNumber,
    comtrade_months: { kind: 'number', int: true },
    imf_usd: nullableNumber,
    comtrade_vs_baci_pct: nullableNumber,
    imf_vs_baci_pct: nullableNumber,
    imf_vs_comtrade_pct: nullableNumber,
  },
};

/** Every kind of table a manifest may list: the rows above, so a new table is named once (schema.ts and
 * manifest-check.ts read this list rather than repeating it). */
export const TABLE_KINDS = Object.keys(ROW_RULES) as [TableKind, ...TableKind[]];
