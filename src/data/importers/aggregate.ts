// One tidy row per period x exporter x importer x product x source: rows a customs file splits further (national
// 8-digit lines, customs regimes, provinces) are summed. A quantity survives only if every part had one.
// Rows are summed as they arrive, so a million-line file never holds a million rows when it sums to a few.
import type { FlowRow } from '../schema';

/**
 * The rows that share everything but the product: a file has few of these (periods x partners), each with many
 * products. A row finds its group by comparing fields (no hashing for the few recent ones), then its product
 * under a number made of the group's index and the product code: one map keyed by numbers, several times
 * cheaper than hashing a long string key read fresh from every line.
 */
interface Group {
  readonly index: number;
  /** A copy of the group's first row: every row kept in the group shares its strings. */
  readonly first: FlowRow;
}

/** Product codes are six digits, TOTAL or EU-SANCTIONED (the schema): 0..999999, then two more. */
const PRODUCT_KEYS = 1_000_002;

function productKey(product: string): number {
  if (product.length !== 6) return product === 'TOTAL' ? 1_000_000 : 1_000_001;
  let key = 0;
  for (let i = 0; i < 6; i++) key = key * 10 + product.charCodeAt(i) - 48;
  return key;
}

/** Groups compared field by field before any hashing: enough for the periods and partners of a typical file. */
const RECENT_GROUPS = 16;

function sameGroup(first: FlowRow, row: FlowRow): boolean {
  return (
    first.period === row.period &&
    first.exporter === row.exporter &&
    first.importer === row.importer &&
    first.freq === row.freq &&
    first.currency === row.currency &&
    first.source === row.source &&
    first.basis === row.basis
  );
}

/**
 * The group's key as one string. Every part but `source` is a code without "|" (the schema's patterns and
 * options), and `basis` follows it, so two different groups never share a key.
 */
function groupKey(row: FlowRow): string {
  return `${row.period}|${row.freq}|${row.exporter}|${row.importer}|${row.currency}|${row.source}|${row.basis}`;
}

/**
 * The row as kept: a new object, with its group's strings (equal by definition of the group) in place of the
 * ones just read from its line. Every object made here lives to the end of the import, so the engine learns to
 * make them in long-lived memory at once (pretenuring) instead of copying them through the young generation;
 * and the result holds a few strings per group rather than eight per row.
 */
function kept(row: FlowRow, first: FlowRow): FlowRow {
  return {
    period: first.period,
    freq: first.freq,
    exporter: first.exporter,
    importer: first.importer,
    product: row.product,
    value: row.value,
    currency: first.currency,
    quantity: row.quantity,
    quantity_unit: row.quantity_unit === first.quantity_unit ? first.quantity_unit : row.quantity_unit,
    source: first.source,
    basis: first.basis,
  };
}

function addInto(seen: FlowRow, row: FlowRow): void {
  seen.value += row.value;
  if (seen.quantity === null || row.quantity === null || seen.quantity_unit !== row.quantity_unit) {
    seen.quantity = null;
    seen.quantity_unit = null;
  } else {
    seen.quantity += row.quantity;
  }
}

/** Keeps first-seen order; `summed` = rows folded into another. The rows it returns are its own copies. */
export class RowSummer {
  readonly rows: FlowRow[] = [];
  summed = 0;
  private readonly groups = new Map<string, Group>();
  private readonly byKey = new Map<number, FlowRow>();
  private readonly recent: Group[] = [];
  private nextRecent = 0;

  add(row: FlowRow): void {
    const group = this.groupOf(row) ?? this.startGroup(row);
    const key = group.index * PRODUCT_KEYS + productKey(row.product);
    const seen = this.byKey.get(key);
    if (seen !== undefined) {
      this.summed += 1;
      addInto(seen, row);
      return;
    }
    const copy = kept(row, group.first);
    this.byKey.set(key, copy);
    this.rows.push(copy);
  }

  /** The row's group if there is one: the recent ones compared field by field first, then by key. */
  private groupOf(row: FlowRow): Group | undefined {
    for (const group of this.recent) if (sameGroup(group.first, row)) return group;
    const group = this.groups.get(groupKey(row));
    if (group !== undefined) this.remember(group);
    return group;
  }

  private startGroup(row: FlowRow): Group {
    const group: Group = { index: this.groups.size, first: kept(row, row) };
    this.groups.set(groupKey(row), group);
    this.remember(group);
    return group;
  }

  private remember(group: Group): void {
    this.recent[this.nextRecent] = group;
    this.nextRecent = (this.nextRecent + 1) % RECENT_GROUPS;
  }
}
