// Messages between the import page and import.worker.ts. Plain data (structured clone); the file's bytes go
// to the worker and the tidy rows come back as transferred typed arrays (packed-rows.ts), never copied.
import type { ImportOptions, ImportProgress, ImportResult } from '../data/importers/types';
import type { PackedRows } from '../query/user/packed-rows';
import type { UserFile } from '../query/user/user-file';

/** What the reader told us about the file (the importer's options, without callbacks). */
export type ReaderOptions = Pick<ImportOptions, 'period' | 'flow' | 'currencyHint' | 'encoding'>;

export interface StartMessage {
  type: 'start';
  bytes: ArrayBuffer;
  fileName: string;
  options: ReaderOptions;
  /** When the reader chose the file (ISO 8601): the imported rows' retrieval date. */
  importedAt: string;
}

export interface CancelMessage {
  type: 'cancel';
}

export type ToWorker = StartMessage | CancelMessage;

/** A UserFile as it crosses from the worker: its rows travel packed. */
export type FileWithoutRows = Omit<UserFile, 'rows' | 'sums'> & { sums: Omit<UserFile['sums'], 'rows'> };

/** What the preview says about units, counted in the worker so the page never loops over a million rows. */
export interface RowCounts {
  annual: number;
  monthly: number;
  withQuantity: number;
}

export type FromWorker =
  | ({ type: 'progress' } & ImportProgress)
  | {
      type: 'done';
      /** The importer's result without its rows (they are in `packed`). */
      result: ImportResult;
      /** The file without its rows; null when nothing could be imported. */
      file: FileWithoutRows | null;
      /** The rows, relabelled "user:<slug>", and the years summed from them, packed; null when none. */
      packed: { rows: PackedRows; summed: PackedRows } | null;
      counts: RowCounts;
    };
