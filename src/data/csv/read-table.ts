// The worker's table reader: each cell checked by its column rule (row-rules.ts), no zod. A cell whose text
// is not of its column's type is reported alone, as the zod path does (coercion before validation).
import type { ParsedTable, RowError, TableKind, TableRow } from '../tables';
import { checkCell, type CellValue, type ColumnRules } from './cell-rules';
import { parseRecords, type RowReader } from './parse-records';
import { ROW_RULES } from './row-rules';

export function rulesReader<T>(rules: ColumnRules): RowReader<T> {
  const columns = Object.entries(rules);
  return (cells, positions, file, row) => {
    const candidate: Record<string, CellValue> = {};
    let coerceErrors: RowError[] | undefined;
    let checkErrors: RowError[] | undefined;
    for (const [column, rule] of columns) {
      const at = positions[column];
      const cell = checkCell((at === undefined ? undefined : cells[at]) ?? '', rule);
      if (cell.ok) {
        candidate[column] = cell.value;
        continue;
      }
      const found = cell.messages.map((message) => ({ file, row, column, message }));
      if (cell.coerce) (coerceErrors ??= []).push(...found);
      else (checkErrors ??= []).push(...found);
    }
    const errors = coerceErrors ?? checkErrors;
    return errors ? { ok: false, errors } : { ok: true, row: candidate as T };
  };
}

const READERS = new Map<TableKind, RowReader<unknown>>();

function readerFor(kind: TableKind): RowReader<unknown> {
  let reader = READERS.get(kind);
  if (!reader) READERS.set(kind, (reader = rulesReader(ROW_RULES[kind])));
  return reader;
}

export function readTable<K extends TableKind>(
  text: string,
  kind: K,
  file: string,
): ParsedTable<TableRow<K>> {
  const columns = Object.entries(ROW_RULES[kind]).flatMap(([column, rule]) =>
    rule.optional ? [] : [column],
  );
  return parseRecords(text, columns, readerFor(kind), file) as ParsedTable<TableRow<K>>;
}
