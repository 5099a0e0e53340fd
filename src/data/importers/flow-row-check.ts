// A precompiled, allocation-free check that a row the importer built satisfies the flowRow schema. It only ever
// says yes to rows the schema accepts (tests/unit/importers/flow-row-check.test.ts holds it to that); for any
// other row the collector asks the schema itself, which names the column and gives its message. Valid rows are
// the millions; refusals are few, so the schema's cost is paid only where its words are needed.
import type { FlowRow } from '../schema';
import { HS6_PATTERN, PARTNER_CODE_PATTERN, PERIOD_PATTERN } from '../patterns';

const CURRENCIES: ReadonlySet<unknown> = new Set(['USD', 'EUR', 'CNY']);
const BASES: ReadonlySet<unknown> = new Set([
  'reconciled',
  'exporter-reported',
  'importer-reported',
  'estimate',
]);

const isCode = (value: unknown, pattern: RegExp): boolean => typeof value === 'string' && pattern.test(value);

/** A finite number >= 0 (NaN and infinities fail both comparisons or the bound). */
const isAmount = (value: unknown): boolean =>
  typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY;

function isProduct(value: unknown): boolean {
  return value === 'TOTAL' || value === 'EU-SANCTIONED' || isCode(value, HS6_PATTERN);
}

/** true: the schema accepts this row as it is. false: ask the schema (it may still accept, or say why not). */
export function isValidFlowRow(row: Readonly<Record<keyof FlowRow, unknown>>): boolean {
  return (
    isCode(row.period, PERIOD_PATTERN) &&
    (row.freq === 'A' || row.freq === 'M') &&
    isCode(row.exporter, PARTNER_CODE_PATTERN) &&
    isCode(row.importer, PARTNER_CODE_PATTERN) &&
    isProduct(row.product) &&
    isAmount(row.value) &&
    CURRENCIES.has(row.currency) &&
    (row.quantity === null || isAmount(row.quantity)) &&
    (row.quantity_unit === null || row.quantity_unit === 't') &&
    typeof row.source === 'string' &&
    row.source.length > 0 &&
    BASES.has(row.basis)
  );
}
