// Messages between the main thread and csv.worker.ts. Plain data only (structured clone).
import type { RowError, TableKind } from './tables';

/** A CSV table of a given kind, or the manifest (JSON). */
export type FileKind = TableKind | 'manifest';

export interface LoadRequest {
  type: 'load';
  id: number;
  /** Absolute URL: the worker's own base URL differs from the page's. */
  url: string;
  /** Path under public/data/, used in messages ("flows/baci_chpl.csv"). */
  file: string;
  kind: FileKind;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = LoadRequest | CancelRequest;

export interface LoadProgress {
  loaded: number;
  /** Bytes expected, from Content-Length; null when the server does not say. */
  total: number | null;
}

export type WorkerResponse =
  | ({ type: 'progress'; id: number } & LoadProgress)
  | { type: 'table'; id: number; rows: unknown[]; errors: RowError[] }
  | { type: 'manifest'; id: number; manifest: unknown }
  | { type: 'error'; id: number; message: string };
