// The main thread's side of csv.worker.ts: one shared worker, one promise per file.
import { DataFileError } from './data-file-error';
import { dataUrl } from './data-url';
import { DATA_FILES } from './files';
import type { Manifest } from './schema';
import type { ParsedTable, TableKind, TableRow } from './tables';
import type { FileKind, LoadProgress, WorkerRequest, WorkerResponse } from './worker-protocol';

type Settled = Extract<WorkerResponse, { type: 'table' } | { type: 'manifest' }>;

interface Pending {
  file: string;
  onProgress: (progress: LoadProgress) => void;
  resolve: (response: Settled) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function settle(message: WorkerResponse): void {
  const request = pending.get(message.id);
  if (!request) return;
  if (message.type === 'progress')
    return request.onProgress({ loaded: message.loaded, total: message.total });
  pending.delete(message.id);
  if (message.type === 'error') request.reject(new DataFileError(request.file, message.message));
  else request.resolve(message);
}

function failAll(reason: string): void {
  for (const [id, request] of pending) {
    pending.delete(id);
    request.reject(new DataFileError(request.file, reason));
  }
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<WorkerResponse>) => settle(event.data);
  created.onerror = (event) => failAll(event.message || 'the data reader stopped');
  worker = created;
  return created;
}

/** Starts the data reader now, so its code loads and compiles while the page's own code still arrives. */
export function startDataReader(): void {
  getWorker();
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

function request(
  path: string,
  kind: FileKind,
  { onProgress = () => {}, signal }: LoadOptions,
): Promise<Settled> {
  const id = nextId++;
  const target = getWorker();
  return new Promise<Settled>((resolve, reject) => {
    pending.set(id, { file: path, onProgress, resolve, reject });
    signal?.addEventListener('abort', () => {
      pending.delete(id);
      target.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    });
    target.postMessage({ type: 'load', id, url: dataUrl(path), file: path, kind } satisfies WorkerRequest);
  });
}

export async function loadTable<K extends TableKind>(
  path: string,
  kind: K,
  options: LoadOptions = {},
): Promise<ParsedTable<TableRow<K>>> {
  const response = await request(path, kind, options);
  if (response.type !== 'table') throw new DataFileError(path, 'expected a table');
  // The worker validated every row against ROW_RULES[kind] (= the zod schemas): inside the app the rows are trusted.
  return { rows: response.rows as TableRow<K>[], errors: response.errors };
}

export async function loadManifest(options: LoadOptions = {}): Promise<Manifest> {
  const response = await request(DATA_FILES.manifest, 'manifest', options);
  if (response.type !== 'manifest') throw new DataFileError(DATA_FILES.manifest, 'expected the manifest');
  // Validated against the manifest schema in the worker.
  return response.manifest as Manifest;
}
