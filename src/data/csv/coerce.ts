// Turns CSV text cells into the types a zod object schema expects, reading the expected type from the schema
// itself so the coercion cannot drift from the data contract. An empty cell is null only where the schema
// allows null; a cell that is not a number stays an error: it is never turned into 0.
import type { z } from 'zod/mini';

export interface ColumnType {
  kind: 'number' | 'string';
  nullable: boolean;
}

export type CoercedCell = { ok: true; value: string | number | null } | { ok: false; message: string };

const NUMBER_PATTERN = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function describeType(field: z.ZodMiniType): ColumnType {
  const def = field.def;
  if (def.type === 'nullable' || def.type === 'optional') {
    const inner = describeType((field as z.ZodMiniNullable<z.ZodMiniType>).def.innerType);
    return { kind: inner.kind, nullable: true };
  }
  return { kind: def.type === 'number' ? 'number' : 'string', nullable: false };
}

/** The columns a file must have: all but the schema's optional ones (added after earlier data versions). */
export function requiredColumns(schema: z.ZodMiniObject): string[] {
  return Object.entries(schema.shape).flatMap(([column, field]) =>
    (field as z.ZodMiniType).def.type === 'optional' ? [] : [column],
  );
}

export function columnTypes(schema: z.ZodMiniObject): Record<string, ColumnType> {
  const types: Record<string, ColumnType> = {};
  for (const [column, field] of Object.entries(schema.shape)) {
    types[column] = describeType(field as z.ZodMiniType);
  }
  return types;
}

export function coerceCell(raw: string, type: ColumnType): CoercedCell {
  const text = raw.trim();
  if (text === '') {
    if (type.nullable) return { ok: true, value: null };
    return type.kind === 'number'
      ? { ok: false, message: 'empty, expected a number' }
      : { ok: true, value: raw };
  }
  if (type.kind === 'string') return { ok: true, value: raw };
  if (!NUMBER_PATTERN.test(text)) return { ok: false, message: `"${truncate(text)}" is not a number` };
  return { ok: true, value: Number(text) };
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
