// Which zod schema validates each kind of CSV table. The worker looks the schema up by kind, so the same
// validation runs for every file the browser loads, and the kind names match manifest.files[].kind.
import type { z } from 'zod/mini';
import {
  chplItem,
  concordanceRow,
  eventRow,
  flowRow,
  partnerRow,
  rowSchema,
  type RowSchema,
  productRow,
  reconciliationRow,
} from './schema';
import { PUBLISHED_RULES, type PublishedRules } from './published-tables';

/** The published tables' row schemas, keyed by kind, written from their rules. */
const PUBLISHED_SCHEMAS = Object.fromEntries(
  Object.entries(PUBLISHED_RULES).map(([kind, rules]) => [kind, rowSchema(rules)]),
) as { [K in keyof PublishedRules]: RowSchema<PublishedRules[K]> };

export const TABLE_SCHEMAS = {
  flows: flowRow,
  products: productRow,
  chpl: chplItem,
  concordance: concordanceRow,
  partners: partnerRow,
  events: eventRow,
  ...PUBLISHED_SCHEMAS,
  reconciliation: reconciliationRow,
} as const;

export type TableKind = keyof typeof TABLE_SCHEMAS;
export type TableRow<K extends TableKind> = z.infer<(typeof TABLE_SCHEMAS)[K]>;

export function isTableKind(kind: string): kind is TableKind {
  return Object.hasOwn(TABLE_SCHEMAS, kind);
}

/** One cell (or row) that could not be used; `row` is the line number in the file, the header being line 1. */
export interface RowError {
  file: string;
  row: number;
  column: string | null;
  message: string;
}

export interface ParsedTable<T> {
  rows: T[];
  errors: RowError[];
}
