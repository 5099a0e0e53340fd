// The columns of the two CSV files a download holds, with their types and meaning. One table, read by the CSV
// writers, the README and datapackage.json, so that the files and their documentation cannot drift apart.
import { FLOW_COLUMNS } from '../data/flow-columns';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'number';

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
}

export const SERIES_FIELDS = [
  { name: 'series_key', type: 'string', description: 'Identifier of the series in the chart.' },
  { name: 'series_label', type: 'string', description: 'Name of the series as the chart labels it.' },
  {
    name: 'period',
    type: 'string',
    description: 'ISO 8601 calendar period: "YYYY" (annual) or "YYYY-MM" (monthly).',
  },
  { name: 'freq', type: 'string', description: 'Frequency of the period: A = annual, M = monthly.' },
  {
    name: 'value',
    type: 'number',
    description:
      'The value drawn, a plain decimal number in the unit of the row. Empty = no data for that period (not zero).',
  },
  {
    name: 'unit',
    type: 'string',
    description:
      'Unit of value: a currency code (whole units, not thousands), "t" (tonnes), "USD/kg" (unit value), ' +
      '"percent" (share), "index (BASE=100)", or "percent change".',
  },
  {
    name: 'currency',
    type: 'string',
    description:
      'Currency of the values, or of the values a share, index or change was computed from; empty for quantities.',
  },
  {
    name: 'measure',
    type: 'string',
    description: 'What was measured: value, quantity (tonnes) or unit-value.',
  },
  {
    name: 'transform',
    type: 'string',
    description:
      'How values were transformed: absolute, share:total|chpl|selection (share of a denominator), ' +
      'index:BASE (base period = 100), yoy (change on the same period a year earlier), rolling:N (N-period sum), ytd (sum from January to each month, restarting each year).',
  },
  {
    name: 'exporter',
    type: 'string',
    description: 'Exporting economy: ISO 3166 alpha-3 or an aggregate code.',
  },
  {
    name: 'importer',
    type: 'string',
    description: 'Importing economy: ISO 3166 alpha-3 or an aggregate code.',
  },
  {
    name: 'product',
    type: 'string',
    description:
      'Products in the series: t:TIER (a CHPL tier), h6:/h4:/h2:CODE (an HS code), chpl (all CHPL goods), ' +
      'total (all goods), eus (EU-sanctioned goods); empty when the chart does not say.',
  },
  {
    name: 'source',
    type: 'string',
    description:
      'Source ids of the data behind the value, ";"-separated (see README.md and datapackage.json).',
  },
  {
    name: 'basis',
    type: 'string',
    description:
      'Who declared the value: reconciled, exporter-reported, importer-reported or estimate; empty when unknown ' +
      'or mixed.',
  },
] as const satisfies readonly FieldDef[];

export type SeriesColumn = (typeof SERIES_FIELDS)[number]['name'];
export const SERIES_COLUMNS: readonly SeriesColumn[] = SERIES_FIELDS.map((field) => field.name);

const FLOW_DESCRIPTIONS: Readonly<Record<(typeof FLOW_COLUMNS)[number], FieldDef>> = {
  period: { name: 'period', type: 'string', description: 'ISO 8601 calendar period: "YYYY" or "YYYY-MM".' },
  freq: { name: 'freq', type: 'string', description: 'Frequency of the period: A = annual, M = monthly.' },
  exporter: {
    name: 'exporter',
    type: 'string',
    description: 'Exporting economy (ISO 3166 alpha-3 or aggregate).',
  },
  importer: {
    name: 'importer',
    type: 'string',
    description: 'Importing economy (ISO 3166 alpha-3 or aggregate).',
  },
  product: {
    name: 'product',
    type: 'string',
    description: 'HS6 code (6 characters, leading zeros kept), TOTAL (all goods) or EU-SANCTIONED.',
  },
  value: {
    name: 'value',
    type: 'number',
    description: 'Trade value in whole units of `currency` (not thousands).',
  },
  currency: { name: 'currency', type: 'string', description: 'Currency of value: USD, EUR or CNY.' },
  quantity: {
    name: 'quantity',
    type: 'number',
    description: 'Quantity in quantity_unit; empty = not reported.',
  },
  quantity_unit: {
    name: 'quantity_unit',
    type: 'string',
    description: 'Unit of quantity: t (tonnes), or empty.',
  },
  source: { name: 'source', type: 'string', description: 'Source id (see README.md and datapackage.json).' },
  basis: {
    name: 'basis',
    type: 'string',
    description: 'Who declared the value: reconciled, exporter-reported, importer-reported or estimate.',
  },
};

export const FLOW_FIELDS: readonly FieldDef[] = FLOW_COLUMNS.map((column) => FLOW_DESCRIPTIONS[column]);
