// Row validation against the zod data contract, with errors that point at the raw file, row and column.
import type { z } from 'zod/mini';
import { PipelineError, type RowContext } from './errors';
import type { FlowRow } from '../../src/data/schema';

/**
 * Parses `row` with `schema`; on failure names the raw column behind the failing field (via `rawColumn`, an
 * output-field -> raw-column map) and the offending value.
 */
export function validateRow<S extends z.ZodMiniType>(
  schema: S,
  row: unknown,
  ctx: RowContext,
  rawColumn: Readonly<Record<string, string>> = {},
): z.infer<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const got = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[field] : row;
  throw new PipelineError(
    `${ctx.source}: ${ctx.file} row ${ctx.line}, column ${rawColumn[field] ?? field}: ${issue?.message ?? 'invalid'}, got ${JSON.stringify(got)}`,
  );
}

export function flowKey(row: FlowRow): string {
  return [row.period, row.exporter, row.importer, row.product, row.source].join('|');
}

/** Throws if two rows share (period, exporter, importer, product, source). */
export function assertUniqueFlows(path: string, rows: readonly FlowRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = flowKey(row);
    if (seen.has(key)) throw new PipelineError(`${path}: duplicate flow key ${key.replaceAll('|', ', ')}`);
    seen.add(key);
  }
}

/** Every product must be known (products.csv) or an aggregate; every partner must be in partners.csv. */
export function assertKnownCodes(
  path: string,
  rows: readonly FlowRow[],
  products: ReadonlySet<string>,
  partners: ReadonlySet<string>,
): void {
  for (const row of rows) {
    if (row.product !== 'TOTAL' && row.product !== 'EU-SANCTIONED' && !products.has(row.product)) {
      throw new PipelineError(
        `${path}: product ${row.product} (period ${row.period}) is not in products.csv`,
      );
    }
    for (const code of [row.exporter, row.importer]) {
      if (!partners.has(code)) throw new PipelineError(`${path}: partner ${code} is not in partners.csv`);
    }
  }
}
