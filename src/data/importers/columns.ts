// Finds a reader's columns by their header, whatever the case, spacing or full-width punctuation.
import { normalizeKey } from './text';

export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

/** For each field, the first header that matches one of its aliases (aliases compared after normalizeKey). */
export function findColumns<F extends string>(
  header: readonly string[],
  aliases: Readonly<Record<F, readonly string[]>>,
): ColumnIndex<F> {
  const keys = header.map(normalizeKey);
  const index: ColumnIndex<F> = {};
  for (const field of Object.keys(aliases) as F[]) {
    const wanted = new Set(aliases[field].map(normalizeKey));
    const at = keys.findIndex((key) => wanted.has(key));
    if (at >= 0) index[field] = at;
  }
  return index;
}

/** A cell getter for one record: missing columns and short rows read as "". */
export function cellGetter<F extends string>(
  index: ColumnIndex<F>,
  cells: readonly string[],
): (field: F) => string {
  return (field) => {
    const at = index[field];
    return at === undefined ? '' : (cells[at] ?? '');
  };
}

/** Aliases for files whose headers are exactly the field names (Comtrade, our tidy CSV). */
export function exactAliases<F extends string>(fields: readonly F[]): Record<F, readonly string[]> {
  const aliases = {} as Record<F, readonly string[]>;
  for (const field of fields) aliases[field] = [field];
  return aliases;
}
