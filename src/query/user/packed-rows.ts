// Tidy rows packed into a few typed arrays, to cross from a worker to the page without a long pause: posting
// 300,000 row objects costs the page seconds of structured-clone decoding, while typed arrays are transferred
// for free. Text columns are dictionary-coded (a file has few periods, partners and codes); numbers are
// Float64 with NaN for "no quantity" (never 0). The page rebuilds the rows in slices between frames.
import type { FlowRow } from '../../data/schema';

const TEXT_COLUMNS = [
  'period',
  'freq',
  'exporter',
  'importer',
  'product',
  'currency',
  'quantity_unit',
  'source',
  'basis',
] as const;

type TextColumn = (typeof TEXT_COLUMNS)[number];

export interface PackedRows {
  length: number;
  /** Each text column's distinct values (null for an empty quantity unit), indexed by `codes`. */
  dictionaries: Record<TextColumn, (string | null)[]>;
  codes: Record<TextColumn, Uint32Array>;
  value: Float64Array;
  /** NaN where the row has no quantity. */
  quantity: Float64Array;
}

export function packRows(rows: readonly FlowRow[]): PackedRows {
  const length = rows.length;
  const dictionaries = {} as PackedRows['dictionaries'];
  const codes = {} as PackedRows['codes'];
  for (const column of TEXT_COLUMNS) {
    const index = new Map<string | null, number>();
    const list: (string | null)[] = [];
    const coded = new Uint32Array(length);
    for (let i = 0; i < length; i++) {
      const text = (rows[i] as FlowRow)[column];
      let code = index.get(text);
      if (code === undefined) {
        code = list.push(text) - 1;
        index.set(text, code);
      }
      coded[i] = code;
    }
    dictionaries[column] = list;
    codes[column] = coded;
  }
  const value = new Float64Array(length);
  const quantity = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const row = rows[i] as FlowRow;
    value[i] = row.value;
    quantity[i] = row.quantity ?? Number.NaN;
  }
  return { length, dictionaries, codes, value, quantity };
}

/** The buffers to transfer with postMessage (the packed rows are unusable by the sender afterwards). */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  const arrays = [...Object.values(packed.codes), packed.value, packed.quantity];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

function rowAt(packed: PackedRows, i: number): FlowRow {
  const text = (column: TextColumn) => packed.dictionaries[column][packed.codes[column][i] ?? 0] ?? null;
  const quantity = packed.quantity[i] ?? Number.NaN;
  // The dictionaries hold only what the rows held: the casts restore the row's own types.
  return {
    period: text('period') as string,
    freq: text('freq') as FlowRow['freq'],
    exporter: text('exporter') as string,
    importer: text('importer') as string,
    product: text('product') as string,
    value: packed.value[i] ?? Number.NaN,
    currency: text('currency') as FlowRow['currency'],
    quantity: Number.isNaN(quantity) ? null : quantity,
    quantity_unit: text('quantity_unit') as FlowRow['quantity_unit'],
    source: text('source') as string,
    basis: text('basis') as FlowRow['basis'],
  };
}

/** All rows at once (tests, small files). */
export function unpackRows(packed: PackedRows): FlowRow[] {
  const rows: FlowRow[] = new Array(packed.length);
  for (let i = 0; i < packed.length; i++) rows[i] = rowAt(packed, i);
  return rows;
}

/** Rows per slice: well under a frame's worth of work on a slow machine. */
export const UNPACK_SLICE = 10_000;

/** The rows rebuilt slice by slice, handing the page back its event loop in between (no long task). */
export async function unpackRowsInSlices(
  packed: PackedRows,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<FlowRow[]> {
  const rows: FlowRow[] = new Array(packed.length);
  for (let start = 0; start < packed.length; start += UNPACK_SLICE) {
    const end = Math.min(packed.length, start + UNPACK_SLICE);
    for (let i = start; i < end; i++) rows[i] = rowAt(packed, i);
    if (end < packed.length) await pause();
  }
  return rows;
}
